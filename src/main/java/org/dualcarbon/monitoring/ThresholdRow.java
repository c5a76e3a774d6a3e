package org.dualcarbon.monitoring;

/**
 * A row of the monitoring threshold table (预警阈值表, rules/monitoring/warning-thresholds.drl.csv) as the running
 * rules use it: its NAME, the check (LIMIT, RATE, FLATLINE, SILENCE, RECONCILE), the HJ 212 pollutant code ({@code *}
 * for SILENCE), the unit it applies to ({@code ALL} or an emission unit's id), the low and high limits (RECONCILE: high
 * is the largest difference in %), the window in minutes (RECONCILE: months), the rate per minute (RATE) and the
 * source of the numbers, which every row must give.
 */
public record ThresholdRow(String name, String check, String pollutant, String unit, Double low, Double high,
                           int windowMinutes, Double rate, String source) {
}
