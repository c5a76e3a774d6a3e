package org.dualcarbon.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.dualcarbon.activity.ActivityQueries;
import org.dualcarbon.activity.UnitMonthRecord;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.emissions.AccountingRun;
import org.dualcarbon.emissions.AnnualAccounting;
import org.dualcarbon.monitoring.MinuteAggregate;
import org.dualcarbon.monitoring.MonitoringDevices;
import org.dualcarbon.monitoring.MonitoringReconciliation;
import org.dualcarbon.monitoring.MonitoringTestDevices;
import org.dualcarbon.monitoring.UnitReconciliation;
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
 * A unit of the demo enterprise with its 2025 accounting run (org.dualcarbon.emissions) and a CEMS that reports CO2
 * (a05001, 200,000 mg/m³) and flue-gas flow (a00000, m³/s, taken as standard dry) every minute of March 2025 — except
 * 10 March 00:00–05:59 (calibration, flag C: 6 invalid hours) and all of 20 March (no data: 24 missing hours). The
 * flow is set so that the measured month is 1.25 × the accounted month: the reconciliation shows 714 of 744 valid
 * hours (95.97 %), the run and the month's and year's tce it apportioned by, a difference of +25 % flagged by the
 * RECONCILE.CO2 row (10 %, platform default), and the hours behind the measured figure.
 */
@PlatformTest
class ReconciliationEndToEndTest {

    static final YearMonth MARCH = YearMonth.of(2025, 3);
    static final BigDecimal CO2 = new BigDecimal("200000");
    static final int VALID_HOURS = 31 * 24 - 6 - 24;

    @Autowired
    MonitoringDevices devices;
    @Autowired
    DeviceRollups rollups;
    @Autowired
    RollupMapper store;
    @Autowired
    MonitoringReconciliation reconciliation;
    @Autowired
    AnnualAccounting accounting;
    @Autowired
    ActivityQueries activity;
    @Autowired
    ScopeContext scope;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aMonthOfCemsReadingsIsSetAgainstTheAccountedMonthAndTheDifferenceIsFlaggedWithItsSources() throws Exception {
        long device = MonitoringTestDevices.register("TESTRECONCILE00000000001", devices, jdbc, users);
        long unit = jdbc.queryForObject("SELECT unit_id FROM monitoring_device WHERE id = ?", Long.class, device);
        long enterprise = jdbc.queryForObject("SELECT enterprise_id FROM monitoring_device WHERE id = ?", Long.class, device);
        CurrentUser official = (CurrentUser) users.loadUserByUsername("gov.province");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(official, null,
                official.getAuthorities()));
        if (accounting.current(enterprise, 2025).stream().noneMatch(r -> r.unitId() == unit)) {
            accounting.accountYear(enterprise, 2025, "gov.province");
        }
        AccountingRun run = accounting.current(enterprise, 2025).stream().filter(r -> r.unitId() == unit).findFirst()
                .orElseThrow();
        BigDecimal monthTce = BigDecimal.ZERO;
        BigDecimal yearTce = BigDecimal.ZERO;
        for (UnitMonthRecord r : activity.ofUnit(unit, 2025)) {
            if (r.tce() != null) {
                yearTce = yearTce.add(r.tce());
                monthTce = r.month() == 3 ? monthTce.add(r.tce()) : monthTce;
            }
        }
        assertThat(monthTce.signum()).as("the demo unit used energy in March 2025").isPositive();
        double accounted = run.direct().doubleValue() * monthTce.doubleValue() / yearTce.doubleValue();

        // kg/h = C (mg/m³) × Q (m³/h) × 10⁻⁶ (domain.md §8.3) → Q = kg/h ÷ 0.2; HJ 212 sends a00000 in m³/s
        BigDecimal kgPerHour = BigDecimal.valueOf(accounted * 1.25 * 1000 / VALID_HOURS);
        BigDecimal flowPerSecond = kgPerHour.divide(new BigDecimal("0.2"), 12, RoundingMode.HALF_UP)
                .divide(new BigDecimal("3600"), 6, RoundingMode.HALF_UP);
        feedMarch(device, unit, flowPerSecond);

