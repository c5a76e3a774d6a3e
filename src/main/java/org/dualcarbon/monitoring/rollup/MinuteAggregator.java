package org.dualcarbon.monitoring.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dualcarbon.monitoring.MinuteAggregate;
import org.dualcarbon.monitoring.Reading;

/**
 * Readings of one device → one {@link MinuteAggregate} per minute and code. Only measured values are aggregated:
 * real-time values ({@code RT}/{@code Rtd}) and minute averages ({@code MIN}/{@code Avg}); hourly and daily values a
 * device computes itself are left to the roll-ups, which recompute them from the minutes. Invalid samples are
 * counted and leave their flag in {@code flags}, but not their value.
 */
public final class MinuteAggregator {

    private static final Set<String> MEASURED = Set.of("RT/Rtd", "MIN/Avg");
    private static final int MEAN_SCALE = 6;

    private MinuteAggregator() {
    }

    public static List<MinuteAggregate> aggregate(long deviceId, Long unitId, String scopePath, List<Reading> readings) {
        Map<String, Accumulator> byMinuteAndCode = new TreeMap<>();
        for (Reading reading : readings) {
            if (!MEASURED.contains(reading.period() + "/" + reading.kind())) {
                continue;
            }
            LocalDateTime minute = reading.dataTime().truncatedTo(ChronoUnit.MINUTES);
            byMinuteAndCode.computeIfAbsent(minute + " " + reading.code(), k -> new Accumulator(minute, reading.code()))
                    .add(reading.value(), reading.flag());
        }
        List<MinuteAggregate> result = new ArrayList<>(byMinuteAndCode.size());
        for (Accumulator a : byMinuteAndCode.values()) {
            result.add(new MinuteAggregate(deviceId, unitId, a.minute, a.code, a.samples, a.valid, a.min, a.max,
                    a.valid == 0 ? null : a.sum.divide(BigDecimal.valueOf(a.valid), MEAN_SCALE, RoundingMode.HALF_EVEN),
                    String.join("", a.flags), scopePath));
        }
        return result;
    }

    private static final class Accumulator {
        final LocalDateTime minute;
        final String code;
        final Set<String> flags = new TreeSet<>();
        int samples;
        int valid;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal min;
        BigDecimal max;

        Accumulator(LocalDateTime minute, String code) {
            this.minute = minute;
            this.code = code;
        }

        void add(BigDecimal value, String flag) {
            samples++;
            if (flag != null && !flag.isEmpty()) {
                flags.add(flag);
            }
            if (!SampleValidity.valid(flag)) {
                return;
            }
            valid++;
            sum = sum.add(value);
            min = min == null || value.compareTo(min) < 0 ? value : min;
            max = max == null || value.compareTo(max) > 0 ? value : max;
        }
    }
}
