package org.dualcarbon.common.scope;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves every scoped row under one path to another, in all scoped tables — e.g. when an enterprise moves into
 * a park. Mapped statements may never change scope_path; this platform operation is the only way, and the
 * caller checks that the user may act on both paths. Runs in the caller's transaction.
 */
@Component
public class ScopeRepather {

    private final JdbcTemplate jdbc;
    private final List<ScopedTable> tables;

    public ScopeRepather(JdbcTemplate jdbc, List<ScopedTable> tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    public void move(String fromPrefix, String toPrefix) {
        ScopePaths.requireValid(fromPrefix);
        ScopePaths.requireValid(toPrefix);
        for (ScopedTable table : tables) {
            // the table name comes from a ScopedTable bean, never from input
            jdbc.update("UPDATE " + table.name() + " SET scope_path = CONCAT(?, SUBSTRING(scope_path, ?))"
                    + " WHERE scope_path LIKE ?", toPrefix, fromPrefix.length() + 1, fromPrefix + "%");
        }
    }
}
