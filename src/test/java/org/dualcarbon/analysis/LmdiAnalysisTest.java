package org.dualcarbon.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
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
import java.util.Map;
import java.util.TreeMap;
import org.dualcarbon.support.DemoAccounting;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.DemoSecondFactor;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The decomposition of a county's accounted emissions between 2022 and 2023 over its sectors, with value added
 * recorded through the API: the effects are those of {@link LmdiDecomposition} on the sector figures summed straight
 * from the runs, they add up to the change and multiply up to the ratio (domain.md §6.2), and bad input answers with
 * its reason.
 */
@PlatformTest
class LmdiAnalysisTest {

    static final String COUNTY = "640181";
    static final String PATH = "/640000/640100/640181/%";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void theEffectsFollowTheSectorFiguresAndAddUpToTheChange() throws Exception {
        for (int year : List.of(2022, 2023)) {
            DemoAccounting.accountAll(mvc, jdbc, "gov.district", year, "/640000/640100/640181/");
        }
        Map<String, LmdiDecomposition.SectorYear> base = sectorFigures(2022, 10);
        Map<String, LmdiDecomposition.SectorYear> target = sectorFigures(2023, 12);
        LmdiDecomposition.Result expected = LmdiDecomposition.decompose(base, target);

        JsonNode outcome = json.readTree(mvc.perform(get("/api/analysis/lmdi?region=" + COUNTY + "&from=2022&to=2023")
                .with(official())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode result = outcome.get("result");
        double sum = 0;
        double product = 1;
        for (LmdiDecomposition.Effect effect : LmdiDecomposition.Effect.values()) {
            double additive = result.get("additive").get(effect.name()).asDouble();
            assertThat(additive).as(effect.name()).isCloseTo(expected.additive().get(effect), within(1e-6 * Math.abs(expected.change()) + 1e-9));
            sum += additive;
            product *= result.get("multiplicative").get(effect.name()).asDouble();
        }
        double c0 = result.get("emissions0").asDouble();
        double cT = result.get("emissionsT").asDouble();
        assertThat(c0).isCloseTo(expected.emissions0(), within(1e-6));
        assertThat(sum).isCloseTo(cT - c0, within(1e-9 * cT));
        assertThat(product).isCloseTo(cT / c0, within(1e-9));

        mvc.perform(get("/analysis/lmdi?region=" + COUNTY + "&from=2022&to=2023").with(official()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-chart=")))
                .andExpect(content().string(containsString("data-effect=\"ACTIVITY\"")))
                .andExpect(content().string(containsString("&quot;waterfall&quot;")));
    }

    @Test
    void badInputAnswersWithItsReason() throws Exception {
        mvc.perform(get("/api/analysis/lmdi?region=" + COUNTY + "&from=2023&to=2022").with(official()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/analysis/lmdi?region=999999&from=2022&to=2023").with(official()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/analysis/lmdi?region=640104&from=2022&to=2023").with(official()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/analysis/lmdi?region=" + COUNTY + "&from=2019&to=2020").with(official()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.result").doesNotExist())
                .andExpect(jsonPath("$.missing").value(containsString("2019")));
        mvc.perform(get("/analysis/lmdi?region=" + COUNTY + "&from=2019&to=2020").with(official()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"message\"")));
        recordValueAdded(2022, "STEELWORKS", "5").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sector"));
        recordValueAdded(2022, "STEEL", "-5").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("valueAdded"));
    }

    /** Each sector's emissions and energy in the county from the current runs, and a recorded value added. */
    private Map<String, LmdiDecomposition.SectorYear> sectorFigures(int year, int valueAddedBase) throws Exception {
        Map<String, LmdiDecomposition.SectorYear> figures = new TreeMap<>();
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT COALESCE(i.sector, 'OTHER') AS sector, SUM(r.energy_tce) AS energy,
                       SUM((SELECT SUM(ROUND(l.emission_t, 4)) FROM accounting_line l WHERE l.run_id = r.id)) AS emissions
                FROM accounting_run r JOIN enterprise e ON e.id = r.enterprise_id LEFT JOIN industry i ON i.code = e.industry_code
                WHERE r.superseded = FALSE AND r.period_year = ? AND r.scope_path LIKE ?
                GROUP BY COALESCE(i.sector, 'OTHER') ORDER BY 1""", year, PATH);
        int n = 0;
        for (Map<String, Object> row : rows) {
            String sector = (String) row.get("SECTOR");
            BigDecimal valueAdded = BigDecimal.valueOf(valueAddedBase + n++);
            recordValueAdded(year, sector, valueAdded.toPlainString()).andExpect(status().isCreated());
            figures.put(sector, new LmdiDecomposition.SectorYear(valueAdded.doubleValue(),
                    row.get("ENERGY") == null ? 0 : ((BigDecimal) row.get("ENERGY")).doubleValue(),
                    ((BigDecimal) row.get("EMISSIONS")).doubleValue()));
        }
        assertThat(figures).isNotEmpty();
        return figures;
    }

    private ResultActions recordValueAdded(int year, String sector, String value) throws Exception {
        return mvc.perform(post("/api/analysis/statistics/value-added").with(official()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"regionCode\":\"" + COUNTY + "\",\"year\":" + year + ",\"sector\":\"" + sector + "\",\"valueAdded\":"
                        + value + ",\"priceBaseYear\":2020,\"source\":\"测试：县统计局（虚构）\",\"status\":\"ESTIMATE\"}"));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor official() {
        return DemoSecondFactor.basic("gov.district", DemoFixture.PASSWORD);
    }
}
