package org.dualcarbon.common.scope;

import java.util.Optional;

/**
 * Tells the scope of the caller on the current thread, if there is an authenticated one.
 * The security capability implements it from the logged-in user.
 */
public interface ScopeResolver {

    Optional<Scope> currentUserScope();
}
