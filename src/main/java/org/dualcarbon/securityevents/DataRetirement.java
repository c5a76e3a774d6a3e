package org.dualcarbon.securityevents;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dualcarbon.audit.AuditLog;
import org.dualcarbon.audit.AuditOutcome;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 数据退役 — applies the retention rules of {@link DataClassification}: rows of a DELETE rule older than its retention are
 * erased, table by table, each run recorded ({@code data_retirement_run}) and audited ({@code DATA_RETIRED}). ARCHIVE rules
 * belong to the owning module's step (the audit log's nightly archive); KEEP rules are left alone, and the ledger's tables
 * can never carry a DELETE rule. Table and column names come from the classification file on the class path (checked
 * against a strict pattern), never from a request.
 */
@Service
public class DataRetirement {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final DataClassification classification;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    public DataRetirement(DataClassification classification, JdbcTemplate jdbc, AuditLog audit) {
        this.classification = classification;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** One rule's result. */
    public record Retired(String table, String action, long cutoffMillis, long rows) {
    }

    /** On demand, by the security administrator. */
    @PreAuthorize("hasAuthority('SECURITY_POLICY')")
    public List<Retired> runNow(String by) {
        return run(by, System.currentTimeMillis());
    }

    /** Applies every DELETE rule with {@code now} as the present. */
    @Transactional
    public List<Retired> run(String by, long now) {
        List<Retired> done = new ArrayList<>();
        for (DataClass rule : classification.all()) {
            if (rule.action() != DataClass.Action.DELETE) {
                continue;
            }
            String table = identifier(rule.table());
            String column = identifier(rule.timeColumn());
            LocalDateTime cutoffTime = LocalDateTime.ofInstant(java.time.Instant.ofEpochMilli(now), BEIJING).minus(rule.retention());
            long cutoff = cutoffTime.atZone(BEIJING).toInstant().toEpochMilli();
            Object bound = epochColumn(table, column) ? (Object) cutoff : new Timestamp(cutoff);
            long rows = jdbc.update("DELETE FROM " + table + " WHERE " + column + " < ?", bound);
            jdbc.update("INSERT INTO data_retirement_run (table_name, action, cutoff, row_count, run_at, run_by) VALUES (?, ?, ?, ?, ?, ?)",
                    table, rule.action().name(), cutoff, rows, now, by);
            audit.record(by, AuditLog.currentAddress(), "DATA_RETIRED", "TABLE", table, AuditOutcome.SUCCESS,
                    rows + " rows older than " + rule.retention() + " (" + cutoffTime + ") erased, class " + rule.level());
            done.add(new Retired(table, rule.action().name(), cutoff, rows));
        }
        return done;
    }

    /** The latest runs, for the security administrator's page. */
    public List<java.util.Map<String, Object>> recentRuns() {
        return jdbc.queryForList("SELECT table_name, action, cutoff, row_count, run_at, run_by FROM data_retirement_run "
                + "ORDER BY id DESC LIMIT 50");
    }

    private boolean epochColumn(String table, String column) {
        String type = jdbc.queryForObject("SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE LOWER(TABLE_NAME) = ? "
                + "AND LOWER(COLUMN_NAME) = ?", String.class, table, column);
        return type != null && type.toUpperCase(Locale.ROOT).contains("INT");
    }

    private static String identifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalStateException(DataClassification.FILE + ": not a plain table or column name: " + name);
        }
        return name;
    }
}
