package org.dualcarbon.common.scope.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.dualcarbon.common.scope.Scope;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.common.scope.ScopeViolationException;
import org.dualcarbon.common.scope.ScopedRow;
import org.dualcarbon.common.scope.ScopedTable;
import org.springframework.stereotype.Component;

/**
 * The one place where data scope is enforced for MyBatis: every statement is prepared through here.
 * Reads and changes of scoped tables get the caller's scope added to their WHERE (or JOIN … ON);
 * inserts are checked row by row against the caller's scope. Nothing on a scoped table runs without
 * an established scope.
 */
@Component
@Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
public class ScopeInterceptor implements Interceptor {

    private final ScopeContext scopeContext;
    private final ScopeSqlRewriter rewriter;
    private final Cache<String, ScopedSql> templates = Caffeine.newBuilder().maximumSize(5_000).build();

    public ScopeInterceptor(ScopeContext scopeContext, List<ScopedTable> scopedTables) {
        this.scopeContext = scopeContext;
        this.rewriter = new ScopeSqlRewriter(scopedTables.stream().map(ScopedTable::name).collect(Collectors.toSet()));
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        MetaObject handler = SystemMetaObject.forObject(invocation.getTarget());
        BoundSql boundSql = (BoundSql) handler.getValue("delegate.boundSql");
        MappedStatement statement = (MappedStatement) handler.getValue("delegate.mappedStatement");
        ScopedSql template = prepared(boundSql.getSql(), statement.getId());
        if (template.scoped()) {
            Scope scope = scopeContext.current();
            if (template.kind() == ScopedSql.Kind.INSERT) {
                checkInsertedRows(boundSql.getParameterObject(), scope, statement.getId());
            } else {
                handler.setValue("delegate.boundSql.sql", ScopeSqlRewriter.apply(template, scope));
            }
        }
        return invocation.proceed();
    }

    /** The scope template of a statement's SQL; exposed so that a test can check every mapped statement. */
    public ScopedSqlView inspect(String sql, Scope scope) {
        ScopedSql template = rewriter.prepare(sql);
        return new ScopedSqlView(template.scoped(), template.kind().name(), template.scopedTables(),
                ScopeSqlRewriter.apply(template, scope));
    }

    /** What the filter makes of one statement: whether it is scoped and the SQL it would run. */
    public record ScopedSqlView(boolean scoped, String kind, Set<String> scopedTables, String sql) {
    }

    private ScopedSql prepared(String sql, String statementId) {
        try {
            return templates.get(ScopeSqlRewriter.templateKey(sql), rewriter::prepare);
        } catch (ScopeViolationException e) {
            throw new ScopeViolationException(statementId + ": " + e.getMessage());
        }
    }

    private static void checkInsertedRows(Object parameter, Scope scope, String statementId) {
        List<ScopedRow> rows = new ArrayList<>();
        collectRows(parameter, rows);
        if (rows.isEmpty()) {
            throw new ScopeViolationException(statementId + ": an insert into a scoped table must pass ScopedRow parameters");
        }
        for (ScopedRow row : rows) {
            if (!scope.covers(row.scopePath())) {
                throw new ScopeViolationException(statementId + ": row outside the caller's scope");
            }
        }
    }

    private static void collectRows(Object parameter, List<ScopedRow> rows) {
        if (parameter instanceof ScopedRow row) {
            rows.add(row);
        } else if (parameter instanceof Map<?, ?> map) {
            // MyBatis' ParamMap holds each argument under several names; identity de-duplicates them
            map.values().stream().distinct().forEach(value -> collectRows(value, rows));
        } else if (parameter instanceof Collection<?> collection) {
            collection.forEach(value -> collectRows(value, rows));
        }
    }
}
