package org.dualcarbon.monitoring;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.dualcarbon.common.scope.ScopedRow;

/**
 * An alarm (监测报警) opened by a warning of the stream rules: the device and unit, the cause and code, the threshold
 * row and message, the value observed, its status (OPEN, ESCALATED, CLOSED, RESOLVED), when it was raised, when the
 * condition cleared and when the alarm ended, what the enterprise and the officials recorded, and its process.
 */
public record MonitoringAlarm(Long id, long deviceId, String deviceMn, String deviceName, Long unitId, String cause,
                              String code, String thresholdName, String message, BigDecimal observed, String status,
                              LocalDateTime raisedAt, LocalDateTime clearedAt, LocalDateTime endedAt, String causeText,
                              String measures, String evidence, String reviewComment, String processInstance,
                              String scopePath) implements ScopedRow {

    public MonitoringWarning.Cause causeKind() {
        return MonitoringWarning.Cause.valueOf(cause);
    }
}
