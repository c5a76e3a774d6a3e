package org.dualcarbon.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.DemoSecondFactor;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Intensity per 万元 in the dimension breakdown: a district's accounted emissions over its recorded GDP (亿元 × 10 000),
 * a sector's over its recorded value added; a division without GDP gives the reason, an energy type none.
 */
@PlatformTest
class DimensionIntensityTest {

    static final int YEAR = 2022;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void intensityIsEmissionsOverRecordedOutput() throws Exception {
        long id = jdbc.queryForObject("SELECT MIN(enterprise_id) FROM activity_record WHERE period_year = ? "
                + "AND scope_path LIKE '/640000/640100/640104/%'", Long.class, YEAR);
        mvc.perform(post("/api/enterprises/" + id + "/accounting?year=" + YEAR).with(city())).andExpect(status().isOk());
        mvc.perform(post("/api/analysis/statistics/gdp").with(city()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"regionCode\":\"640104\",\"year\":" + YEAR + ",\"gdpConstant\":100,\"priceBaseYear\":2020,"
                        + "\"source\":\"测试（虚构）\",\"status\":\"ESTIMATE\"}")).andExpect(status().isCreated());

        JsonNode summary = summary("REGION");
        JsonNode district = part(summary, "640104");
        BigDecimal total = new BigDecimal(district.get("total").asText());
        assertThat(new BigDecimal(district.get("intensity").get("value").asText()))
                .isEqualByComparingTo(total.divide(new BigDecimal("1000000"), 4, RoundingMode.HALF_UP));
        for (JsonNode p : summary.get("parts")) {
            if (!p.get("key").asText().equals("640104") && jdbc.queryForObject("SELECT COUNT(*) FROM regional_statistics "
                    + "WHERE region_code = ? AND stat_year = ?", Long.class, p.get("key").asText(), YEAR) == 0) {
                assertThat(p.get("intensity").get("reason").asText()).contains("GDP");
            }
        }

        JsonNode sectors = summary("INDUSTRY");
        JsonNode first = sectors.get("parts").get(0);
        String sector = first.get("key").asText();
        mvc.perform(post("/api/analysis/statistics/value-added").with(city()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"regionCode\":\"640100\",\"year\":" + YEAR + ",\"sector\":\"" + sector + "\",\"valueAdded\":8,"
                        + "\"priceBaseYear\":2020,\"source\":\"测试（虚构）\",\"status\":\"ESTIMATE\"}")).andExpect(status().isCreated());
        JsonNode withValueAdded = part(summary("INDUSTRY"), sector);
        assertThat(new BigDecimal(withValueAdded.get("intensity").get("value").asText())).isEqualByComparingTo(
                new BigDecimal(withValueAdded.get("total").asText()).divide(new BigDecimal("80000"), 4, RoundingMode.HALF_UP));
        assertThat(summary("ENERGY_TYPE").get("parts").get(0).get("intensity").get("value").isNull()).isTrue();
    }

    private JsonNode summary(String dimension) throws Exception {
        return json.readTree(mvc.perform(get("/api/analysis/rankings?year=" + YEAR + "&region=640100&dimension=" + dimension)
                .with(city())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("summary");
    }

    private static JsonNode part(JsonNode summary, String key) {
        for (JsonNode p : summary.get("parts")) {
            if (p.get("key").asText().equals(key)) {
                return p;
            }
        }
        throw new AssertionError("no part " + key + " in " + summary);
    }

    private static RequestPostProcessor city() {
        return DemoSecondFactor.basic("gov.city", DemoFixture.PASSWORD);
    }
}
