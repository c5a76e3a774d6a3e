package org.dualcarbon.common.scope.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;
import net.sf.jsqlparser.util.TablesNamesFinder;
import org.dualcarbon.common.scope.Scope;
import org.dualcarbon.common.scope.ScopeViolationException;

/**
 * Adds the caller's scope to a SQL statement. Parsing happens once per distinct SQL text and yields a
 * {@link ScopedSql} template in which every occurrence of a scoped table carries a marker; filling the
 * marker for a given scope is a string substitution. Statements whose shape cannot be scoped with
 * certainty are refused rather than run unfiltered.
 */
final class ScopeSqlRewriter {

    static final String SCOPE_COLUMN = "scope_path";
    private static final String MARKER = "DC_SCOPE_FILTER";
    private static final Pattern MARKER_CALL = Pattern.compile(MARKER + "\\(([A-Za-z0-9_.`\"]+)\\)");

    private final Set<String> scopedTables;

    ScopeSqlRewriter(Set<String> scopedTables) {
        this.scopedTables = Set.copyOf(scopedTables);
    }

    private static final Pattern INSERT_START = Pattern.compile("^\\s*INSERT\\s", Pattern.CASE_INSENSITIVE);

    /**
     * The text a statement's template is cached and parsed under. A multi-row INSERT … VALUES of n rows is the same
     * statement for the scope as its one-row form (inserts are checked on their parameters, never rewritten), so two or
     * more consecutive tuples made only of placeholders collapse to the first: the parser then sees a short statement
     * once, instead of every batch size anew. A linear scan: a regular expression would recurse once per row.
     */
    static String templateKey(String sql) {
        if (!INSERT_START.matcher(sql).find()) {
            return sql;
        }
        StringBuilder key = new StringBuilder(Math.min(sql.length(), 1024));
        int i = 0;
        while (i < sql.length()) {
            int end = placeholderTuple(sql, i);
            if (end < 0) {
                key.append(sql.charAt(i++));
                continue;
            }
            key.append(sql, i, end);
            i = end;
            for (int next = followingTuple(sql, i); next > 0; next = followingTuple(sql, i)) {
                i = next;
            }
        }
        return key.toString();
    }

    /** The end of a tuple {@code ( ?, ?, … )} starting at {@code from}, or -1. */
    private static int placeholderTuple(String sql, int from) {
        if (sql.charAt(from) != '(') {
            return -1;
        }
        int i = skipSpace(sql, from + 1);
        while (i < sql.length() && sql.charAt(i) == '?') {
            i = skipSpace(sql, i + 1);
            if (i < sql.length() && sql.charAt(i) == ')') {
                return i + 1;
            }
            if (i >= sql.length() || sql.charAt(i) != ',') {
                return -1;
            }
            i = skipSpace(sql, i + 1);
        }
        return -1;
    }

    /** After a tuple: the end of a further {@code , ( ?, … )}, or -1. */
    private static int followingTuple(String sql, int from) {
        int i = skipSpace(sql, from);
        if (i >= sql.length() || sql.charAt(i) != ',') {
            return -1;
        }
        i = skipSpace(sql, i + 1);
        return i < sql.length() ? placeholderTuple(sql, i) : -1;
    }

