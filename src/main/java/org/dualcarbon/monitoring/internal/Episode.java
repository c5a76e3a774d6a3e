package org.dualcarbon.monitoring.internal;

/**
 * Per-device state of the stream rules: an exceedance or flatline that started at {@code since} (epoch ms of its
 * first minute) under a threshold row, with the value it started with. One per device, code and cause.
 */
public final class Episode {

    private final long deviceId;
    private final String code;
    private final String cause;
    private final String thresholdName;
    private final long since;
    private final double value;

    public Episode(long deviceId, String code, String cause, String thresholdName, long since, double value) {
        this.deviceId = deviceId;
        this.code = code;
        this.cause = cause;
        this.thresholdName = thresholdName;
        this.since = since;
        this.value = value;
    }

    public long getDeviceId() {
        return deviceId;
    }

    public String getCode() {
        return code;
    }

    public String getCause() {
        return cause;
    }

    public String getThresholdName() {
        return thresholdName;
    }

    public long getSince() {
        return since;
    }

    public double getValue() {
        return value;
    }
}
