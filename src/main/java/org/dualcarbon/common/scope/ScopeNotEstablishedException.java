package org.dualcarbon.common.scope;

/** A scoped statement ran on a thread with neither a logged-in user nor a system scope. */
public class ScopeNotEstablishedException extends IllegalStateException {

    public ScopeNotEstablishedException() {
        super("no data scope on this thread: log in, or run platform work inside ScopeContext.asSystem");
    }
}
