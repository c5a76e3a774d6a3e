package org.dualcarbon.activity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The headline figures of a scope for one year: organisations counted, energy in tce this year and last, and
 * the year-on-year change in percent (null when last year had none).
 */
public record ScopeTotals(int year, long enterprises, long units, long etsKeyEmitters, BigDecimal tce,
                          BigDecimal previousTce) {

    public BigDecimal changePercent() {
        if (previousTce == null || previousTce.signum() == 0) {
            return null;
        }
        return tce.subtract(previousTce).multiply(BigDecimal.valueOf(100))
                .divide(previousTce, 1, RoundingMode.HALF_UP);
    }
}
