package org.dualcarbon.securityevents.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.dualcarbon.audit.AuditLog;
import org.dualcarbon.audit.AuditOutcome;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.ledger.LedgerVerification;
import org.dualcarbon.ledger.LedgerVerified;
import org.dualcarbon.ledger.LedgerVerifier;
import org.dualcarbon.messaging.MqttAccessRefused;
import org.dualcarbon.securityevents.SecurityEventSettings;
import org.dualcarbon.securityevents.SecurityEvents;
import org.dualcarbon.securityevents.SecurityEvents.Severity;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The detectors. Bursts are read from the audit log — which already holds every failed login, refused request and
 * broker refusal — over the last window, once a minute, so that every node sees the same counts. Broker refusals come
 * from Moquette's threads: they are queued here and written as audit rows by the scan, never on the broker's thread.
 */
@Component
@EnableConfigurationProperties(SecurityEventSettings.class)
class SecurityEventDetectors {

    static final String MQTT_REFUSED = "MQTT_REFUSED";
    private static final int QUEUE = 10_000;

    private final SecurityEventMapper store;
    private final SecurityEvents events;
    private final SecurityEventSettings settings;
    private final AuditLog audit;
    private final LedgerVerifier ledger;
    private final ScopeContext scope;
    private final BlockingQueue<MqttAccessRefused> brokerRefusals = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicLong overflow = new AtomicLong();

    SecurityEventDetectors(SecurityEventMapper store, SecurityEvents events, SecurityEventSettings settings, AuditLog audit,
                           LedgerVerifier ledger, ScopeContext scope) {
        this.store = store;
        this.events = events;
        this.settings = settings;
        this.audit = audit;
        this.ledger = ledger;
        this.scope = scope;
    }

    @EventListener
    void on(MqttAccessRefused refused) {
        if (!brokerRefusals.offer(refused)) {
            overflow.incrementAndGet(); // counted and reported by the next scan: a flood is itself the event
        }
    }

    @EventListener
    void on(LedgerVerified verified) {
        LedgerVerification result = verified.result();
        if (!result.ok()) {
            events.raise("LEDGER_VERIFICATION_FAILED", Severity.CRITICAL, "ledger", 1, "first broken record "
                    + result.firstBroken().seq() + " (" + result.firstBroken().type() + " " + result.firstBroken().objectId()
                    + "): " + result.firstBroken().reason() + "; run by " + verified.requestedBy());
        }
    }

    /** The nightly whole-ledger verification (a failure raises the event above through {@link LedgerVerified}). */
    @Scheduled(cron = "${dc.security-events.ledger-verify-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    void verifyLedgerNightly() {
        scope.asSystem((java.util.function.Supplier<LedgerVerification>) () -> ledger.verify("platform"));
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${dc.security-events.scan-interval:PT1M}")
    void scan() {
        scope.asSystem(this::scanNow);
    }

    void scanNow() {
        writeBrokerRefusals();
        long since = System.currentTimeMillis() - settings.window().toMillis();
        for (SecurityEventMapper.Burst b : store.bursts(List.of("LOGIN_FAILED"), "address", since, settings.failedLoginsPerAddress())) {
            events.raise("LOGIN_FAILURE_BURST", Severity.HIGH, b.subject(), b.occurrences(),
                    b.occurrences() + " failed logins from " + b.subject() + " within " + settings.window());
        }
        long locked = store.lockedAccounts(new Timestamp(System.currentTimeMillis()));
        if (locked >= settings.lockedAccounts()) {
            events.raise("LOCKOUT_BURST", Severity.HIGH, "accounts", (int) locked, locked + " accounts are locked at once");
        }
        for (SecurityEventMapper.Burst b : store.bursts(List.of("ACCESS_DENIED", "NOT_FOUND"), "user", since, settings.refusalsPerUser())) {
            events.raise("SCOPE_VIOLATION_ATTEMPTS", Severity.HIGH, b.subject(), b.occurrences(), b.subject() + " was refused or "
                    + "asked for objects outside the scope " + b.occurrences() + " times within " + settings.window());
        }
        for (SecurityEventMapper.Burst b : store.bursts(List.of(MQTT_REFUSED), "user", since, settings.mqttRefusalsPerClient())) {
            events.raise("MQTT_AUTH_FAILURES", Severity.HIGH, b.subject(), b.occurrences(), "the broker refused " + b.subject() + " "
                    + b.occurrences() + " times within " + settings.window());
        }
    }

    private void writeBrokerRefusals() {
        List<MqttAccessRefused> batch = new ArrayList<>();
        brokerRefusals.drainTo(batch);
        for (MqttAccessRefused r : batch) {
            String who = r.username() == null || r.username().isBlank() ? "client:" + r.clientId() : r.username();
            audit.record(who, null, MQTT_REFUSED, "MQTT", r.clientId(), AuditOutcome.FAILURE, r.reason());
        }
        long lost = overflow.getAndSet(0);
        if (lost > 0) {
            events.raise("MQTT_AUTH_FAILURES", Severity.CRITICAL, "broker", (int) Math.min(lost, Integer.MAX_VALUE),
                    lost + " broker refusals beyond the " + QUEUE + " queued within one scan (a flood)");
        }
    }
}
