package org.dualcarbon.monitoring.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dualcarbon.monitoring.MinuteAggregate;

/**
 * Rolls parts up into the next period: minutes into hours, hours into days, days into months. A part counts as
 * valid when it was valid itself; the period's mean is the mean of its valid parts' means, min and max the extremes
 * of its valid parts.
 */
public final class PeriodRollup {

    private static final int MEAN_SCALE = 6;

    private PeriodRollup() {
    }

    /** Hours from the minutes of one device. */
    public static List<Rollup> hours(List<MinuteAggregate> minutes) {
        List<Rollup> parts = minutes.stream().map(m -> new Rollup(m.deviceId(), m.unitId(), "MINUTE", m.minuteStart(), m.code(),
                1, m.valid() ? 1 : 0, m.min(), m.max(), m.mean(), m.valid(), m.scopePath())).toList();
        return rollUp(Period.HOUR, parts);
    }

    /** Days from hours, or months from days, of one device. */
    public static List<Rollup> rollUp(Period period, List<Rollup> parts) {
        Map<String, List<Rollup>> groups = new TreeMap<>();
        for (Rollup part : parts) {
            groups.computeIfAbsent(period.startOf(part.periodStart()) + " " + part.code(), k -> new ArrayList<>()).add(part);
        }
        List<Rollup> result = new ArrayList<>(groups.size());
        for (List<Rollup> group : groups.values()) {
            result.add(combine(period, group));
        }
        return result;
    }

    private static Rollup combine(Period period, List<Rollup> group) {
        Rollup first = group.get(0);
        LocalDateTime start = period.startOf(first.periodStart());
        int valid = 0;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal min = null;
        BigDecimal max = null;
        for (Rollup part : group) {
            if (!part.valid() || part.mean() == null) {
                continue;
            }
            valid++;
            sum = sum.add(part.mean());
            min = min == null || part.min().compareTo(min) < 0 ? part.min() : min;
            max = max == null || part.max().compareTo(max) > 0 ? part.max() : max;
        }
        BigDecimal mean = valid == 0 ? null : sum.divide(BigDecimal.valueOf(valid), MEAN_SCALE, RoundingMode.HALF_EVEN);
        return new Rollup(first.deviceId(), first.unitId(), period.name(), start, first.code(), group.size(), valid, min, max,
                mean, valid >= period.validPartsRequired(), first.scopePath());
    }
}
