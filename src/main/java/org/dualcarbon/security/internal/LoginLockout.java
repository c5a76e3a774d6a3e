package org.dualcarbon.security.internal;

import org.dualcarbon.security.SecurityPolicies;
import org.dualcarbon.security.SecurityPolicy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Login lockout (GB/T 22239-2019 8.1.4.1 b); project default of security.md §1.1): after the policy's number of
 * consecutive wrong passwords ({@link SecurityPolicy#maxFailures()}, 5 by default) an account is locked for its lockout
 * time (15 minutes by default); a successful login clears the count. A locked
 * account is refused before its password is checked, so the lock tells nothing about the password tried. Kept in the
 * database so every node enforces it. Failed logins are audited by the audit module.
 */
@Component
class LoginLockout {


    private final UserMapper users;
    private final Clock clock;

    private final SecurityPolicies policies;

    LoginLockout(UserMapper users, Optional<Clock> clock, SecurityPolicies policies) {
        this.policies = policies;
        this.users = users;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** The account's lock and initial-password state now, in one read (it runs at every authentication). */
    UserMapper.LoginState state(String username) {
        return users.loginState(username, LocalDateTime.now(clock)).orElse(new UserMapper.LoginState(false, false));
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        SecurityPolicy policy = policies.current();
        users.recordFailedLogin(String.valueOf(event.getAuthentication().getName()), policy.maxFailures(),
                LocalDateTime.now(clock).plusMinutes(policy.lockMinutes()));
    }

    boolean locked(String username) {
        return state(username).locked();
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        // an account with a second factor has not succeeded until its code is accepted (else the password alone
        // would reset the count of wrong codes)
        if (!(event.getAuthentication().getPrincipal() instanceof org.dualcarbon.security.CurrentUser user)
                || !org.dualcarbon.security.SecondFactor.requiredFor(user.role())) {
            users.clearFailedLogins(event.getAuthentication().getName());
        }
    }

    void secondFactorSucceeded(String username) {
        users.clearFailedLogins(username);
    }
}
