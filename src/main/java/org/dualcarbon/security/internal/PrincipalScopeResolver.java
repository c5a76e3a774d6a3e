package org.dualcarbon.security.internal;

import java.util.Optional;
import org.dualcarbon.common.scope.Scope;
import org.dualcarbon.common.scope.ScopeResolver;
import org.dualcarbon.security.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The data scope of the user logged in on this thread; anonymous callers have none. */
@Component
class PrincipalScopeResolver implements ScopeResolver {

    @Override
    public Optional<Scope> currentUserScope() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user.scope());
        }
        if (authentication != null && authentication.isAuthenticated()) {
            return Optional.of(Scope.none());
        }
        return Optional.empty();
    }
}
