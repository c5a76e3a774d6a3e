package org.dualcarbon.monitoring;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.dualcarbon.common.scope.ScopedRow;

/**
 * CEMS-measured CO2 of an emission unit over an hour, a day or a month: the sum of the valid hourly masses of its
 * devices in kg (domain.md §8.3: daily/monthly = Σ valid hourly masses; substituted hours are not added yet), with how
 * many device-hours were valid out of those computed.
 */
public record UnitCo2(long unitId, String period, LocalDateTime periodStart, BigDecimal co2Kg, int validHours, int hours,
                      String scopePath) implements ScopedRow {
}
