package org.dualcarbon.emissions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.dualcarbon.factors.Factor;

/**
 * One explained line of a run: inputs, factor rows with citations, formula, activity data, emission and, for
 * energy lines, the energy in tce from the same activity data.
 */
public record AccountingRunLine(String lineId, String category, String gas, String formula, Map<String, String> inputs,
                                List<Factor> factors, BigDecimal activityData, String activityUnit, BigDecimal emission,
                                BigDecimal marketBased, BigDecimal energyTce) {
}
