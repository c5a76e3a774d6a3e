package org.dualcarbon.accounting;

import java.util.Objects;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An accounting run's result: one {@link ResultLine} per input line and the totals of GB/T 32150
 * (E = combustion + process − recovered + purchased electricity and heat − exported). Lines keep full precision;
 * each line is rounded once to {@link #SCALE} decimals of a tonne (half up) and totals are sums of the rounded
 * lines, so that every breakdown (by category, gas, region, energy type) adds up to the totals to the digit.
 */
public record AccountingResult(AccountingInput input, List<ResultLine> lines) {

    public static final int SCALE = 4;

    public AccountingResult {
        lines = List.copyOf(lines);
    }

    /** Total emissions, tCO2e, with location-based electricity. */
    public BigDecimal total() {
        return sum(lines.stream().map(ResultLine::emission).toList());
    }

    /** Total emissions, tCO2e, with market-based electricity (green power with certificates at zero). */
    public BigDecimal totalMarketBased() {
        return sum(lines.stream().map(l -> l.marketBased() != null ? l.marketBased() : l.emission()).toList());
    }

    /** Direct emissions (combustion, process, non-CO2, less recovery), tCO2e. */
    public BigDecimal direct() {
        return sum(lines.stream().filter(l -> l.category().direct()).map(ResultLine::emission).toList());
    }

    /** Indirect emissions (electricity and heat in minus out), location-based, tCO2e. */
    public BigDecimal indirect() {
        return sum(lines.stream().filter(l -> !l.category().direct()).map(ResultLine::emission).toList());
    }

    /**
     * Energy consumption of the lines that are energy (GB/T 2589 综合能耗: energy in less energy out), tce, each
     * line rounded to 4 decimals; null when no line carries a coefficient.
     */
    public BigDecimal energyTce() {
        List<BigDecimal> energy = lines.stream().map(ResultLine::energyTce).filter(Objects::nonNull).toList();
        return energy.isEmpty() ? null : sum(energy);
    }

    public Map<EmissionCategory, BigDecimal> byCategory() {
        Map<EmissionCategory, BigDecimal> totals = new EnumMap<>(EmissionCategory.class);
        lines.forEach(l -> totals.merge(l.category(), round(l.emission()), BigDecimal::add));
        return totals;
    }

    /** tCO2e by gas (CO2, CH4, N2O, …). */
    public Map<String, BigDecimal> byGas() {
        Map<String, BigDecimal> totals = new TreeMap<>();
        lines.forEach(l -> totals.merge(l.gas(), round(l.emission()), BigDecimal::add));
        return totals;
    }

    private static BigDecimal sum(List<BigDecimal> emissions) {
        return emissions.stream().map(AccountingResult::round).reduce(BigDecimal.ZERO.setScale(SCALE), BigDecimal::add);
    }

    /** A line's emission as reported: 4 decimals of a tonne, half up. */
    public static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
