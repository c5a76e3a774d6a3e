package org.dualcarbon.map;

import java.math.BigDecimal;
import org.dualcarbon.analysis.Ratio;

/** A figure of the map: its value, or none and the reason it is missing (no run, no energy figure, no previous year). */
public record Figure(BigDecimal value, String reason) {

    public static Figure of(BigDecimal value, String whenMissing) {
        return value == null ? new Figure(null, whenMissing) : new Figure(value, null);
    }

    public static Figure of(Ratio ratio) {
        return new Figure(ratio.value(), ratio.reason());
    }

    public static Figure missing(String reason) {
        return new Figure(null, reason);
    }

    public boolean present() {
        return value != null;
    }
}
