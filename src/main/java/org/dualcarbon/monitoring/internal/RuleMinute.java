package org.dualcarbon.monitoring.internal;

import java.time.ZoneOffset;
import org.dualcarbon.monitoring.MinuteAggregate;

/**
 * A 1-minute aggregate as the stream rules see it: an event stamped with the minute's start (Beijing data time as
 * epoch milliseconds) whose expiry rules/monitoring/warnings.drl's declaration sets. Values are doubles here: the
 * rules compare monitoring values, they do no accounting.
 */
public final class RuleMinute {

    static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private final long deviceId;
    private final Long unitId;
    private final String code;
    private final long timestamp;
    private final boolean valid;
    private final double mean;
    private final double min;
    private final double max;

    public RuleMinute(long deviceId, Long unitId, String code, long timestamp, boolean valid, double mean, double min, double max) {
        this.deviceId = deviceId;
        this.unitId = unitId;
        this.code = code;
        this.timestamp = timestamp;
        this.valid = valid;
        this.mean = mean;
        this.min = min;
        this.max = max;
    }

    static RuleMinute of(MinuteAggregate m) {
        boolean valid = m.valid();
        return new RuleMinute(m.deviceId(), m.unitId(), m.code(), epochMillis(m.minuteStart()), valid,
                valid ? m.mean().doubleValue() : 0, valid ? m.min().doubleValue() : 0, valid ? m.max().doubleValue() : 0);
    }

    /** A Beijing data time as the rules' epoch milliseconds. */
    static long epochMillis(java.time.LocalDateTime beijing) {
        return beijing.toInstant(BEIJING).toEpochMilli();
    }

    public long getDeviceId() {
        return deviceId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getCode() {
        return code;
    }

    public long getTimestamp() {
        return timestamp;
    }

    public boolean isValid() {
        return valid;
    }

    public double getMean() {
        return mean;
    }

    public double getMin() {
        return min;
    }

    public double getMax() {
        return max;
    }
}