    private static int skipSpace(String sql, int from) {
        int i = from;
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The statement with scope markers, or {@link ScopedSql#unscoped} when it touches no scoped table. */
    ScopedSql prepare(String sql) {
        Statement statement;
        try {
            statement = CCJSqlParserUtil.parse(sql);
        } catch (JSQLParserException e) {
            throw new ScopeViolationException("cannot parse statement to apply the data scope: " + e.getMessage());
        }
        Set<String> touched = scopedTablesIn(statement);
        if (touched.isEmpty()) {
            return ScopedSql.unscoped(sql);
        }
        Set<String> marked = new HashSet<>();
        ScopedSql.Kind kind;
        if (statement instanceof Select select) {
            markSelect(select, marked);
            kind = ScopedSql.Kind.SELECT;
        } else if (statement instanceof Update update) {
            markUpdate(update, marked);
            kind = ScopedSql.Kind.UPDATE;
        } else if (statement instanceof Delete delete) {
            markDelete(delete, marked);
            kind = ScopedSql.Kind.DELETE;
        } else if (statement instanceof Insert insert) {
            return prepareInsert(insert, sql);
        } else {
            throw new ScopeViolationException("statement type not allowed on scoped tables: "
                    + statement.getClass().getSimpleName());
        }
        if (!marked.containsAll(touched)) {
            Set<String> missed = new HashSet<>(touched);
            missed.removeAll(marked);
            throw new ScopeViolationException("scoped table(s) " + missed + " appear where the scope cannot be applied");
        }
        return new ScopedSql(kind, statement.toString(), touched);
    }

    /** Fills the markers of a prepared template for one scope. */
    static String apply(ScopedSql template, Scope scope) {
        if (!template.scoped() || template.kind() == ScopedSql.Kind.INSERT) {
            return template.sql();
        }
        Matcher matcher = MARKER_CALL.matcher(template.sql());
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(predicate(matcher.group(1), scope)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String predicate(String column, Scope scope) {
        if (scope.isUnrestricted()) {
            return "1 = 1";
        }
        if (scope.prefixes().isEmpty()) {
            return "1 = 0";
        }
        List<String> terms = new ArrayList<>();
        for (String prefix : scope.prefixes()) {
            // prefixes are validated by ScopePaths (only '/', digits and capitals): safe to inline
            terms.add(column + " LIKE '" + prefix + "%'");
        }
        return "(" + String.join(" OR ", terms) + ")";
    }

    private Set<String> scopedTablesIn(Statement statement) {
        Set<String> found = new HashSet<>();
        for (String name : new TablesNamesFinder<>().getTables((Statement) statement)) {
            String bare = bareName(name);
            if (scopedTables.contains(bare)) {
                found.add(bare);
            }
        }
        return found;
    }

    private ScopedSql prepareInsert(Insert insert, String sql) {
        if (insert.getSelect() != null && !(insert.getSelect() instanceof net.sf.jsqlparser.statement.select.Values)) {
            throw new ScopeViolationException("INSERT … SELECT into a scoped table is not allowed");
        }
        if (insert.getDuplicateUpdateSets() != null) {
            for (UpdateSet set : insert.getDuplicateUpdateSets()) {
                refuseScopeColumn(set.getColumns());
            }
        }
        String table = bareName(insert.getTable().getName());
        boolean hasScopeColumn = insert.getColumns() != null && insert.getColumns().stream()
                .anyMatch(c -> SCOPE_COLUMN.equalsIgnoreCase(bareName(c.getColumnName())));
        if (scopedTables.contains(table) && !hasScopeColumn) {
            throw new ScopeViolationException("INSERT into scoped table " + table + " must set " + SCOPE_COLUMN);
        }
        return new ScopedSql(ScopedSql.Kind.INSERT, sql, Set.of(table));
    }

    private void markUpdate(Update update, Set<String> marked) {
        for (UpdateSet set : update.getUpdateSets()) {
            refuseScopeColumn(set.getColumns());
        }
        if (update.getJoins() != null || update.getStartJoins() != null || update.getFromItem() != null) {
            throw new ScopeViolationException("UPDATE with joins on scoped tables is not allowed");
        }
        Table table = update.getTable();
        update.setWhere(and(update.getWhere(), marker(table)));
        marked.add(bareName(table.getName()));
        markExpression(update.getWhere(), marked);
    }

    private void markDelete(Delete delete, Set<String> marked) {
        if (delete.getJoins() != null || (delete.getTables() != null && !delete.getTables().isEmpty())) {
            throw new ScopeViolationException("DELETE with joins on scoped tables is not allowed");
        }
        Table table = delete.getTable();
        delete.setWhere(and(delete.getWhere(), marker(table)));
        marked.add(bareName(table.getName()));
        markExpression(delete.getWhere(), marked);
    }

    private void refuseScopeColumn(List<Column> columns) {
        for (Column column : columns) {
            if (SCOPE_COLUMN.equalsIgnoreCase(bareName(column.getColumnName()))) {
                throw new ScopeViolationException("a mapped statement may not change " + SCOPE_COLUMN
                        + "; moving rows between scopes is a platform operation");
            }
        }
    }

    private void markSelect(Select select, Set<String> marked) {
        if (select.getWithItemsList() != null) {
            for (WithItem<?> with : select.getWithItemsList()) {
                if (with.getSelect() != null) {
                    markSelect(with.getSelect(), marked);
                }
            }
        }
        if (select instanceof PlainSelect plain) {
            markPlainSelect(plain, marked);
        } else if (select instanceof SetOperationList union) {
            for (Select part : union.getSelects()) {
                markSelect(part, marked);
            }
        } else if (select instanceof ParenthesedSelect parenthesed) {
            markSelect(parenthesed.getSelect(), marked);
        }
    }

    private void markPlainSelect(PlainSelect plain, Set<String> marked) {
        FromItem from = plain.getFromItem();
        if (from instanceof Table table && isScoped(table)) {
            plain.setWhere(and(plain.getWhere(), marker(table)));
            marked.add(bareName(table.getName()));
        } else {
            markFromItem(from, marked);
        }
        if (plain.getJoins() != null) {
            for (Join join : plain.getJoins()) {
                FromItem right = join.getRightItem();
                if (right instanceof Table table && isScoped(table)) {
                    if (join.isSimple() || join.isCross() || join.getOnExpressions().isEmpty()) {
                        plain.setWhere(and(plain.getWhere(), marker(table)));
                    } else {
                        Expression on = join.getOnExpressions().iterator().next();
                        join.setOnExpressions(List.of(and(on, marker(table))));
                    }
                    marked.add(bareName(table.getName()));
                } else {
                    markFromItem(right, marked);
                }
                for (Expression on : join.getOnExpressions()) {
                    markExpression(on, marked);
                }
            }
        }
        if (plain.getSelectItems() != null) {
            for (SelectItem<?> item : plain.getSelectItems()) {
                markExpression(item.getExpression(), marked);
            }
        }
        markExpression(plain.getWhere(), marked);
        markExpression(plain.getHaving(), marked);
    }

    private void markFromItem(FromItem item, Set<String> marked) {
        if (item instanceof Select sub) {
            markSelect(sub, marked);
        } else if (item instanceof ParenthesedFromItem parenthesed) {
            throw new ScopeViolationException("parenthesised joins are not supported on scoped tables: " + parenthesed);
        }
    }

    /** Subqueries inside expressions (IN, EXISTS, scalar) get their own markers. */
    private void markExpression(Expression expression, Set<String> marked) {
        if (expression == null) {
            return;
        }
        expression.accept(new ExpressionVisitorAdapter<Void>() {
            @Override
            public <S> Void visit(ParenthesedSelect subquery, S context) {
                markSelect(subquery.getSelect(), marked);
                return null;
            }

            @Override
            public <S> Void visit(Select subquery, S context) {
                markSelect(subquery, marked);
                return null;
            }
        }, null);
    }

    private boolean isScoped(Table table) {
        return scopedTables.contains(bareName(table.getName()));
    }

    private static Expression marker(Table table) {
        String qualifier = table.getAlias() != null ? table.getAlias().getName() : table.getName();
        Function function = new Function();
        function.setName(MARKER);
        function.setParameters(new ExpressionList<>(new Column(qualifier + "." + SCOPE_COLUMN)));
        return function;
    }

    private static Expression and(Expression existing, Expression condition) {
        if (existing == null) {
            return condition;
        }
        return new AndExpression(new ParenthesedExpressionList<>(existing), condition);
    }

    static String bareName(String name) {
        String bare = name.replace("`", "").replace("\"", "");
        int dot = bare.lastIndexOf('.');
        if (dot >= 0) {
            bare = bare.substring(dot + 1);
        }
        return bare.toLowerCase(Locale.ROOT);
    }
}
