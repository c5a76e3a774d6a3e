package org.dualcarbon.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.dualcarbon.monitoring.MonitoringAlarms;
import org.dualcarbon.monitoring.MonitoringDevices;
import org.dualcarbon.monitoring.MonitoringWarning;
import org.dualcarbon.monitoring.MonitoringWarning.Cause;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.PlatformTest;
import org.dualcarbon.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Monitoring alarms in the auditors' process history (issue 9 item 3): an alarm's process instance is listed and opens
 * for a reader whose scope covers the alarm's unit, and answers 404 to one whose scope does not.
 */
@PlatformTest
class AlarmHistoryTest {

    private static final String MN = "HISTALARM01";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MonitoringDevices devices;
    @Autowired
    MonitoringAlarms alarms;
    @Autowired
    UserDetailsService users;

    @Test
    void anAlarmsInstanceIsShownWithinTheScopeOfItsUnitOnly() {
        long device = device();
        alarms.onWarnings(List.of(new MonitoringWarning(true, device, null, Cause.EXCEEDANCE, "a21026", "TEST.HISTORY", 41.0,
                LocalDateTime.of(2026, 6, 1, 8, 30))));
        String instance = jdbc.queryForObject("SELECT process_instance FROM monitoring_alarm WHERE device_id = ? "
                + "ORDER BY id DESC LIMIT 1", String.class, device);
        assertThat(instance).isNotNull();

        WebSession auditor = new WebSession(port);
        auditor.login("auditor", DemoFixture.PASSWORD);
        assertThat(auditor.get("/audit/processes?process=monitoringAlarm&year=2026").body()).contains("监测报警 " + MN)
                .contains(instance);
        assertThat(auditor.get("/audit/processes/" + instance).statusCode()).isEqualTo(200);

        WebSession city = new WebSession(port);
        city.login("gov.city", DemoFixture.PASSWORD);
        assertThat(city.get("/audit/processes?process=monitoringAlarm").body()).doesNotContain(MN);
        assertThat(city.get("/audit/processes/" + instance).statusCode()).isEqualTo(404);
    }

    /** A device on a unit outside 银川市 (640100), registered by the province's official. */
    private long device() {
        List<Long> existing = jdbc.queryForList("SELECT id FROM monitoring_device WHERE mn = ?", Long.class, MN);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        CurrentUser official = (CurrentUser) users.loadUserByUsername("gov.province");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(official, null,
                official.getAuthorities()));
        try {
            long unit = jdbc.queryForObject("SELECT MIN(id) FROM emission_unit WHERE scope_path NOT LIKE '/640000/640100/%'", Long.class);
            return devices.register(MN, "审计查阅报警测试", unit, "JSON").device().id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
