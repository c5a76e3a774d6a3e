package org.dualcarbon.accounting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An accounting run's result: one {@link ResultLine} per input line and the totals of GB/T 32150
 * (E = combustion + process − recovered + purchased electricity and heat − exported). Lines keep full precision;
 * totals are summed exactly and rounded once, to {@link #SCALE} decimals of a tonne, half up — the only place
 * where results are rounded.
 */
public record AccountingResult(AccountingInput input, List<ResultLine> lines) {

    public static final int SCALE = 4;

    public AccountingResult {
        lines = List.copyOf(lines);
    }

    /** Total emissions, tCO2e, with location-based electricity. */
    public BigDecimal total() {
        return round(lines.stream().map(ResultLine::emission).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** Total emissions, tCO2e, with market-based electricity (green power with certificates at zero). */
    public BigDecimal totalMarketBased() {
        return round(lines.stream().map(l -> l.marketBased() != null ? l.marketBased() : l.emission())
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** Direct emissions (combustion, process, non-CO2, less recovery), tCO2e. */
    public BigDecimal direct() {
        return round(lines.stream().filter(l -> l.category().direct()).map(ResultLine::emission)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** Indirect emissions (electricity and heat in minus out), location-based, tCO2e. */
    public BigDecimal indirect() {
        return round(lines.stream().filter(l -> !l.category().direct()).map(ResultLine::emission)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public Map<EmissionCategory, BigDecimal> byCategory() {
        Map<EmissionCategory, BigDecimal> totals = new EnumMap<>(EmissionCategory.class);
        lines.forEach(l -> totals.merge(l.category(), l.emission(), BigDecimal::add));
        totals.replaceAll((k, v) -> round(v));
        return totals;
    }

    /** tCO2e by gas (CO2, CH4, N2O, …). */
    public Map<String, BigDecimal> byGas() {
        Map<String, BigDecimal> totals = new TreeMap<>();
        lines.forEach(l -> totals.merge(l.gas(), l.emission(), BigDecimal::add));
        totals.replaceAll((k, v) -> round(v));
        return totals;
    }

    static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
