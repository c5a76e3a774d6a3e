package org.dualcarbon.monitoring.internal;

/**
 * Left by {@code release} when an alarm ends: minutes up to {@code time} (the session clock then) may not raise the
 * same warning again, so ending an alarm never resurrects the data it was about. One per device, cause and code.
 */
public final class ReleaseMark {

    private final long deviceId;
    private final String cause;
    private final String code;
    private final long time;

    public ReleaseMark(long deviceId, String cause, String code, long time) {
        this.deviceId = deviceId;
        this.cause = cause;
        this.code = code;
        this.time = time;
    }

    public long getDeviceId() {
        return deviceId;
    }

    public String getCause() {
        return cause;
    }

    public String getCode() {
        return code;
    }

    public long getTime() {
        return time;
    }
}
