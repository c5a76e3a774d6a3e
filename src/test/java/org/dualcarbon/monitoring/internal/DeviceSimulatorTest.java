package org.dualcarbon.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.messaging.MqttGateway;
import org.dualcarbon.monitoring.MonitoringDevices;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** One round of the demo simulator reaches the ingestion for HJ 212 (MQTT and TCP) and JSON devices, without faults. */
@PlatformTest
class DeviceSimulatorTest {

    @Autowired
    MonitoringMapper store;
    @Autowired
    MqttGateway mqtt;
    @Autowired
    Hj212TcpServer tcp;
    @Autowired
    ScopeContext scope;
    @Autowired
    MonitoringDevices devices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void aRoundOfReadingsIsStored() throws Exception {
        CurrentUser official = (CurrentUser) users.loadUserByUsername("gov.province");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(official, null,
                official.getAuthorities()));
        long unit = jdbc.queryForObject("SELECT MAX(id) FROM emission_unit", Long.class);
        devices.register("SIMJSON0001", "模拟JSON终端", unit, "JSON");
        devices.register("SIMHJ2120001", "模拟HJ212数采仪 A", unit, "HJ212");
        devices.register("SIMHJ2120002", "模拟HJ212数采仪 B", unit, "HJ212");
        SecurityContextHolder.clearContext();
        new DeviceSimulator(true, 0, store, mqtt, tcp, scope).publishRound();
        long deadline = System.currentTimeMillis() + 15_000;
        while (stored() < 3 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(stored()).as("one message per simulated device").isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_rejected WHERE device_mn LIKE 'SIM%'", Long.class)).isZero();
    }

    private long stored() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_message m JOIN monitoring_device d ON d.id = m.device_id "
                + "WHERE d.mn LIKE 'SIM%'", Long.class);
    }
}
