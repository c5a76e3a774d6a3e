package org.dualcarbon.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.dualcarbon.audit.internal.AuditMapper;
import org.dualcarbon.audit.internal.AuditRow;
import org.dualcarbon.ledger.Ledger;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes and reads the audit log. A row is written in the caller's transaction (a refused business change leaves no
 * "success" row) and appended to the ledger in the same transaction, so the row is covered by the ledger's integrity
 * from the moment it exists. Reading needs AUDIT_LOG_READ (audit administrator, auditors).
 */
@Service
public class AuditLog {

    /** The ledger record type of audit rows. */
    public static final String LEDGER_TYPE = "AUDIT";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final int MAX_DETAIL = 500;

    private final AuditMapper rows;
    private final Ledger ledger;

    public AuditLog(AuditMapper rows, Ledger ledger) {
        this.rows = rows;
        this.ledger = ledger;
    }

    /** Records an action of the signed-in user (or the platform) from the current request's address. */
    @Transactional
    public long record(String event, String objectType, String objectId, AuditOutcome outcome, String detail) {
        return record(currentUser(), currentAddress(), event, objectType, objectId, outcome, detail);
    }

    /** Records an action with its user and source address given (e.g. a failed login: nobody is signed in). */
    @Transactional
    public long record(String username, String sourceAddress, String event, String objectType, String objectId,
                       AuditOutcome outcome, String detail) {
        AuditRow row = new AuditRow(System.currentTimeMillis(), clip(username == null ? "anonymous" : username, 64),
                clip(sourceAddress, 64), event, objectType, clip(objectId, 200), outcome.name(), clip(detail, MAX_DETAIL));
        rows.insert(row);
        ledger.append(LEDGER_TYPE, String.valueOf(row.getId()), row.getUsername());
        return row.getId();
    }

    @PreAuthorize("hasAuthority('AUDIT_LOG_READ')")
    public AuditPage search(AuditSearch search, int page, int size) {
        int pageSize = Math.min(Math.max(size, 1), 200);
        int index = Math.max(page, 0);
        Long fromMs = search.from() == null ? null : startOf(search.from());
        Long toMs = search.to() == null ? null : startOf(search.to().plusDays(1));
        String username = blankToNull(search.username());
        String event = blankToNull(search.event());
        return new AuditPage(rows.search(fromMs, toMs, username, event, index * pageSize, pageSize), index, pageSize,
                rows.count(fromMs, toMs, username, event));
    }

    /**
     * The latest rows of the signed-in user himself — part of his copy of his own data (GB/T 35273-2020 §8.6); never
     * another user's, so it needs no audit permission.
     */
    public java.util.List<AuditEntry> ownEntries(int limit) {
        String me = currentUser();
        if ("platform".equals(me)) {
            return java.util.List.of();
        }
        return rows.search(null, null, me, null, 0, Math.min(Math.max(limit, 1), 1000));
    }

    public static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "platform" : authentication.getName();
    }

    /** The client's address of the request being served on this thread, if any (the proxy's when behind one). */
    public static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static long startOf(LocalDate day) {
        return day.atStartOfDay(BEIJING).toInstant().toEpochMilli();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
