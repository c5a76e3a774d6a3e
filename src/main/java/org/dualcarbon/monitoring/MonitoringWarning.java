package org.dualcarbon.monitoring;

import java.time.LocalDateTime;

/**
 * A warning the stream rules raised (预警) or a condition that cleared: the device and its unit, the cause, the
 * pollutant code ({@code *} for the whole device), the threshold row that applied, the value observed (the mean
 * that broke the limit, the stuck value, the new value after a jump; null for silence), when, and since when the
 * condition has held (the first minute of an exceedance or flatline, the end of the last minute before a silence), in
 * Beijing time.
 */
public record MonitoringWarning(boolean raised, long deviceId, Long unitId, Cause cause, String code, String thresholdName,
                                Double observed, LocalDateTime at, LocalDateTime since) {

    /** A warning whose condition is taken to begin when it is raised. */
    public MonitoringWarning(boolean raised, long deviceId, Long unitId, Cause cause, String code, String thresholdName,
                             Double observed, LocalDateTime at) {
        this(raised, deviceId, unitId, cause, code, thresholdName, observed, at, at);
    }

    /** Why a warning is raised. */
    public enum Cause {
        /** 超标: outside the limits for the whole window. */
        EXCEEDANCE("超标持续"),
        /** 突变: a change faster than the rate between consecutive valid minutes. */
        RATE("数值突变"),
        /** 恒值: the same value for the window. */
        FLATLINE("数值恒定"),
        /** 断线: no data for the window. */
        SILENCE("数据中断");

        private final String chineseName;

        Cause(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }
    }

    /** One open alarm per key: device, cause and code. */
    public String key() {
        return deviceId + ":" + cause + ":" + code;
    }
}
