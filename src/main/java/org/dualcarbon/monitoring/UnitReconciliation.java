package org.dualcarbon.monitoring;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A unit's month, with where each figure comes from. Measured: CEMS CO2 in t, the sum of the valid hourly masses
 * (domain.md §8.3; missing hours are not substituted), the valid device-hours against the hours the unit's CEMS could
 * have had ({@code expectedHours} = hours of the month × CEMS that reported in it) and that coverage in %. Accounted:
 * t, the month's share of the current accounting run's direct emissions ({@link Apportionment}; runs are yearly).
 * The difference in % of the accounted figure, and the threshold row that flags it, if any.
 */
public record UnitReconciliation(long unitId, String unitName, YearMonth month, BigDecimal measuredTonnes, int validHours,
                                 int expectedHours, BigDecimal coveragePercent, BigDecimal accountedTonnes,
                                 BigDecimal differencePercent, String flaggedBy, Double limitPercent,
                                 Apportionment apportionment) {

    /**
     * How the accounted month was worked out: accounting run {@code runId} (org.dualcarbon.emissions, its page
     * /emissions/runs/{id}) of the year, its direct emissions in tCO2e, and the unit's energy use in tce in the month
     * and the year (activity data, GB/T 2589): accounted = direct × monthTce ÷ yearTce. Null parts: no run, or no
     * energy figures to apportion by.
     */
    public record Apportionment(long runId, BigDecimal runDirectTonnes, BigDecimal monthTce, BigDecimal yearTce) {
    }

    UnitReconciliation flagged(String thresholdName, Double limit) {
        return new UnitReconciliation(unitId, unitName, month, measuredTonnes, validHours, expectedHours, coveragePercent,
                accountedTonnes, differencePercent, thresholdName, limit, apportionment);
    }
}
