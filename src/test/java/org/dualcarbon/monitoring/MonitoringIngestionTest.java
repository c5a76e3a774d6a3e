package org.dualcarbon.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.dualcarbon.messaging.MqttGateway;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A device publishes through the real broker (embedded, or Mosquitto in CI) and its readings are stored once; a
 * redelivered message stores nothing; every kind of bad message is kept with its reason and stores no reading.
 */
@PlatformTest
class MonitoringIngestionTest {

    static final String MN = "TEST0000000000000000A001";
    static String secret;
    static final DateTimeFormatter QN = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    @Autowired
    MonitoringDevices devices;
    @Autowired
    MonitoringIngestion ingestion;
    @Autowired
    MqttGateway mqtt;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.dualcarbon.messaging.MqttProperties mqttProperties;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private long register() {
        Long existing = jdbc.queryForList("SELECT id FROM monitoring_device WHERE mn = ?", Long.class, MN).stream().findFirst()
                .orElse(null);
        if (existing != null) {
            return existing;
        }
        CurrentUser official = (CurrentUser) users.loadUserByUsername("gov.province");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(official, null,
                official.getAuthorities()));
        long unit = jdbc.queryForObject("SELECT MIN(u.id) FROM emission_unit u JOIN app_user a ON a.enterprise_id = u.enterprise_id "
                + "WHERE a.username = 'ent.filler'", Long.class);
        MonitoringDevices.Registered registered = devices.register(MN, "1号锅炉CEMS", unit, "JSON");
        secret = registered.secret();
        long id = registered.device().id();
        SecurityContextHolder.clearContext();
        return id;
    }

    static byte[] message(String mn, LocalDateTime beijing, String qnSuffix) {
        String qn = beijing.format(QN).substring(0, 14) + qnSuffix;
        String time = beijing.atOffset(ZoneOffset.ofHours(8)).toString();
        return ("{\"mn\":\"" + mn + "\",\"qn\":\"" + qn + "\",\"dataTime\":\"" + time + "\",\"values\":["
                + "{\"code\":\"a05001\",\"kind\":\"Avg\",\"value\":12.5,\"flag\":\"N\"},"
                + "{\"code\":\"a00000\",\"kind\":\"Avg\",\"value\":350000,\"flag\":\"N\"},"
                + "{\"code\":\"z99999\",\"kind\":\"Rtd\",\"value\":1}]}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aMessageThroughTheBrokerIsStoredOnceAndAcknowledged() throws Exception {
        long device = register();
        long before = readings(device);
        long messagesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_message WHERE device_id = ?", Long.class, device);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.ofHours(8)).withNano(0);
        byte[] payload = message(MN, now.minusMinutes(5), "001");
        String topic = topic();
        mqtt.publish(topic, payload, 1);
        mqtt.publish(topic, payload, 1);
        long deadline = System.currentTimeMillis() + 15_000;
        while (readings(device) < before + 3 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(500);
        assertThat(readings(device)).as("three values, stored once").isEqualTo(before + 3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_message WHERE device_id = ?", Long.class, device))
                .isEqualTo(messagesBefore + 1);
        assertThat(jdbc.queryForObject("SELECT known_code FROM monitoring_reading WHERE device_id = ? AND code = 'z99999' LIMIT 1",
                Boolean.class, device)).as("an unknown code is stored and flagged").isFalse();
        assertThat(ingestion.accept(topic, payload).status()).isEqualTo(IngestOutcome.Status.DUPLICATE);

        CurrentUser official = (CurrentUser) users.loadUserByUsername("gov.province");
        mvc.perform(get("/monitoring/devices").with(user(official))).andExpect(status().isOk())
                .andExpect(content().string(containsString(MN))).andExpect(content().string(containsString("data-status=\"online\"")));
        mvc.perform(get("/monitoring/devices/" + device).with(user(official))).andExpect(status().isOk())
                .andExpect(content().string(containsString("a05001")));
    }

    @Test
    void aMixedBatchAnswersEachMessageInOrderAndStoresEachOnce() {
        long device = register();
        long before = readings(device);
        long rejectedBefore = jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_rejected", Long.class);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.ofHours(8)).withNano(0);
        byte[] first = message(MN, now.minusMinutes(20), "101");
        byte[] second = message(MN, now.minusMinutes(19), "102");
        String topic = topic();
        var outcomes = ingestion.acceptBatch(java.util.List.of(
                new MqttGateway.Received(topic, first),
                new MqttGateway.Received(topic, first),
                new MqttGateway.Received("dc/not/a/valid/topic", first),
                new MqttGateway.Received(topic, second),
                new MqttGateway.Received(topic.replace(MN, "NOSUCHDEVICE"), second)));
        assertThat(outcomes).extracting(IngestOutcome::status).containsExactly(IngestOutcome.Status.STORED,
                IngestOutcome.Status.DUPLICATE, IngestOutcome.Status.REJECTED, IngestOutcome.Status.STORED,
                IngestOutcome.Status.REJECTED);
        assertThat(outcomes.get(4).rejection().code()).isEqualTo(Rejection.Code.UNKNOWN_DEVICE);
        assertThat(readings(device)).as("two messages of three values").isEqualTo(before + 6);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_rejected", Long.class)).isEqualTo(rejectedBefore + 2);
        assertThat(ingestion.acceptBatch(java.util.List.of(new MqttGateway.Received(topic, second))))
                .extracting(IngestOutcome::status).as("redelivered in a later batch").containsExactly(IngestOutcome.Status.DUPLICATE);
    }

    @Test
    void badMessagesAreKeptWithTheirReasonAndStoreNothing() throws Exception {
        long device = register();
        long before = readings(device);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.ofHours(8)).withNano(0);
        String topic = topic();
        String uscc = topic.split("/")[1];
        assertRejected("dc/" + uscc + "/NOSUCHDEVICE/json", message("NOSUCHDEVICE", now, "002"), Rejection.Code.UNKNOWN_DEVICE);
        assertRejected("dc/91640000MA0000000X/" + MN + "/json", message(MN, now, "009"), Rejection.Code.TOPIC_MISMATCH);
        assertRejected(topic, message("OTHERDEVICE", now, "003"), Rejection.Code.TOPIC_MISMATCH);
        assertRejected(topic, "{\"mn\":".getBytes(StandardCharsets.UTF_8), Rejection.Code.BAD_SCHEMA);
        assertRejected(topic, new byte[] {(byte) 0xC3, (byte) 0x28, 0x41}, Rejection.Code.NOT_UTF8);
        assertRejected(topic, new byte[MonitoringIngestion.MAX_PAYLOAD + 1], Rejection.Code.PAYLOAD_TOO_LARGE);
        assertRejected(topic, message(MN, now.plusDays(2), "004"), Rejection.Code.FUTURE_TIMESTAMP);
        assertRejected(topic, message(MN, now.minusDays(40), "005"), Rejection.Code.OUTSIDE_WINDOW);
        assertRejected("devices/" + MN, message(MN, now, "006"), Rejection.Code.BAD_TOPIC);
        assertRejected(topic, new String(message(MN, now, "007"), StandardCharsets.UTF_8).replace("\"Avg\"", "\"Average\"")
                .getBytes(StandardCharsets.UTF_8), Rejection.Code.BAD_SCHEMA);
        assertThat(readings(device)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT reason FROM monitoring_rejected WHERE reason_code = 'BAD_SCHEMA' ORDER BY id DESC "
                + "LIMIT 1", String.class)).contains("values[0].kind");

        // late data (补发) inside the window is stored and marked late
        assertThat(ingestion.accept(topic, message(MN, now.minusHours(5), "008")).status()).isEqualTo(IngestOutcome.Status.STORED);
        assertThat(jdbc.queryForObject("SELECT late FROM monitoring_message WHERE device_id = ? ORDER BY id DESC LIMIT 1",
                Boolean.class, device)).isTrue();

        CurrentUser sysadmin = (CurrentUser) users.loadUserByUsername("sysadmin");
        mvc.perform(get("/monitoring/rejected").with(user(sysadmin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("UNKNOWN_DEVICE")));
        // an official whose division does not hold the device does not see it
        String path = jdbc.queryForObject("SELECT scope_path FROM monitoring_device WHERE id = ?", String.class, device);
        CurrentUser other = (CurrentUser) users.loadUserByUsername(path.contains("/640181/") ? "gov.city" : "gov.district");
        if (!other.scope().covers(path)) {
            mvc.perform(get("/monitoring/devices/" + device).with(user(other))).andExpect(status().isNotFound());
        }
    }

    @Test
    void onTheEmbeddedBrokerADeviceLogsInWithItsSecretAndPublishesOnlyItsOwnData() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(mqttProperties.embedded(), "the embedded broker's accounts (CI runs Mosquitto "
                + "with docker/mosquitto/acl, tested by MosquittoShippedConfigTest)");
        long device = register();
        String topic = topic();
        org.eclipse.paho.client.mqttv3.MqttConnectOptions options = new org.eclipse.paho.client.mqttv3.MqttConnectOptions();
        options.setUserName(MN);
        options.setPassword("wrong".toCharArray());
        var client = new org.eclipse.paho.client.mqttv3.MqttClient(mqtt.brokerUrl(), "test-device-" + System.nanoTime(),
                new org.eclipse.paho.client.mqttv3.persist.MemoryPersistence());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.connect(options)).as("wrong secret")
                .isInstanceOf(org.eclipse.paho.client.mqttv3.MqttException.class);
        var anonymous = new org.eclipse.paho.client.mqttv3.MqttConnectOptions();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.connect(anonymous)).as("anonymous")
                .isInstanceOf(org.eclipse.paho.client.mqttv3.MqttException.class);
        options.setPassword(secret.toCharArray());
        client.setTimeToWait(3000);
        client.connect(options);
        long before = readings(device);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.ofHours(8)).withNano(0);
        client.publish(topic, message(MN, now.minusMinutes(1), "012"), 1, false);
        // on another device's topic the broker refuses: no acknowledgement, nothing delivered
        String otherTopic = topic.replace("/" + MN + "/", "/DC000000000001/");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.publish(otherTopic, message("DC000000000001", now, "011"),
                1, false)).isInstanceOf(org.eclipse.paho.client.mqttv3.MqttException.class);
        long deadline = System.currentTimeMillis() + 10_000;
        while (readings(device) < before + 3 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        client.disconnectForcibly(1000, 1000);
        client.close(true);
        assertThat(readings(device)).isEqualTo(before + 3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_message m JOIN monitoring_device d ON d.id = m.device_id "
                + "WHERE d.mn = 'DC000000000001' AND m.qn LIKE '%011'", Long.class)).as("the spoofed message is refused").isZero();
    }

    @Test
    void aFloodFromOneDeviceIsRefusedWithoutTouchingAnother() {
        register();
        String flooder = "FLOOD0000000000000000001";
        CurrentUser official = (CurrentUser) users.loadUserByUsername("gov.province");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(official, null,
                official.getAuthorities()));
        long unit = jdbc.queryForObject("SELECT MAX(id) FROM emission_unit", Long.class);
        String floodTopic = devices.register(flooder, "洪泛测试终端", unit, "JSON").device().topic("json");
        SecurityContextHolder.clearContext();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.ofHours(8)).withNano(0).minusMinutes(30);
        int refused = 0;
        for (int i = 0; i < 400; i++) {
            String qn = String.format("%03d", i % 1000);
            IngestOutcome outcome = ingestion.accept(floodTopic, message(flooder, now.plusSeconds(i), qn));
            if (outcome.status() == IngestOutcome.Status.REJECTED) {
                assertThat(outcome.rejection().code()).isEqualTo(Rejection.Code.RATE_LIMITED);
                refused++;
            }
        }
        assertThat(refused).as("beyond the burst of 200 the device is held back").isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_rejected WHERE reason_code = 'RATE_LIMITED'", Long.class))
                .isEqualTo(refused);
        // the other device is not held back
        assertThat(ingestion.accept(topic(), message(MN, now.plusMinutes(20), "777")).status()).isEqualTo(IngestOutcome.Status.STORED);
    }

    @Test
    void aManagerRegistersADeviceOnThePageAndSeesItsSecretOnce() throws Exception {
        CurrentUser manager = (CurrentUser) users.loadUserByUsername("ent.manager");
        long unit = jdbc.queryForObject("SELECT MIN(u.id) FROM emission_unit u JOIN app_user a ON a.enterprise_id = u.enterprise_id "
                + "WHERE a.username = 'ent.manager'", Long.class);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/monitoring/devices").with(user(manager))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("mn", "PAGE0000000000000000001").param("name", "2号锅炉CEMS").param("unitId", String.valueOf(unit))
                        .param("protocol", "HJ212"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"secret\"")));
        String hash = jdbc.queryForObject("SELECT secret_hash FROM monitoring_device WHERE mn = 'PAGE0000000000000000001'", String.class);
        assertThat(hash).doesNotContain("PAGE").startsWith("{");
        // the same MN again, and a bad MN: the field is named, nothing stored
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/monitoring/devices").with(user(manager))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("mn", "PAGE0000000000000000001").param("name", "x").param("unitId", String.valueOf(unit))
                        .param("protocol", "HJ212"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("registered already")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/monitoring/devices").with(user(manager))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("mn", "bad mn!").param("name", "x").param("unitId", String.valueOf(unit)).param("protocol", "HJ212"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-field=\"mn\"")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_device WHERE mn LIKE 'PAGE%'", Long.class)).isEqualTo(1);
    }

    private String topic() {
        return jdbc.queryForObject("SELECT CONCAT('dc/', e.uscc, '/', d.mn, '/json') FROM monitoring_device d "
                + "JOIN enterprise e ON e.id = d.enterprise_id WHERE d.mn = ?", String.class, MN);
    }

    private void assertRejected(String topic, byte[] payload, Rejection.Code code) {
        long rejected = jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_rejected WHERE reason_code = ?", Long.class, code.name());
        IngestOutcome outcome = ingestion.accept(topic, payload);
        assertThat(outcome.status()).as(code.name()).isEqualTo(IngestOutcome.Status.REJECTED);
        assertThat(outcome.rejection().code()).isEqualTo(code);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_rejected WHERE reason_code = ?", Long.class, code.name()))
                .isEqualTo(rejected + 1);
    }

    private long readings(long device) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_reading WHERE device_id = ?", Long.class, device);
    }
}
