package org.dualcarbon.audit.internal;

import org.dualcarbon.audit.AuditLog;
import org.dualcarbon.audit.AuditOutcome;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Logins, failed logins and logouts from Spring Security's events. A successful login is the interactive form login;
 * API clients authenticate every call with HTTP Basic and are not logged in, so their successes are not rows — their
 * failures are, like every failed attempt.
 */
@Component
class AuthenticationAudit {

    private final AuditLog audit;

    AuthenticationAudit(AuditLog audit) {
        this.audit = audit;
    }

    /** Published by the form-login filter only (not by HTTP Basic calls). */
    @EventListener
    void on(InteractiveAuthenticationSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), address(event.getAuthentication()), "LOGIN", "SESSION", null,
                AuditOutcome.SUCCESS, null);
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        // the reason's class only: the message could echo what was typed
        audit.record(event.getAuthentication().getName(), address(event.getAuthentication()), "LOGIN_FAILED", "SESSION", null,
                AuditOutcome.FAILURE, event.getException().getClass().getSimpleName());
    }

    /**
     * The client's address: the security filters run before the request is bound to the thread, so it is taken from
     * the details the login filter attached to the authentication (for a logout: the address the session logged in from).
     */
    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : AuditLog.currentAddress();
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), address(event.getAuthentication()), "LOGOUT", "SESSION", null,
                AuditOutcome.SUCCESS, null);
    }
}
