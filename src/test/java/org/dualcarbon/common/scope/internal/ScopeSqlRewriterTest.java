package org.dualcarbon.common.scope.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.dualcarbon.common.scope.Scope;
import org.dualcarbon.common.scope.ScopeViolationException;
import org.junit.jupiter.api.Test;

class ScopeSqlRewriterTest {

    private final ScopeSqlRewriter rewriter = new ScopeSqlRewriter(Set.of("enterprise", "emission_unit", "activity_record"));
    private final Scope district = Scope.of("/640000/640100/640104/");

    private String scoped(String sql, Scope scope) {
        return ScopeSqlRewriter.apply(rewriter.prepare(sql), scope);
    }

    @Test
    void leavesStatementsOnUnscopedTablesAlone() {
        ScopedSql prepared = rewriter.prepare("SELECT code, name FROM region WHERE parent_code = ?");
        assertThat(prepared.scoped()).isFalse();
        assertThat(ScopeSqlRewriter.apply(prepared, district)).isEqualTo("SELECT code, name FROM region WHERE parent_code = ?");
    }

    @Test
    void aMultiRowInsertIsCachedAndParsedAsItsOneRowForm() {
        String one = "INSERT INTO activity_record (unit_id, v, scope_path) VALUES\n  (?, ?, ?)\n ON DUPLICATE KEY UPDATE id = id";
        String three = "INSERT INTO activity_record (unit_id, v, scope_path) VALUES\n  (?, ?, ?)\n ,\n  (?,?,?) , ( ?, ?, ? )\n"
                + " ON DUPLICATE KEY UPDATE id = id";
        assertThat(ScopeSqlRewriter.templateKey(three)).isEqualTo(one);
        assertThat(rewriter.prepare(ScopeSqlRewriter.templateKey(three)).kind()).isEqualTo(ScopedSql.Kind.INSERT);
    }

    @Test
    void tenThousandRowsCollapseWithoutDeepRecursion() {
        String rows = String.join(", ", java.util.Collections.nCopies(10_000, "(?, ?, ?)"));
        assertThat(ScopeSqlRewriter.templateKey("INSERT INTO activity_record (unit_id, v, scope_path) VALUES " + rows))
                .isEqualTo("INSERT INTO activity_record (unit_id, v, scope_path) VALUES (?, ?, ?)");
    }

    @Test
    void onlyInsertsCollapse() {
        String rowValues = "SELECT id FROM emission_unit WHERE (id, v) IN ((?, ?), (?, ?))";
        assertThat(ScopeSqlRewriter.templateKey(rowValues)).isEqualTo(rowValues);
        String literal = "INSERT INTO activity_record (unit_id, v, scope_path) VALUES (?, 1, ?), (?, 2, ?)";
        assertThat(ScopeSqlRewriter.templateKey(literal)).isEqualTo(literal);
    }

    @Test
    void addsTheScopeToTheFromTableAndKeepsExistingConditions() {
        String sql = scoped("SELECT e.id FROM enterprise e WHERE e.id = ? OR e.name = ?", district);
        assertThat(sql).contains("(e.id = ? OR e.name = ?) AND (e.scope_path LIKE '/640000/640100/640104/%')");
    }

    @Test
    void usesTheTableNameWhenThereIsNoAlias() {
        assertThat(scoped("SELECT COUNT(*) FROM enterprise", district))
                .endsWith("WHERE (enterprise.scope_path LIKE '/640000/640100/640104/%')");
    }

    @Test
    void scopesEveryJoinedScopedTableInItsOnClause() {
        String sql = scoped("SELECT r.id FROM activity_record r JOIN emission_unit u ON u.id = r.unit_id "
                + "LEFT JOIN enterprise e ON e.id = r.enterprise_id JOIN region g ON g.code = e.region_code", district);
        assertThat(sql).contains("ON (u.id = r.unit_id) AND (u.scope_path LIKE")
                .contains("ON (e.id = r.enterprise_id) AND (e.scope_path LIKE")
                .contains("WHERE (r.scope_path LIKE");
        assertThat(sql).doesNotContain("g.scope_path");
    }

