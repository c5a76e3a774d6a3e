package org.dualcarbon.monitoring.internal;

/** Per-device state of the stream rules: the start (epoch ms) of the latest minute seen from the device. */
public final class DeviceLastSeen {

    private final long deviceId;
    private final Long unitId;
    private long lastMinute;

    public DeviceLastSeen(long deviceId, Long unitId, long lastMinute) {
        this.deviceId = deviceId;
        this.unitId = unitId;
        this.lastMinute = lastMinute;
    }

    public long getDeviceId() {
        return deviceId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public long getLastMinute() {
        return lastMinute;
    }

    public void setLastMinute(long lastMinute) {
        this.lastMinute = lastMinute;
    }
}
