package org.dualcarbon.accounting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.dualcarbon.factors.Factor;

/**
 * The lineage of one input line: what went in, every factor row used (library, version, name, value, unit,
 * citation, status), the formula, the activity data, and the emission in tCO2e at full precision. For purchased
 * electricity {@code marketBased} holds the market-based figure beside the location-based {@code emission}.
 */
public record ResultLine(String lineId, EmissionCategory category, String gas, String formula, Map<String, String> inputs,
                         List<Factor> factors, BigDecimal activityData, String activityUnit, BigDecimal emission,
                         BigDecimal marketBased) {
}
