package org.dualcarbon.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One row of the audit log (审计记录): when (UTC epoch ms, shown in +08:00), who, from where, what, on what, result. */
public record AuditEntry(long id, long occurredMs, String username, String sourceAddress, String event, String objectType,
                         String objectId, String outcome, String detail) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** The time in Beijing time, as pages show it. */
    public String occurredAt() {
        return SHOWN.format(Instant.ofEpochMilli(occurredMs));
    }
}
