package org.dualcarbon.monitoring.internal;

import java.nio.charset.StandardCharsets;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.messaging.DeviceCredentials;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Checks a device's broker login against its registered, hashed secret (embedded broker). */
@Component
class DeviceSecrets implements DeviceCredentials {

    private final MonitoringMapper store;
    private final PasswordEncoder passwords;
    private final ScopeContext scope;

    DeviceSecrets(MonitoringMapper store, PasswordEncoder passwords, ScopeContext scope) {
        this.store = store;
        this.passwords = passwords;
        this.scope = scope;
    }

    @Override
    public boolean valid(String mn, byte[] secret) {
        return scope.asSystem(() -> store.activeSecretHash(mn))
                .map(hash -> passwords.matches(new String(secret, StandardCharsets.UTF_8), hash)).orElse(false);
    }
}
