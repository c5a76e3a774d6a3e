package org.dualcarbon.audit.internal;

import java.time.Duration;
import java.time.Instant;
import org.dualcarbon.audit.AuditLog;
import org.dualcarbon.audit.AuditOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive step (归档): rows older than the online retention move to audit_log_archive, which is kept; the move is
 * itself an audit row. The retention is at least 180 days (网络安全法 Art. 21: logs kept no less than six months) — a
 * shorter setting is refused at start.
 */
@Component
public class AuditArchive {

    static final Duration MINIMUM_RETENTION = Duration.ofDays(180);
    private static final Logger log = LoggerFactory.getLogger(AuditArchive.class);

    private final AuditArchiveMapper archive;
    private final AuditLog audit;
    private final Duration retention;

    AuditArchive(AuditArchiveMapper archive, AuditLog audit, @Value("${dc.audit.retention:P180D}") Duration retention) {
        if (retention.compareTo(MINIMUM_RETENTION) < 0) {
            throw new IllegalStateException("dc.audit.retention must be at least 180 days (P180D), not " + retention);
        }
        this.archive = archive;
        this.audit = audit;
        this.retention = retention;
    }

    @Scheduled(cron = "${dc.audit.archive-cron:0 30 3 * * *}")
    void archiveScheduled() {
        archive(Instant.now());
    }

    /** Moves the rows older than the retention before {@code now}; returns how many moved. */
    @Transactional
    public int archive(Instant now) {
        long cutoff = now.minus(retention).toEpochMilli();
        int copied = archive.copyOlderThan(cutoff, now.toEpochMilli());
        int removed = archive.removeArchived(cutoff);
        audit.record("platform", null, "AUDIT_ARCHIVED", "AUDIT_LOG", null, AuditOutcome.SUCCESS,
                removed + " rows older than " + Instant.ofEpochMilli(cutoff) + " moved to audit_log_archive (" + copied
                        + " copied)");
        log.info("audit log archive: {} rows older than {} moved", removed, Instant.ofEpochMilli(cutoff));
        return removed;
    }
}
