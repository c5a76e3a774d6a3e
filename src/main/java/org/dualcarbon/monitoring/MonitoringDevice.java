package org.dualcarbon.monitoring;

import java.time.LocalDateTime;
import org.dualcarbon.common.scope.ScopedRow;

/**
 * A monitoring terminal, data logger or CEMS: its HJ 212 MN (its identity on the wire and its MQTT user), the
 * enterprise and unit it measures, the payload it speaks, the HJ 212 deviations accepted from it (empty: strict),
 * and when it was last heard from.
 */
public record MonitoringDevice(Long id, String mn, String name, Long enterpriseId, String enterpriseName, String uscc,
                               Long unitId,
                               String protocol, String compatibility, boolean active, LocalDateTime lastMessageAt,
                               String scopePath) implements ScopedRow {

    /** The topic this device publishes on, for a payload format (json or hj212). */
    public String topic(String format) {
        return "dc/" + uscc + "/" + mn + "/" + format;
    }

    /** Online when heard from within the last hour. */
    public boolean online(LocalDateTime now) {
        return lastMessageAt != null && lastMessageAt.isAfter(now.minusHours(1));
    }
}
