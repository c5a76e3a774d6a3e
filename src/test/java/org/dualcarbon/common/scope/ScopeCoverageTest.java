package org.dualcarbon.common.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.session.SqlSessionFactory;
import org.dualcarbon.common.scope.internal.ScopeInterceptor;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every mapped statement that touches a scoped table runs only with the caller's scope: enumerates all of
 * them and fails on any that the scope filter would leave unscoped. Also holds every table with a
 * {@code scope_path} column to being declared scoped.
 */
@PlatformTest
class ScopeCoverageTest {

    private static final Scope PROBE = Scope.of("/999999/");

    @Autowired
    SqlSessionFactory sessions;
    @Autowired
    ScopeInterceptor filter;
    @Autowired
    List<ScopedTable> scopedTables;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTableWithAScopePathIsDeclaredScoped() {
        List<String> withColumn = jdbc.queryForList("SELECT LOWER(table_name) FROM information_schema.columns "
                + "WHERE LOWER(column_name) = 'scope_path' AND LOWER(table_schema) NOT IN ('information_schema')", String.class);
        Set<String> declared = scopedTables.stream().map(ScopedTable::name).collect(Collectors.toSet());
        assertThat(withColumn).isNotEmpty();
        assertThat(declared).containsAll(withColumn);
    }

    @Test
    void noMappedStatementOnAScopedTableCanRunUnscoped() {
        Set<String> declared = scopedTables.stream().map(ScopedTable::name).collect(Collectors.toSet());
        List<String> unscoped = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        for (MappedStatement statement : statements()) {
            String sql = statement.getBoundSql(new SampleParameter()).getSql();
            List<String> mentioned = scopedTablesMentioned(sql, declared);
            if (mentioned.isEmpty()) {
                continue;
            }
            checked.add(statement.getId());
            ScopeInterceptor.ScopedSqlView view = filter.inspect(sql, PROBE);
            long predicates = count(view.sql(), "scope_path LIKE '/999999/%'");
            boolean insert = "INSERT".equals(view.kind());
            if (!view.scoped() || (!insert && predicates < mentioned.size())) {
                unscoped.add(statement.getId() + " → " + view.sql());
            }
        }
        assertThat(checked).as("mapped statements on scoped tables").hasSizeGreaterThan(10);
        assertThat(unscoped).as("statements that could run without the caller's scope").isEmpty();
    }

    private List<MappedStatement> statements() {
        // the map behind getMappedStatements() also holds ambiguity markers for short names: skip them
        java.util.Collection<?> all = sessions.getConfiguration().getMappedStatements();
        return all.stream().filter(MappedStatement.class::isInstance).map(MappedStatement.class::cast)
                .filter(s -> s.getId().startsWith("org.dualcarbon.")).distinct().toList();
    }

    /** Each occurrence of a scoped table after FROM, JOIN, UPDATE or INTO. */
    private static List<String> scopedTablesMentioned(String sql, Set<String> declared) {
        Matcher m = Pattern.compile("(?i)\\b(?:from|join|update|into)\\s+([a-z_]+)").matcher(sql);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            String table = m.group(1).toLowerCase(Locale.ROOT);
            if (declared.contains(table)) {
                found.add(table);
            }
        }
        return found;
    }

    private static long count(String text, String part) {
        return (text.length() - text.replace(part, "").length()) / part.length();
    }

    /**
     * A parameter that answers every property with another sample, so that every optional part of a dynamic
     * statement is included: {@code <if>} tests pass and {@code <foreach>} iterates once.
     */
    static final class SampleParameter extends HashMap<String, Object> {

        @Override
        public Object get(Object key) {
            SampleParameter sample = new SampleParameter();
            sample.putIfAbsent("x", "x");
            return sample;
        }

        @Override
        public boolean containsKey(Object key) {
            return true;
        }
    }
}
