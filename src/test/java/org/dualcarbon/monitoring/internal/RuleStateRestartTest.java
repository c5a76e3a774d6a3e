package org.dualcarbon.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.monitoring.MinuteAggregate;
import org.dualcarbon.monitoring.MonitoringAlarms;
import org.dualcarbon.monitoring.MonitoringDevices;
import org.dualcarbon.monitoring.MonitoringTestDevices;
import org.dualcarbon.monitoring.MonitoringWarning;
import org.dualcarbon.monitoring.MonitoringWarning.Cause;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A restart, played as a second rules session built from the same database: the platform's alarms are open for an
 * SO2 exceedance (device A) and a silence (device C), and device B last sent a minute two hours ago. The rebuilt session
 * does not raise A's exceedance again but clears it when SO2 comes back within the limit, keeps C's silence as one
 * alarm, and finds B silent — where a session started empty would raise A twice and forget B.
 */
@PlatformTest
class RuleStateRestartTest {

    static final LocalDateTime T0 = LocalDateTime.now(ZoneOffset.ofHours(8)).withSecond(0).withNano(0).minusHours(3);

    @Autowired
    MonitoringDevices devices;
    @Autowired
    MonitoringAlarms alarms;
    @Autowired
    RuleState state;
    @Autowired
    RollupMapper minutes;
    @Autowired
    ScopeContext scope;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void aSecondSessionFromTheSameDatabaseNeitherRaisesAnOpenAlarmAgainNorForgetsASilentDevice() {
        long a = MonitoringTestDevices.register("TESTRESTART0000000000000A", devices, jdbc, users);
        long b = MonitoringTestDevices.register("TESTRESTART0000000000000B", devices, jdbc, users);
        long c = MonitoringTestDevices.register("TESTRESTART0000000000000C", devices, jdbc, users);
        Long unit = jdbc.queryForObject("SELECT unit_id FROM monitoring_device WHERE id = ?", Long.class, a);
        alarms.onWarnings(List.of(
                new MonitoringWarning(true, a, unit, Cause.EXCEEDANCE, "a21026", "EXCEED.SO2", 41.0, T0.plusMinutes(30), T0),
                new MonitoringWarning(true, c, unit, Cause.SILENCE, "*", "SILENCE.ALL", null, T0.plusMinutes(61),
                        T0.plusMinutes(1))));
        String scopePath = jdbc.queryForObject("SELECT scope_path FROM monitoring_device WHERE id = ?", String.class, b);
        scope.asSystem(() -> minutes.upsertMinutes(List.of(
                new MinuteAggregate(b, unit, T0.plusMinutes(60), "a05001", 2, 2, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, "N", scopePath),
                new MinuteAggregate(c, unit, T0, "a05001", 2, 2, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, "N", scopePath))));
        assertThat(jdbc.queryForObject("SELECT condition_since FROM monitoring_alarm WHERE device_id = ? AND open_key IS NOT NULL",
                LocalDateTime.class, a)).as("the alarm keeps when its condition began").isEqualTo(T0);

        try (WarningSession restarted = WarningSession.shipped(); WarningSession empty = WarningSession.shipped()) {
            scope.asSystem(() -> state.restoreInto(restarted));
            List<MonitoringWarning> fromRestarted = new ArrayList<>();
            List<MonitoringWarning> fromEmpty = new ArrayList<>();
            for (int m = 31; m < 70; m++) {
                fromRestarted.addAll(restarted.feed(List.of(minute(a, unit, T0.plusMinutes(m), "40"))));
                fromEmpty.addAll(empty.feed(List.of(minute(a, unit, T0.plusMinutes(m), "40"))));
            }
            assertThat(fromRestarted).as("A's exceedance is open already").isEmpty();
            assertThat(fromEmpty).as("an empty session raises it a second time").extracting(MonitoringWarning::deviceId)
                    .containsExactly(a);
            assertThat(restarted.feed(List.of(minute(a, unit, T0.plusMinutes(70), "20")))).singleElement()
                    .satisfies(w -> assertThat(w.raised()).as("A clears, so its alarm can resolve").isFalse());

            long now = RuleMinute.epochMillis(T0.plusMinutes(180));
            List<MonitoringWarning> silence = restarted.tick(now).stream()
                    .filter(w -> w.deviceId() == b || w.deviceId() == c).toList();
            assertThat(silence).as("B is silent since its last minute; C's silence is open already").singleElement()
                    .satisfies(w -> {
                        assertThat(w.deviceId()).isEqualTo(b);
                        assertThat(w.cause()).isEqualTo(Cause.SILENCE);
                        assertThat(w.since()).isEqualTo(T0.plusMinutes(61));
                    });
            assertThat(empty.tick(now)).as("an empty session knows neither B nor C").noneMatch(w -> w.deviceId() == b || w.deviceId() == c);
            assertThat(restarted.feed(List.of(minute(c, unit, T0.plusMinutes(181), "200000")))).singleElement()
                    .satisfies(w -> {
                        assertThat(w.deviceId()).isEqualTo(c);
                        assertThat(w.raised()).as("C's open silence clears with its next minute").isFalse();
                    });
        }
    }

    static MinuteAggregate minute(long device, Long unit, LocalDateTime start, String value) {
        BigDecimal v = new BigDecimal(value);
        return new MinuteAggregate(device, unit, start, value.equals("200000") ? "a05001" : "a21026", 2, 2, v, v, v, "N",
                "/");
    }
}
