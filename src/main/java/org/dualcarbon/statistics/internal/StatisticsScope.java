package org.dualcarbon.statistics.internal;

import java.util.List;
import java.util.Optional;
import org.dualcarbon.common.scope.Scope;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.common.scope.ScopePaths;
import org.springframework.stereotype.Component;

/**
 * Which nodes a caller's question is about. The node cells are derived data without a scope filter of their own, so
 * every read goes through here: a path the caller's scope does not cover reads as empty, as the sources would.
 */
@Component
public class StatisticsScope {

    private final ScopeContext scope;

    StatisticsScope(ScopeContext scope) {
        this.scope = scope;
    }

    /**
     * The nodes meant by {@code path} (null: the caller's whole scope). Empty: nothing visible. Absent: every province
     * node (the platform's own, unrestricted scope).
     */
    public Optional<List<String>> nodes(String path) {
        Scope current = scope.current();
        if (path != null) {
            ScopePaths.requireValid(path);
            return Optional.of(current.covers(path) ? List.of(path) : List.of());
        }
        if (current.isUnrestricted()) {
            return Optional.empty();
        }
        List<String> prefixes = current.prefixes();
        return Optional.of(prefixes.stream()
                .filter(p -> prefixes.stream().noneMatch(other -> !other.equals(p) && p.startsWith(other)))
                .distinct().toList());
    }

    /** True when the caller can see nothing for the question. */
    public static boolean nothing(Optional<List<String>> nodes) {
        return nodes.isPresent() && nodes.get().isEmpty();
    }

    /** The nodes as a mapper parameter: null for every province. */
    public static List<String> parameter(Optional<List<String>> nodes) {
        return nodes.orElse(null);
    }
}
