package org.dualcarbon.monitoring.internal;

/**
 * A warning the stream rules raised and that still stands: at most one per device, cause and code, so a lasting
 * condition warns once. It goes when the condition clears or when its alarm is ended ({@code release}).
 */
public final class OpenWarning {

    private final long deviceId;
    private final Long unitId;
    private final String cause;
    private final String code;
    private final String thresholdName;
    private final long since;
    private final Double observed;

    public OpenWarning(long deviceId, Long unitId, String cause, String code, String thresholdName, long since, Double observed) {
        this.deviceId = deviceId;
        this.unitId = unitId;
        this.cause = cause;
        this.code = code;
        this.thresholdName = thresholdName;
        this.since = since;
        this.observed = observed;
    }

    public long getDeviceId() {
        return deviceId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getCause() {
        return cause;
    }

    public String getCode() {
        return code;
    }

    public String getThresholdName() {
        return thresholdName;
    }

    public long getSince() {
        return since;
    }

    public Double getObserved() {
        return observed;
    }
}