        UnitReconciliation row = reconciliation.month(MARCH).stream().filter(r -> r.unitId() == unit).findFirst().orElseThrow();
        assertThat(row.validHours()).isEqualTo(VALID_HOURS);
        assertThat(row.expectedHours()).isEqualTo(744);
        assertThat(row.coveragePercent()).isEqualByComparingTo("95.97");
        assertThat(row.apportionment().runId()).isEqualTo(run.id());
        assertThat(row.apportionment().monthTce()).isEqualByComparingTo(monthTce);
        assertThat(row.apportionment().yearTce()).isEqualByComparingTo(yearTce);
        assertThat(row.accountedTonnes().doubleValue()).isCloseTo(accounted, within(0.0001 + accounted * 1e-9));
        assertThat(row.measuredTonnes().doubleValue()).isCloseTo(accounted * 1.25, within(accounted * 1e-4));
        assertThat(row.differencePercent().doubleValue()).isCloseTo(25.0, within(0.02));
        assertThat(row.flaggedBy()).isEqualTo("RECONCILE.CO2");
        assertThat(row.limitPercent()).isEqualTo(10.0);

        CurrentUser filler = (CurrentUser) users.loadUserByUsername("ent.filler");
        mvc.perform(get("/monitoring/reconciliation?month=2025-03").with(user(filler))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-unit=\"" + unit + "\"")))
                .andExpect(content().string(containsString(VALID_HOURS + " / 744")))
                .andExpect(content().string(containsString("href=\"/emissions/runs/" + run.id() + "\"")))
                .andExpect(content().string(containsString("RECONCILE.CO2")));
        mvc.perform(get("/monitoring/reconciliation/units/" + unit + "?month=2025-03").with(user(filler)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span data-testid=\"valid-hours\">" + VALID_HOURS + "</span>")))
                .andExpect(content().string(containsString("data-hour=\"2025-03-10T05:00\" data-valid=\"false\"")))
                .andExpect(content().string(containsString("data-hour=\"2025-03-10T06:00\" data-valid=\"true\"")))
                .andExpect(content().string(containsString("2025-03-21 00:00")));
    }

    /** Every minute of March but 20 March; 10 March 00:00–05:59 flagged C (calibration: not valid). */
    private void feedMarch(long device, long unit, BigDecimal flowPerSecond) {
        String scopePath = jdbc.queryForObject("SELECT scope_path FROM monitoring_device WHERE id = ?", String.class, device);
        TreeSet<LocalDateTime> touched = new TreeSet<>();
        List<MinuteAggregate> batch = new ArrayList<>();
        for (LocalDateTime t = MARCH.atDay(1).atStartOfDay(); t.isBefore(MARCH.plusMonths(1).atDay(1).atStartOfDay());
             t = t.plusMinutes(1)) {
            if (t.getDayOfMonth() == 20) {
                continue;
            }
            boolean calibrating = t.getDayOfMonth() == 10 && t.getHour() < 6;
            batch.add(minute(device, unit, t, "a05001", CO2, calibrating, scopePath));
            batch.add(minute(device, unit, t, "a00000", flowPerSecond, calibrating, scopePath));
            touched.add(t);
            if (batch.size() >= 1000) {
                List<MinuteAggregate> chunk = List.copyOf(batch);
                scope.asSystem(() -> store.upsertMinutes(chunk));
                batch.clear();
            }
        }
        scope.asSystem(() -> {
            store.upsertMinutes(batch);
            rollups.rollUp(rollups.device(device), touched);
        });
    }

    private static MinuteAggregate minute(long device, long unit, LocalDateTime start, String code, BigDecimal value,
                                          boolean calibrating, String scopePath) {
        return calibrating
                ? new MinuteAggregate(device, unit, start, code, 2, 0, null, null, null, "C", scopePath)
                : new MinuteAggregate(device, unit, start, code, 2, 2, value, value, value, "N", scopePath);
    }
}
