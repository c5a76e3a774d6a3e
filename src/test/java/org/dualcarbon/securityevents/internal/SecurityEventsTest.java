package org.dualcarbon.securityevents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dualcarbon.audit.AuditLog;
import org.dualcarbon.audit.AuditOutcome;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.ledger.LedgerVerification;
import org.dualcarbon.ledger.LedgerVerifier;
import org.dualcarbon.messaging.MqttGateway;
import org.dualcarbon.securityevents.DataClass;
import org.dualcarbon.securityevents.DataClassification;
import org.dualcarbon.securityevents.DataRetirement;
import org.dualcarbon.securityevents.SecurityEvents;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.PlatformTest;
import org.dualcarbon.support.WebSession;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Security events (issue 9 item 9): each detector raises one event per episode with a metric, a JSON log line and an
 * audit row; a failed ledger verification is CRITICAL; the security administrator reads and acknowledges them; every
 * table has a data class; the retirement job erases by rule, audited, and the ledger still verifies.
 */
@PlatformTest
class SecurityEventsTest {

    @Autowired
    SecurityEventDetectors detectors;
    @Autowired
    SecurityEventMapper store;
    @Autowired
    AuditLog audit;
    @Autowired
    MeterRegistry meters;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LedgerVerifier ledger;
    @Autowired
    ScopeContext scope;
    @Autowired
    MqttGateway mqtt;
    @Autowired
    DataClassification classification;
    @Autowired
    DataRetirement retirement;
    @LocalServerPort
    int port;

