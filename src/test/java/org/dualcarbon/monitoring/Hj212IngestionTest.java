package org.dualcarbon.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.monitoring.hj212.Hj212Commands;
import org.dualcarbon.monitoring.hj212.Hj212Cp;
import org.dualcarbon.monitoring.hj212.Hj212DataFlag;
import org.dualcarbon.monitoring.hj212.Hj212Deviation;
import org.dualcarbon.monitoring.hj212.Hj212Encoder;
import org.dualcarbon.monitoring.hj212.Hj212Flag;
import org.dualcarbon.monitoring.hj212.Hj212Frame;
import org.dualcarbon.monitoring.hj212.Hj212Measure;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * HJ 212-2017 data uploads through the ingestion: a real-time frame is stored with its period and flags; a wrong
 * CRC is rejected with the reason; a device sending CRC-16/MODBUS is rejected under the default strict setting and,
 * once its compatibility allows it, accepted with the deviation recorded on each reading.
 */
@PlatformTest
class Hj212IngestionTest {

    static final String MN = "010000A8900016F000169DC9";

    @Autowired
    MonitoringDevices devices;
    @Autowired
    MonitoringIngestion ingestion;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.dualcarbon.monitoring.internal.Hj212TcpServer tcp;

    long device;
    String topic;

    @BeforeEach
    void register() {
        CurrentUser official = (CurrentUser) users.loadUserByUsername("gov.province");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(official, null,
                official.getAuthorities()));
        Long existing = jdbc.queryForList("SELECT id FROM monitoring_device WHERE mn = ?", Long.class, MN).stream().findFirst()
                .orElse(null);
        if (existing == null) {
            long unit = jdbc.queryForObject("SELECT MIN(id) FROM emission_unit", Long.class);
            existing = devices.register(MN, "烟气CEMS数采仪", unit, "HJ212").device().id();
        }
        device = existing;
        topic = devices.device(device).topic("hj212");
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    static Hj212Frame realTime(LocalDateTime time, int ms) {
        return Hj212Frame.builder().qnAt(time.withNano(ms * 1_000_000)).st("31").cn(Hj212Commands.REAL_TIME_DATA).pw("123456")
                .mn(MN).flag(Hj212Flag.of(1, false, true))
                .cp(Hj212Cp.builder().dataTime(time)
                        .value("a05001", Hj212Measure.RTD, new BigDecimal("11.83")).flag("a05001", Hj212DataFlag.N)
                        .value("a00000", Hj212Measure.RTD, new BigDecimal("352000.5")).flag("a00000", Hj212DataFlag.N)
                        .value("a21026", Hj212Measure.RTD, new BigDecimal("35.2")).flag("a21026", Hj212DataFlag.T).build())
                .build();
    }

    @Test
    void aRealTimeFrameIsStoredWithItsPeriodAndFlags() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.ofHours(8)).withNano(0).minusMinutes(3);
        byte[] frame = new Hj212Encoder().encodeBytes(realTime(now, 101));
        IngestOutcome outcome = ingestion.accept(topic, frame);
        assertThat(outcome.status()).isEqualTo(IngestOutcome.Status.STORED);
        assertThat(outcome.values()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT flag FROM monitoring_reading WHERE device_id = ? AND code = 'a21026' AND data_time = ?",
                String.class, device, now)).isEqualTo("T");
        assertThat(jdbc.queryForObject("SELECT period FROM monitoring_reading WHERE device_id = ? AND code = 'a05001' AND data_time = ?",
                String.class, device, now)).isEqualTo("RT");
        assertThat(ingestion.accept(topic, frame).status()).isEqualTo(IngestOutcome.Status.DUPLICATE);

        // one character changed after the CRC was computed
        String text = new Hj212Encoder().encode(realTime(now.minusMinutes(1), 102)).replace("11.83", "11.84");
        IngestOutcome bad = ingestion.accept(topic, text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(bad.rejection().code()).isEqualTo(Rejection.Code.BAD_CRC);
        assertThat(bad.rejection().reason()).contains("CRC");
    }

    @Test
    void aModbusCrcDeviceIsAcceptedOnlyWhenItsSettingAllowsItAndTheDeviationIsRecorded() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.ofHours(8)).withNano(0).minusMinutes(10);
        byte[] modbus = Hj212Encoder.emulating(Hj212Deviation.MODBUS_CRC).encodeBytes(realTime(now, 201));
        IngestOutcome strict = ingestion.accept(topic, modbus);
        assertThat(strict.rejection().code()).isEqualTo(Rejection.Code.BAD_CRC);
        assertThat(strict.rejection().reason()).contains("MODBUS_CRC");

        assertThatThrownBy(() -> devices.setCompatibility(device, "SOMETHING_ELSE")).isInstanceOf(InvalidInputException.class);
        devices.setCompatibility(device, "MODBUS_CRC");
        try {
            assertThat(ingestion.accept(topic, modbus).status()).isEqualTo(IngestOutcome.Status.STORED);
            assertThat(jdbc.queryForList("SELECT DISTINCT deviations FROM monitoring_reading WHERE device_id = ? AND data_time = ?",
                    String.class, device, now)).containsExactly("MODBUS_CRC");
        } finally {
            devices.setCompatibility(device, "");
        }
    }

    @Test
    void aDataLoggerOnTcpIsStoredAndAnsweredWhenItAsks() throws Exception {
        int port = tcp.port();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.ofHours(8)).withNano(0).minusMinutes(20);
        Hj212Frame upload = realTime(now, 301);
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            // a line far longer than any frame first: cut off, kept as rejected, the connection carries on
            out.write(("##9999" + "A".repeat(20_000) + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(new Hj212Encoder().encodeBytes(upload));
            out.flush();
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII));
            String reply = in.readLine();
            assertThat(reply).startsWith("##").contains("CN=9014").contains("QN=" + upload.qn()).contains("MN=" + MN);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_reading WHERE device_id = ? AND data_time = ?", Long.class,
                device, now)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_rejected WHERE topic LIKE 'tcp:%' AND payload_size > 10240",
                Long.class)).isPositive();
    }

    @Test
    void aCommandThatCarriesNoReadingsIsRefusedAsSuch() {
        String published = "##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;"
                + "CP=&&RtdInterval=30&&1C80\r\n";
        IngestOutcome outcome = ingestion.accept(topic.replace(MN, "010000A8900016F000169DC0"),
                published.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(outcome.rejection().code()).isEqualTo(Rejection.Code.UNKNOWN_DEVICE);
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_reading WHERE device_id = ?", Long.class, device);
        byte[] ownCommand = published.replace("010000A8900016F000169DC0", MN).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        IngestOutcome command = ingestion.accept(topic, ownCommand);
        assertThat(command.status()).isEqualTo(IngestOutcome.Status.REJECTED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_reading WHERE device_id = ?", Long.class, device))
                .isEqualTo(before);
    }
}
