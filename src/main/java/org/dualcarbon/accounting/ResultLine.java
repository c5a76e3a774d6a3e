package org.dualcarbon.accounting;

import java.util.ArrayList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.dualcarbon.factors.Factor;

/**
 * The lineage of one input line: what went in, every factor row used (library, version, name, value, unit,
 * citation, status), the formula, the activity data, and the emission in tCO2e at full precision. For purchased
 * electricity {@code marketBased} holds the market-based figure beside the location-based {@code emission}.
 * {@code energyTce} is the line's energy in tonnes of standard coal equivalent (GB/T 2589; negative for exported
 * energy), null when the line is not energy or the plan has no coefficient for it; its factor row is in
 * {@code factors}.
 */
public record ResultLine(String lineId, EmissionCategory category, String gas, String formula, Map<String, String> inputs,
                         List<Factor> factors, BigDecimal activityData, String activityUnit, BigDecimal emission,
                         BigDecimal marketBased, BigDecimal energyTce) {

    public ResultLine(String lineId, EmissionCategory category, String gas, String formula, Map<String, String> inputs,
                      List<Factor> factors, BigDecimal activityData, String activityUnit, BigDecimal emission,
                      BigDecimal marketBased) {
        this(lineId, category, gas, formula, inputs, factors, activityData, activityUnit, emission, marketBased, null);
    }

    /** The same line with its energy consumption and the coefficient row that gave it. */
    ResultLine withEnergy(Factor coefficient, BigDecimal tce) {
        List<Factor> all = new ArrayList<>(factors);
        all.add(coefficient);
        return new ResultLine(lineId, category, gas, formula, inputs, List.copyOf(all), activityData, activityUnit, emission,
                marketBased, tce);
    }
}
