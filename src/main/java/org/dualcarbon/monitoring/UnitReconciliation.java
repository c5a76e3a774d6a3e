package org.dualcarbon.monitoring;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A unit's month: CEMS-measured CO2 (t, Σ valid hourly masses, with the valid device-hours), the accounted figure
 * (t, the month's share of the current accounting run's direct emissions by the month's energy use in tce — runs are
 * yearly), the difference in % of the accounted figure, and the threshold row that flags it, if any.
 */
public record UnitReconciliation(long unitId, String unitName, YearMonth month, BigDecimal measuredTonnes, int validHours,
                                 BigDecimal accountedTonnes, BigDecimal differencePercent, String flaggedBy,
                                 Double limitPercent) {
}
