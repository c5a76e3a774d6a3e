package org.dualcarbon.security;

import java.util.List;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.security.internal.UserMapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The policy in force and its versions. Read on every login and password change, from a copy at most 30 seconds old,
 * so a change reaches every node within half a minute; changed only by the security administrator, within the floors of
 * {@link SecurityPolicy#problems()}, as a new version with the reason, audited.
 */
@Service
public class SecurityPolicies {

    private static final long FRESH_MILLIS = 30_000;

    private final UserMapper store;
    private final ApplicationEventPublisher events;
    private volatile SecurityPolicy cached;
    private volatile long readAt;

    public SecurityPolicies(UserMapper store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    public SecurityPolicy current() {
        if (cached == null || System.currentTimeMillis() - readAt > FRESH_MILLIS) {
            cached = store.currentPolicy();
            readAt = System.currentTimeMillis();
        }
        return cached;
    }

    @PreAuthorize("hasAuthority('SECURITY_POLICY')")
    public List<SecurityPolicy> versions() {
        return store.policyVersions();
    }

    @PreAuthorize("hasAuthority('SECURITY_POLICY')")
    @Transactional
    public SecurityPolicy change(SecurityPolicy proposed, String by) {
        if (!proposed.problems().isEmpty()) {
            throw new InvalidInputException(proposed.problems());
        }
        SecurityPolicy before = store.currentPolicy();
        SecurityPolicy next = new SecurityPolicy(before.version() + 1, proposed.minLength(), proposed.charClasses(),
                proposed.historyCount(), proposed.maxFailures(), proposed.lockMinutes(), proposed.idleMinutes(), by,
                proposed.reason().strip());
        store.insertPolicy(next);
        events.publishEvent(new SecurityPolicyChanged(before, next));
        cached = next;
        readAt = System.currentTimeMillis();
        return next;
    }
}
