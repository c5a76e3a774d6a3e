package org.dualcarbon.monitoring.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDateTime;
import org.dualcarbon.messaging.MqttGateway;
import org.dualcarbon.monitoring.MonitoringDevices;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import picocli.CommandLine;

/**
 * The standalone simulator reads the devices from the platform's API, logs in to the broker as a device and sends
 * what the platform stores; HJ 212 devices can send over the TCP listener instead. Its faults follow the rate asked for.
 */
@PlatformTest
class SimulatorCommandTest {

    @LocalServerPort
    int port;
    @Autowired
    MqttGateway mqtt;
    @Autowired
    MonitoringDevices devices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.dualcarbon.monitoring.internal.Hj212TcpServer tcp;

    @Test
    void oneRoundOfTheCommandIsStoredThroughTheBrokerAndTheTcpListener() throws Exception {
        CurrentUser official = (CurrentUser) users.loadUserByUsername("gov.province");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(official, null,
                official.getAuthorities()));
        long unit = jdbc.queryForObject("SELECT MIN(id) FROM emission_unit", Long.class);
        String secret = devices.register("CMDSIMJSON01", "模拟命令 JSON 终端", unit, "JSON").secret();
        devices.register("CMDSIMHJ01", "模拟命令 HJ212 数采仪", unit, "HJ212");
        SecurityContextHolder.clearContext();

        StringWriter err = new StringWriter();
        int exit = new CommandLine(new SimulatorCommand()).setErr(new PrintWriter(err)).execute(
                "--platform", "http://localhost:" + port, "--user", "gov.province", "--password", DemoFixture.PASSWORD,
                "--broker", mqtt.brokerUrl(), "--device-secret", secret, "--devices", "CMDSIMJSON01,CMDSIMHJ01",
                "--hj212-tcp", "127.0.0.1:" + tcp.port(), "--faults", "0", "--interval", "PT1S", "--duration", "PT0.5S");
        assertThat(exit).as(err.toString()).isZero();
        long deadline = System.currentTimeMillis() + 15_000;
        while (stored() < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(stored()).as("one message from each device").isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_rejected WHERE device_mn LIKE 'CMDSIM%'", Long.class)).isZero();
    }

    @Test
    void aWrongPlatformPasswordStopsTheCommandWithAReason() {
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new SimulatorCommand()).setErr(new PrintWriter(err)).execute(
                "--platform", "http://localhost:" + port, "--user", "gov.province", "--password", "wrong", "--duration", "PT1S");
        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("401");
    }

    @Test
    void injectedFaultsFollowTheRate() {
        SimulatedReadings readings = new SimulatedReadings(0.2, 7);
        SimulatedDevice hj212 = new SimulatedDevice(1, "MN0001", "91640181MA00000001", "HJ212");
        java.util.Map<SimulatedReadings.Fault, Integer> counts = new java.util.EnumMap<>(SimulatedReadings.Fault.class);
        LocalDateTime time = LocalDateTime.of(2026, 11, 24, 10, 0);
        for (int i = 0; i < 10_000; i++) {
            counts.merge(readings.next(hj212, time.plusMinutes(i)).fault(), 1, Integer::sum);
        }
        assertThat(counts.get(SimulatedReadings.Fault.NONE)).isBetween(7_700, 8_300);
        for (SimulatedReadings.Fault fault : java.util.List.of(SimulatedReadings.Fault.GAP, SimulatedReadings.Fault.DUPLICATE,
                SimulatedReadings.Fault.SPIKE, SimulatedReadings.Fault.BAD_CRC)) {
            assertThat(counts.get(fault)).as(fault.name()).isBetween(400, 600);
        }
    }

    private long stored() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_message m JOIN monitoring_device d ON d.id = m.device_id "
                + "WHERE d.mn LIKE 'CMDSIM%'", Long.class);
    }
}
