package org.dualcarbon.common.scope;

import java.util.Collection;
import java.util.List;

/**
 * What part of the organisation tree a caller may see (数据范围): a set of scope-path prefixes.
 * A row is visible when its {@code scope_path} starts with one of the prefixes. {@link #unrestricted()}
 * is reserved for the platform's own background work and the system administrator's base-data pages.
 */
public record Scope(boolean everything, List<String> prefixes) {

    public Scope {
        prefixes = List.copyOf(prefixes);
        prefixes.forEach(ScopePaths::requireValid);
        if (everything && !prefixes.isEmpty()) {
            throw new IllegalArgumentException("an unrestricted scope has no prefixes");
        }
    }

    public static Scope unrestricted() {
        return new Scope(true, List.of());
    }

    /** Sees no scoped row at all (rule authors, security and audit administrators, the public). */
    public static Scope none() {
        return new Scope(false, List.of());
    }

    public static Scope of(Collection<String> prefixes) {
        return new Scope(false, List.copyOf(prefixes));
    }

    public static Scope of(String... prefixes) {
        return new Scope(false, List.of(prefixes));
    }

    public boolean isUnrestricted() {
        return everything;
    }

    public boolean covers(String scopePath) {
        if (everything) {
            return true;
        }
        return scopePath != null && prefixes.stream().anyMatch(scopePath::startsWith);
    }

    public boolean isEmpty() {
        return !everything && prefixes.isEmpty();
    }
}
