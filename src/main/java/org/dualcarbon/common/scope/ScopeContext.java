package org.dualcarbon.common.scope;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The scope that applies to the database work on this thread: the logged-in user's, or the platform's
 * own (unrestricted) inside {@link #asSystem}. With neither, scoped statements are refused — a missing
 * scope never means "everything".
 */
@Component
public class ScopeContext {

    private final ScopeResolver resolver;
    private final ThreadLocal<Scope> override = new ThreadLocal<>();

    public ScopeContext(ScopeResolver resolver) {
        this.resolver = resolver;
    }

    public Scope current() {
        Scope forced = override.get();
        if (forced != null) {
            return forced;
        }
        return resolver.currentUserScope().orElseThrow(ScopeNotEstablishedException::new);
    }

    /** Runs platform work (start-up loaders, scheduled jobs, engine delegates) with an unrestricted scope. */
    public <T> T asSystem(Supplier<T> work) {
        return as(Scope.unrestricted(), work);
    }

    public void asSystem(Runnable work) {
        as(Scope.unrestricted(), () -> {
            work.run();
            return null;
        });
    }

    /** Runs work with a given scope, e.g. an engine delegate acting for a unit. */
    public <T> T as(Scope scope, Supplier<T> work) {
        Scope previous = override.get();
        override.set(scope);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                override.remove();
            } else {
                override.set(previous);
            }
        }
    }
}
