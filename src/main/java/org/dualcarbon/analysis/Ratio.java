package org.dualcarbon.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A quotient shown on an analysis page: its value, or — when it cannot be computed (no denominator, a denominator of
 * zero) — none and the reason, so that a page shows "–" with the reason instead of Infinity or NaN.
 */
public record Ratio(BigDecimal value, String reason) {

    /** {@code numerator / denominator} rounded half-up to {@code scale}; the reasons name what is missing. */
    public static Ratio of(BigDecimal numerator, BigDecimal denominator, int scale, String whenMissing, String whenZero) {
        if (numerator == null || denominator == null) {
            return new Ratio(null, whenMissing);
        }
        if (denominator.signum() == 0) {
            return new Ratio(null, whenZero);
        }
        return new Ratio(numerator.divide(denominator, scale, RoundingMode.HALF_UP), null);
    }

    /** The change from {@code before} to {@code after} in per cent, two decimals. */
    public static Ratio change(BigDecimal after, BigDecimal before, String whenMissing, String whenZero) {
        if (after == null || before == null) {
            return new Ratio(null, whenMissing);
        }
        if (before.signum() == 0) {
            return new Ratio(null, whenZero);
        }
        return new Ratio(after.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before.abs(), 2, RoundingMode.HALF_UP), null);
    }

    public boolean present() {
        return value != null;
    }
}
