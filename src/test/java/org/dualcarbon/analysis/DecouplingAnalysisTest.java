package org.dualcarbon.analysis;

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
import java.util.List;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A county official records GDP, the county's enterprises are accounted for two years, and the decoupling page and API
 * give Tapio's state from those figures (checked against TapioDecoupling on the database's own totals); a missing year,
 * a division outside the scope and bad GDP input answer with their reasons.
 */
@PlatformTest
class DecouplingAnalysisTest {

    static final String COUNTY = "640181";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void decouplingFollowsTheAccountedEmissionsAndTheRecordedGdp() throws Exception {
        // 2023 and 2024: years with a residual-mix electricity factor, so report data with green power accounts too
        for (int year : List.of(2023, 2024)) {
            // the county's enterprises with activity data that year (other tests register enterprises without any)
            org.dualcarbon.support.DemoAccounting.accountAll(mvc, jdbc, "gov.district", year, "/640000/640100/640181/");
        }
        recordGdp(2023, "600.00").andExpect(status().isCreated());
        recordGdp(2024, "636.00").andExpect(status().isCreated());

        BigDecimal c0 = total(2023);
        BigDecimal c1 = total(2024);
        TapioDecoupling.Result expected = TapioDecoupling.classify(c0, c1, new BigDecimal("600.00"), new BigDecimal("636.00"));
        JsonNode series = json.readTree(mvc.perform(get("/api/analysis/decoupling?region=" + COUNTY + "&from=2022&to=2024")
                        .with(org.dualcarbon.support.DemoSecondFactor.basic("gov.district", DemoFixture.PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        JsonNode last = series.get("yearOnYear").get(1);
        assertThat(last.get("result").get("state").asText()).isEqualTo(expected.state().name());
        assertThat(new BigDecimal(last.get("result").get("elasticity").asText())).isEqualByComparingTo(expected.elasticity());
        assertThat(series.get("yearOnYear").get(0).get("missing").asText()).contains("2022").contains("GDP");

        mvc.perform(get("/analysis/decoupling?region=" + COUNTY + "&from=2022&to=2024").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.district", DemoFixture.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-state=\"" + expected.state().name() + "\"")))
                .andExpect(content().string(containsString("data-state=\"MISSING\"")))
                .andExpect(content().string(containsString("data-chart=")));
    }

    @Test
    void badInputAndOtherScopesAnswerWithTheirReason() throws Exception {
        recordGdp(2023, "-5").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("gdpConstant"));
        mvc.perform(post("/api/analysis/statistics/gdp").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.district", DemoFixture.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"regionCode\":\"640104\",\"year\":2023,\"gdpConstant\":100,"
                                + "\"priceBaseYear\":2020,\"source\":\"x\",\"status\":\"ESTIMATE\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].reason").value(containsString("管辖范围")));
        mvc.perform(get("/api/analysis/decoupling?region=640104&from=2021&to=2023").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.district", DemoFixture.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/analysis/decoupling?region=999999&from=2021&to=2023").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/analysis/decoupling?region=" + COUNTY + "&from=2023&to=2021").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.district", DemoFixture.PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/analysis/decoupling?region=" + COUNTY + "&from=2023&to=2021").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.district", DemoFixture.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"message\"")));
    }

    private org.springframework.test.web.servlet.ResultActions recordGdp(int year, String gdp) throws Exception {
        return mvc.perform(post("/api/analysis/statistics/gdp").with(org.dualcarbon.support.DemoSecondFactor.basic("gov.district", DemoFixture.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"regionCode\":\"" + COUNTY + "\",\"year\":" + year
                        + ",\"gdpConstant\":" + gdp + ",\"priceBaseYear\":2020,\"source\":\"测试数据\",\"status\":\"ESTIMATE\"}"));
    }

    private BigDecimal total(int year) {
        return jdbc.queryForObject("SELECT SUM(total_t) FROM accounting_run WHERE period_year = ? AND superseded = FALSE "
                + "AND scope_path LIKE '/640000/640100/640181/%'", BigDecimal.class, year);
    }
}