    @Test
    void scopesSubqueriesInSelectItemsAndWhere() {
        String sql = scoped("SELECT p.id, (SELECT COUNT(*) FROM enterprise e WHERE e.park_id = p.id) AS n FROM park p "
                + "WHERE EXISTS (SELECT 1 FROM emission_unit u WHERE u.enterprise_id = p.id)", district);
        assertThat(sql).contains("e.park_id = p.id) AND (e.scope_path LIKE").contains("(u.enterprise_id = p.id) AND (u.scope_path LIKE");
    }

    @Test
    void scopesUnionsAndDerivedTables() {
        String sql = scoped("SELECT x.id FROM (SELECT id FROM enterprise) x UNION SELECT id FROM emission_unit", district);
        assertThat(sql).contains("enterprise.scope_path LIKE").contains("emission_unit.scope_path LIKE");
    }

    @Test
    void addsTheScopeToUpdatesAndDeletes() {
        assertThat(scoped("UPDATE enterprise SET name = ? WHERE id = ?", district))
                .isEqualTo("UPDATE enterprise SET name = ? WHERE (id = ?) AND (enterprise.scope_path LIKE '/640000/640100/640104/%')");
        assertThat(scoped("DELETE FROM emission_unit WHERE id = ?", district))
                .endsWith("AND (emission_unit.scope_path LIKE '/640000/640100/640104/%')");
    }

    @Test
    void severalPrefixesAreAlternatives() {
        assertThat(scoped("SELECT id FROM enterprise", Scope.of("/1/", "/2/")))
                .endsWith("WHERE (enterprise.scope_path LIKE '/1/%' OR enterprise.scope_path LIKE '/2/%')");
    }

    @Test
    void anEmptyScopeSeesNothingAndTheSystemScopeEverything() {
        assertThat(scoped("SELECT id FROM enterprise", Scope.none())).endsWith("WHERE 1 = 0");
        assertThat(scoped("SELECT id FROM enterprise", Scope.unrestricted())).endsWith("WHERE 1 = 1");
    }

    @Test
    void refusesMappedStatementsThatMoveRowsBetweenScopes() {
        assertThatThrownBy(() -> rewriter.prepare("UPDATE enterprise SET scope_path = ? WHERE id = ?"))
                .isInstanceOf(ScopeViolationException.class).hasMessageContaining("scope_path");
        assertThatThrownBy(() -> rewriter.prepare("INSERT INTO enterprise (id, scope_path) VALUES (?, ?) "
                + "ON DUPLICATE KEY UPDATE scope_path = VALUES(scope_path)"))
                .isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void refusesInsertsIntoScopedTablesWithoutAScopePathOrFromASelect() {
        assertThatThrownBy(() -> rewriter.prepare("INSERT INTO enterprise (id, name) VALUES (?, ?)"))
                .isInstanceOf(ScopeViolationException.class).hasMessageContaining("must set scope_path");
        assertThatThrownBy(() -> rewriter.prepare("INSERT INTO enterprise (id, scope_path) SELECT id, scope_path FROM enterprise"))
                .isInstanceOf(ScopeViolationException.class).hasMessageContaining("SELECT");
        assertThat(rewriter.prepare("INSERT INTO enterprise (id, scope_path) VALUES (?, ?)").kind())
                .isEqualTo(ScopedSql.Kind.INSERT);
    }

    @Test
    void refusesWhatItCannotParse() {
        assertThatThrownBy(() -> rewriter.prepare("SELEKT * FROM enterprise"))
                .isInstanceOf(ScopeViolationException.class).hasMessageContaining("cannot parse");
    }

    @Test
    void scopePathsWithQuotesCanNeverReachTheSql() {
        assertThatThrownBy(() -> Scope.of("/64'; DROP TABLE enterprise; --/"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