    private List<ILoggingEvent> siem(Runnable work) {
        Logger logger = (Logger) LoggerFactory.getLogger(SecurityEvents.LOG_CHANNEL);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            work.run();
        } finally {
            logger.detachAppender(appender);
        }
        return appender.list;
    }

    private long events(String kind, String subject) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM security_event WHERE kind = ? AND subject = ?", Long.class, kind, subject);
    }

    private double metric(String kind) {
        var counter = meters.find("dc.security.events").tag("kind", kind).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aBurstOfFailedLoginsFromOneAddressIsOneEventWithMetricLogLineAndAuditRow() {
        String address = "203.0.113.77";
        double before = metric("LOGIN_FAILURE_BURST");
        for (int i = 0; i < 10; i++) {
            audit.record("someone" + i, address, "LOGIN_FAILED", "SESSION", null, AuditOutcome.FAILURE, "BadCredentialsException");
        }
        List<ILoggingEvent> lines = siem(() -> scope.asSystem(detectors::scanNow));
        scope.asSystem(detectors::scanNow);
        assertThat(events("LOGIN_FAILURE_BURST", address)).isEqualTo(1);
        assertThat(metric("LOGIN_FAILURE_BURST")).isEqualTo(before + 1);
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.getFormattedMessage()).contains("LOGIN_FAILURE_BURST").contains(address);
            assertThat(line.getKeyValuePairs()).anySatisfy(kv -> assertThat(kv.key + "=" + kv.value).isEqualTo("event.category=security"));
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE event = 'SECURITY_EVENT_RAISED' AND object_id = ?",
                Long.class, address)).isEqualTo(1);
    }

    @Test
    void manyRefusedOrNotFoundRequestsOfOneUserAreAScopeViolationAttempt() {
        for (int i = 0; i < 20; i++) {
            audit.record("attack.scope", "198.51.100.9", i % 2 == 0 ? "NOT_FOUND" : "ACCESS_DENIED", "REQUEST",
                    "GET /api/enterprises/" + i, AuditOutcome.FAILURE, "404");
        }
        scope.asSystem(detectors::scanNow);
        assertThat(events("SCOPE_VIOLATION_ATTEMPTS", "attack.scope")).isEqualTo(1);
        assertThat(events("SCOPE_VIOLATION_ATTEMPTS", "anonymous")).isZero();
    }

    @Test
    void clientsTheBrokerRefusesAreAuditedAndRaiseAnEvent() throws Exception {
        for (int i = 0; i < 10; i++) {
            MqttClient client = new MqttClient(mqtt.brokerUrl(), "intruder-" + i, new MemoryPersistence());
            MqttConnectOptions options = new MqttConnectOptions();
            options.setUserName("INTRUDER01");
            options.setPassword("guess".toCharArray());
            options.setConnectionTimeout(5);
            options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1); // the default would retry with 3.1: two refusals
            try {
                client.connect(options);
                client.disconnect();
                throw new AssertionError("the broker let an unknown client in");
            } catch (MqttException refused) {
                assertThat(refused.getReasonCode()).isIn((int) MqttException.REASON_CODE_FAILED_AUTHENTICATION,
                        (int) MqttException.REASON_CODE_NOT_AUTHORIZED);
            } finally {
                client.close();
            }
        }
        scope.asSystem(detectors::scanNow);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE event = 'MQTT_REFUSED' AND username = 'INTRUDER01'",
                Long.class)).isEqualTo(10);
        assertThat(events("MQTT_AUTH_FAILURES", "INTRUDER01")).isEqualTo(1);
    }

    @Test
    void aFailedLedgerVerificationIsACriticalEvent() {
        long row = jdbc.queryForObject("SELECT MIN(id) FROM audit_log", Long.class);
        String detail = jdbc.queryForObject("SELECT detail FROM audit_log WHERE id = ?", String.class, row);
        jdbc.update("UPDATE audit_log SET detail = ? WHERE id = ?", "changed behind the platform's back", row);
        try {
            LedgerVerification result = scope.asSystem(() -> ledger.verify("test"));
            assertThat(result.ok()).isFalse();
            assertThat(jdbc.queryForObject("SELECT severity FROM security_event WHERE kind = 'LEDGER_VERIFICATION_FAILED' "
                    + "ORDER BY id DESC LIMIT 1", String.class)).isEqualTo("CRITICAL");
        } finally {
            jdbc.update("UPDATE audit_log SET detail = ? WHERE id = ?", detail, row);
        }
        assertThat(scope.asSystem(() -> ledger.verify("test")).ok()).isTrue();
    }

    @Test
    void theSecurityAdministratorReadsAndAcknowledgesOthersAreRefused() {
        jdbc.update("INSERT INTO security_event (kind, severity, subject, first_seen, last_seen, occurrences, detail, status) "
                + "VALUES ('LOCKOUT_BURST', 'HIGH', 'page-test', ?, ?, 3, '3 accounts locked', 'OPEN')",
                System.currentTimeMillis(), System.currentTimeMillis());
        long id = jdbc.queryForObject("SELECT id FROM security_event WHERE subject = 'page-test'", Long.class);
        WebSession secadmin = new WebSession(port);
        secadmin.login("secadmin", DemoFixture.PASSWORD);
        String page = secadmin.get("/security/events").body();
        assertThat(page).contains("data-event=\"" + id + "\"").contains("LOCKOUT_BURST");
        var empty = secadmin.postForm("/security/events/" + id + "/acknowledge", List.of(Map.entry("note", " "),
                Map.entry("_csrf", secadmin.csrfToken("/security/events"))));
        assertThat(empty.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT status FROM security_event WHERE id = ?", String.class, id)).isEqualTo("OPEN");
        secadmin.postForm("/security/events/" + id + "/acknowledge", List.of(Map.entry("note", "已封禁来源地址"),
                Map.entry("_csrf", secadmin.csrfToken("/security/events"))));
        assertThat(jdbc.queryForMap("SELECT status, acknowledged_by, note FROM security_event WHERE id = ?", id))
                .containsEntry("STATUS", "ACKNOWLEDGED").containsEntry("ACKNOWLEDGED_BY", "secadmin").containsEntry("NOTE", "已封禁来源地址");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE event = 'SECURITY_EVENT_ACKNOWLEDGED' AND object_id = ?",
                Long.class, String.valueOf(id))).isEqualTo(1);
        WebSession filler = new WebSession(port);
        filler.login("ent.filler", DemoFixture.PASSWORD);
        assertThat(filler.get("/security/events").statusCode()).isEqualTo(403);
        assertThat(filler.get("/security/data").statusCode()).isEqualTo(403);
    }

    @Test
    void everyTableOfTheSchemaHasADataClassAndEveryClassATable() {
        List<String> tables = jdbc.queryForList("SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'", String.class);
        assertThat(tables).isNotEmpty();
        assertThat(tables.stream().filter(t -> classification.of(t).isEmpty()).toList()).as("tables without a data class").isEmpty();
        Set<String> existing = Set.copyOf(tables);
        assertThat(classification.all().stream().map(DataClass::table).filter(t -> !t.endsWith("*"))
                .filter(t -> !existing.contains(t)).collect(Collectors.toList())).as("classes of tables that do not exist").isEmpty();
        assertThat(classification.of("audit_log")).get().satisfies(c -> assertThat(c.level()).isEqualTo(DataClass.Level.PERSONAL));
    }

    @Test
    void retirementErasesRowsPastTheirRetentionAuditedAndTheLedgerStillVerifies() {
        long day = 24L * 3600 * 1000;
        long now = System.currentTimeMillis();
        jdbc.update("INSERT INTO monitoring_rejected (topic, device_mn, reason_code, reason, payload_size, payload_head, received_at, scope_path) "
                + "VALUES ('dc/x/OLD/json', 'OLD', 'UNKNOWN_DEVICE', 'old', 1, 'x', ?, '/unassigned/')", new Timestamp(now - 200 * day));
        jdbc.update("INSERT INTO monitoring_rejected (topic, device_mn, reason_code, reason, payload_size, payload_head, received_at, scope_path) "
                + "VALUES ('dc/x/NEW/json', 'NEW', 'UNKNOWN_DEVICE', 'new', 1, 'x', ?, '/unassigned/')", new Timestamp(now - 10 * day));
        List<DataRetirement.Retired> runs = scope.asSystem(() -> retirement.run("test", now));
        assertThat(runs).anySatisfy(r -> {
            assertThat(r.table()).isEqualTo("monitoring_rejected");
            assertThat(r.rows()).isGreaterThanOrEqualTo(1);
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_rejected WHERE device_mn = 'OLD'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_rejected WHERE device_mn = 'NEW'", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE event = 'DATA_RETIRED' AND object_id = 'monitoring_rejected'",
                Long.class)).isPositive();
        assertThat(scope.asSystem(() -> ledger.verify("test")).ok()).isTrue();
    }
}
