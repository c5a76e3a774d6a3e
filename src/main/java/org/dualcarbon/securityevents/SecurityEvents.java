package org.dualcarbon.securityevents;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dualcarbon.audit.AuditLog;
import org.dualcarbon.audit.AuditOutcome;
import org.dualcarbon.securityevents.internal.SecurityEventMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises, lists and acknowledges security events. An event continues its open episode (same kind and subject, seen
 * within the detection window) instead of starting a new one, so a burst that goes on is one event whose count grows.
 * Each new episode is written to the log channel {@value #LOG_CHANNEL} with ECS fields (event.kind=alert,
 * event.category=security, event.action=kind), counted in {@code dc.security.events{kind,severity}} and audited.
 */
@Service
public class SecurityEvents {

    /** The logger a SIEM follows in the structured JSON log (data/logs/platform.log). */
    public static final String LOG_CHANNEL = "dualcarbon.security.events";
    private static final Logger SIEM = LoggerFactory.getLogger(LOG_CHANNEL);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private final SecurityEventMapper events;
    private final AuditLog audit;
    private final MeterRegistry meters;
    private final SecurityEventSettings settings;

    public SecurityEvents(SecurityEventMapper events, AuditLog audit, MeterRegistry meters, SecurityEventSettings settings) {
        this.events = events;
        this.audit = audit;
        this.meters = meters;
        this.settings = settings;
    }

    /** Raises (or continues) an episode; {@code occurrences} is the count seen in the current window. */
    @Transactional
    public void raise(String kind, Severity severity, String subject, int occurrences, String detail) {
        long now = System.currentTimeMillis();
        String who = subject == null || subject.isBlank() ? "-" : subject.length() > 200 ? subject.substring(0, 200) : subject;
        var open = events.openEpisode(kind, who, now - settings.window().toMillis());
        if (open.isPresent()) {
            events.continueEpisode(open.get().id(), now, Math.max(open.get().occurrences(), occurrences), detail);
            return;
        }
        events.insert(kind, severity.name(), who, now, occurrences, detail);
        meters.counter("dc.security.events", "kind", kind, "severity", severity.name()).increment();
        SIEM.atLevel(severity == Severity.CRITICAL ? org.slf4j.event.Level.ERROR : org.slf4j.event.Level.WARN)
                .addKeyValue("event.kind", "alert").addKeyValue("event.category", "security").addKeyValue("event.action", kind)
                .addKeyValue("event.severity", severity.name()).addKeyValue("event.count", occurrences)
                .addKeyValue("dc.subject", who)
                .log("security event {} ({}) for {}: {}", kind, severity, who, detail);
        audit.record("platform", null, "SECURITY_EVENT_RAISED", kind, who, AuditOutcome.FAILURE,
                severity + ", " + occurrences + " in " + settings.window() + ": " + detail);
    }

    @PreAuthorize("hasAuthority('SECURITY_POLICY')")
    public List<SecurityEvent> recent(String status) {
        return events.recent(status == null || status.isBlank() ? null : status, 200);
    }

    /** The security administrator takes an open event in hand, with a note of what was done. */
    @PreAuthorize("hasAuthority('SECURITY_POLICY')")
    @Transactional
    public boolean acknowledge(long id, String by, String note) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > 500) {
            throw new IllegalArgumentException("note: 请写明处置情况（1–500 字） / say what was done (1–500 characters)");
        }
        boolean done = events.acknowledge(id, by, System.currentTimeMillis(), text) == 1;
        audit.record("SECURITY_EVENT_ACKNOWLEDGED", "SECURITY_EVENT", String.valueOf(id),
                done ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE, text);
        return done;
    }

    static String beijing(long epochMillis) {
        return SHOWN.format(Instant.ofEpochMilli(epochMillis));
    }

    /** How urgent an event is. */
    public enum Severity { WARNING, HIGH, CRITICAL }
}
