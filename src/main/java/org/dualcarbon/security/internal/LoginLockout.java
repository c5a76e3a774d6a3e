package org.dualcarbon.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Login lockout (GB/T 22239-2019 8.1.4.1 b); project default of security.md §1.1): after {@link #MAX_FAILURES}
 * consecutive wrong passwords an account is locked for {@link #LOCK}; a successful login clears the count. A locked
 * account is refused before its password is checked, so the lock tells nothing about the password tried. Kept in the
 * database so every node enforces it. Failed logins are audited by the audit module.
 */
@Component
class LoginLockout {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final UserMapper users;
    private final Clock clock;

    LoginLockout(UserMapper users, Optional<Clock> clock) {
        this.users = users;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** The account's lock and initial-password state now, in one read (it runs at every authentication). */
    UserMapper.LoginState state(String username) {
        return users.loginState(username, LocalDateTime.now(clock)).orElse(new UserMapper.LoginState(false, false));
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        users.recordFailedLogin(String.valueOf(event.getAuthentication().getName()), MAX_FAILURES,
                LocalDateTime.now(clock).plus(LOCK));
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
