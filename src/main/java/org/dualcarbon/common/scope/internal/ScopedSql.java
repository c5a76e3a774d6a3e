package org.dualcarbon.common.scope.internal;

import java.util.Set;

/** A statement prepared by {@link ScopeSqlRewriter}: its SQL with scope markers and the scoped tables it touches. */
record ScopedSql(Kind kind, String sql, Set<String> scopedTables) {

    enum Kind { NONE, SELECT, UPDATE, DELETE, INSERT }

    static ScopedSql unscoped(String sql) {
        return new ScopedSql(Kind.NONE, sql, Set.of());
    }

    boolean scoped() {
        return kind != Kind.NONE;
    }
}
