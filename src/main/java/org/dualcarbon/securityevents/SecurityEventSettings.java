package org.dualcarbon.securityevents;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Detection settings ({@code dc.security-events.*}); the thresholds are platform defaults [practice] — GB/T 22239 asks
 * for detection and alerting, not for numbers: within {@code window}, {@code failedLoginsPerAddress} failed logins from one
 * address, {@code lockedAccounts} accounts locked at once, {@code refusalsPerUser} refused or not-found requests of one
 * user, {@code mqttRefusalsPerClient} broker refusals of one client.
 */
@ConfigurationProperties("dc.security-events")
public record SecurityEventSettings(@DefaultValue("PT10M") Duration window, @DefaultValue("10") int failedLoginsPerAddress,
                                    @DefaultValue("3") int lockedAccounts, @DefaultValue("20") int refusalsPerUser,
                                    @DefaultValue("10") int mqttRefusalsPerClient,
                                    @DefaultValue("0 30 2 * * *") String ledgerVerifyCron) {
}
