package org.dualcarbon.securityevents;

import java.time.Period;

/**
 * The data class and retention rule of one table (数据分类分级, GB/T 35273 §6.1; security.md §1.2 g): public, internal,
 * sensitive or personal; how long rows are kept (empty: for good) and what happens after — DELETE by the retirement
 * job, ARCHIVE by the owning module's own step (the audit log), KEEP.
 */
public record DataClass(String table, Level level, Period retention, Action action, String timeColumn, String purpose) {

    /** The four classes. */
    public enum Level { PUBLIC, INTERNAL, SENSITIVE, PERSONAL }

    /** What happens to rows past their retention. */
    public enum Action { KEEP, DELETE, ARCHIVE }

    public boolean covers(String tableName) {
        return table.endsWith("*") ? tableName.toUpperCase(java.util.Locale.ROOT).startsWith(table.substring(0, table.length() - 1))
                : table.equalsIgnoreCase(tableName);
    }
}
