package org.dualcarbon.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dualcarbon.messaging.MqttGateway;
import org.dualcarbon.monitoring.MonitoringDevices;
import org.dualcarbon.monitoring.MonitoringIngestion;
import org.dualcarbon.monitoring.MonitoringTestDevices;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Ingestion → after the commit, 1-minute aggregates → hour, day and month roll-ups → hourly CO2 mass → unit sums, on
 * the platform's own database. A complete hour of a CEMS reporting CO2 200,000 mg/m³ and a standard dry flow of
 * 100 m³/s gives 200,000 × 360,000 × 10⁻⁶ = 72,000 kg (domain.md §8.3).
 */
@PlatformTest
class MinuteAggregationTest {

    static final String MN = "TESTAGG00000000000000001";

    @Autowired
    MonitoringIngestion ingestion;
    @Autowired
    MinuteAggregation aggregation;
    @Autowired
    MonitoringDevices devices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void aCompleteHourBecomesMinutesRollUpsAndAnHourlyCo2MassOfTheUnit() throws Exception {
        long device = MonitoringTestDevices.register(MN, devices, jdbc, users);
        String uscc = MonitoringTestDevices.uscc(device, jdbc);
        LocalDateTime hour = LocalDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.HOURS).minusHours(3);
        List<MqttGateway.Received> batch = new ArrayList<>();
        for (int minute = 0; minute < 61; minute++) {
            for (int second : new int[] {0, 30}) {
                batch.add(MonitoringTestDevices.message(uscc, MN, hour.plusMinutes(minute).plusSeconds(second),
                        "a05001", minute == 7 && second == 30 ? "100000" : "200000", "a00000", "100"));
            }
        }
        ingestion.acceptBatch(batch);
        assertThat(aggregation.drain()).as("device-minutes aggregated").isEqualTo(61);

        Map<String, Object> minute7 = jdbc.queryForMap("SELECT sample_count, valid_count, min_value, max_value, mean_value "
                + "FROM monitoring_minute WHERE device_id = ? AND minute_start = ? AND code = 'a05001'", device, hour.plusMinutes(7));
        assertThat(minute7.get("sample_count")).isEqualTo(2);
        assertThat((BigDecimal) minute7.get("min_value")).isEqualByComparingTo("100000");
        assertThat((BigDecimal) minute7.get("mean_value")).isEqualByComparingTo("150000");

        Map<String, Object> hourRow = jdbc.queryForMap("SELECT part_count, valid_parts, valid FROM monitoring_rollup "
                + "WHERE device_id = ? AND period = 'HOUR' AND period_start = ? AND code = 'a00000'", device, hour);
        assertThat(hourRow.get("part_count")).isEqualTo(60);
        assertThat(hourRow.get("valid")).isEqualTo(true);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_rollup WHERE device_id = ? AND period IN ('DAY', 'MONTH')",
                Long.class, device)).as("a day and a month row per code").isGreaterThanOrEqualTo(4);

        // hourly mean CO2 = (59 × 200,000 + 150,000)/60 = 199,166.67 mg/m³ → × 360,000 m³/h × 10⁻⁶ = 71,700 kg
        BigDecimal kg = jdbc.queryForObject("SELECT co2_kg FROM monitoring_co2_hour WHERE device_id = ? AND hour_start = ?",
                BigDecimal.class, device, hour);
        assertThat(kg).isCloseTo(new BigDecimal("71700"), org.assertj.core.data.Offset.offset(new BigDecimal("0.01")));
        BigDecimal unitHour = jdbc.queryForObject("SELECT u.co2_kg FROM monitoring_unit_co2 u JOIN monitoring_device d "
                + "ON d.unit_id = u.unit_id WHERE d.id = ? AND u.period = 'HOUR' AND u.period_start = ?", BigDecimal.class, device, hour);
        assertThat(unitHour).isCloseTo(new BigDecimal("71700"), org.assertj.core.data.Offset.offset(new BigDecimal("0.01")));

        org.dualcarbon.security.CurrentUser filler = (org.dualcarbon.security.CurrentUser) users.loadUserByUsername("ent.filler");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/monitoring/reconciliation")
                        .param("month", java.time.YearMonth.from(hour).toString())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(filler)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("data-testid=\"reconciliation\"")));

        ingestion.acceptBatch(batch);
        assertThat(aggregation.drain()).as("a redelivered batch stores nothing and queues nothing").isZero();
    }
}
