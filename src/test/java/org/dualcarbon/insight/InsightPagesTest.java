package org.dualcarbon.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.dualcarbon.support.DemoAccounting;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.DemoSecondFactor;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The evaluation and the 对标/诊断 through API and pages: figures against the runs in the database, the scores and the
 * watch list following the rows that fired, the power benchmark of the demo's thermal power enterprise, the scope, and
 * bad input with its reason.
 */
@PlatformTest
class InsightPagesTest {

    static final int YEAR = 2023;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void theEvaluationFollowsTheRunsAndTheRows() throws Exception {
        accountCity(YEAR - 1);
        accountCity(YEAR);
        JsonNode evaluation = api("/api/analysis/efficiency?region=640100&year=" + YEAR, "gov.city");
        JsonNode divisions = evaluation.get("divisions");
        assertThat(divisions.size()).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM region WHERE parent_code = '640100'",
                Integer.class));
        for (JsonNode d : divisions) {
            String path = jdbc.queryForObject("SELECT path FROM region WHERE code = ?", String.class, d.get("key").asText());
            BigDecimal now = accounted(YEAR, path);
            BigDecimal before = accounted(YEAR - 1, path);
            JsonNode yoy = d.get("metrics").get("EMISSION_YOY");
            if (now.signum() > 0 && before.signum() > 0) {
                assertThat(new BigDecimal(yoy.get("value").asText())).isEqualByComparingTo(
                        now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 2, RoundingMode.HALF_UP));
            } else {
                assertThat(yoy.get("value").isNull()).isTrue();
                assertThat(yoy.get("reason").asText()).isNotBlank();
            }
            int points = 0;
            for (JsonNode f : d.get("findings")) {
                points += f.get("points").asInt();
            }
            assertThat(d.get("score").asInt()).isEqualTo(100 + points);
        }
        for (JsonNode w : evaluation.get("watchList")) {
            boolean selected = false;
            for (JsonNode f : w.get("findings")) {
                selected |= f.get("watch").asBoolean();
            }
            assertThat(selected).as("%s is on the watch list only through a row with watch = Y", w.get("name")).isTrue();
        }
        mvc.perform(get("/analysis/efficiency?region=640100&year=" + YEAR).with(user("gov.city"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"divisions\"")))
                .andExpect(content().string(containsString("重点关注")));
        mvc.perform(get("/api/analysis/efficiency?region=640100&year=" + YEAR + "&format=xlsx").with(user("gov.city")))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void theThermalPowerEnterpriseIsSetAgainstThePowerBenchmark() throws Exception {
        long id = jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = 'ent.manager'", Long.class);
        mvc.perform(post("/api/enterprises/" + id + "/accounting?year=" + YEAR).with(user("ent.manager")))
                .andExpect(status().isOk());
        JsonNode report = api("/api/analysis/benchmarking?year=" + YEAR, "ent.manager");
        assertThat(new BigDecimal(report.get("emissions").asText())).isEqualByComparingTo(
                jdbc.queryForObject("SELECT SUM(total_t) FROM accounting_run WHERE enterprise_id = ? AND period_year = ? "
                        + "AND superseded = FALSE", BigDecimal.class, id, YEAR));
        JsonNode benchmark = report.get("benchmark");
        assertThat(benchmark.isNull()).as("benchmark of %s", report).isFalse();
        assertThat(benchmark.get("industry").asText()).isEqualTo("4411");
        assertThat(benchmark.get("year").asInt()).isEqualTo(YEAR);
        assertThat(report.get("product").asText()).isEqualTo("发电量");
        BigDecimal intensity = new BigDecimal(report.get("intensity").get("value").asText());
        assertThat(new BigDecimal(report.get("benchmarkRatio").get("value").asText())).isEqualByComparingTo(
                intensity.divide(new BigDecimal(benchmark.get("value").asText()), 4, RoundingMode.HALF_UP));
        BigDecimal shares = BigDecimal.ZERO;
        for (JsonNode share : report.get("energyStructure")) {
            shares = shares.add(share.get("value").isNull() ? BigDecimal.ZERO : new BigDecimal(share.get("value").asText()));
        }
        assertThat(shares).isBetween(new BigDecimal("99.9"), new BigDecimal("100.1"));
        JsonNode peers = report.get("industryPeers");
        assertThat(peers.has("peers")).isTrue();
        assertThat(report.toString()).doesNotContain(jdbc.queryForObject("SELECT name FROM enterprise WHERE id <> ? AND industry_code = "
                + "'4411' ORDER BY id LIMIT 1", String.class, id));
        mvc.perform(get("/analysis/benchmarking?year=" + YEAR).with(user("ent.manager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"peers\"")))
                .andExpect(content().string(containsString("data-kpi=\"benchmark\"")));
    }

    @Test
    void badInputAndOtherScopesAnswerWithTheirReason() throws Exception {
        mvc.perform(get("/api/analysis/efficiency?region=999999&year=2023").with(user("gov.city"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/analysis/efficiency?region=640104&year=2023").with(user("gov.district"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/analysis/efficiency?region=640100&year=20x3").with(user("gov.city"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/analysis/efficiency?region=640100&year=2023&format=pdf").with(user("gov.city")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("format"));
        long other = jdbc.queryForObject("SELECT MIN(id) FROM enterprise WHERE id <> (SELECT enterprise_id FROM app_user "
                + "WHERE username = 'ent.manager')", Long.class);
        mvc.perform(get("/api/analysis/benchmarking?enterprise=" + other + "&year=2023").with(user("ent.manager")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/analysis/benchmarking?enterprise=abc").with(user("gov.city"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("enterprise"));
        mvc.perform(get("/analysis/benchmarking?enterprise=" + other + "&year=1800").with(user("gov.province")))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("data-testid=\"message\"")));
        long unaccounted = jdbc.queryForObject("SELECT MIN(id) FROM enterprise WHERE scope_path LIKE '/640000/%'", Long.class);
        mvc.perform(get("/api/analysis/benchmarking?enterprise=" + unaccounted + "&year=2011").with(user("gov.province")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.message").value(containsString("2011")));
    }

    private void accountCity(int year) throws Exception {
        DemoAccounting.accountAll(mvc, jdbc, "gov.city", year, "/640000/640100/");
    }

    private BigDecimal accounted(int year, String path) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(total_t), 0) FROM accounting_run WHERE superseded = FALSE "
                + "AND period_year = ? AND scope_path LIKE ?", BigDecimal.class, year, path + "%");
    }

    private JsonNode api(String url, String username) throws Exception {
        return json.readTree(mvc.perform(get(url).with(user(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private static RequestPostProcessor user(String name) {
        return DemoSecondFactor.basic(name, DemoFixture.PASSWORD);
    }

}
