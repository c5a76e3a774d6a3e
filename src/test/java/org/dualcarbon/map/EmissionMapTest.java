package org.dualcarbon.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.DemoSecondFactor;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The province's enterprises are accounted for two years; the map's figures of each division equal the current
 * accounting runs below it in the database, a district lists its enterprises, officials see only their own division,
 * and unknown regions and bad parameters answer 404 and 400 naming what is wrong.
 */
@PlatformTest
class EmissionMapTest {

    static final int BEFORE = 2023;
    static final int YEAR = 2024;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    private static boolean accounted;

    @BeforeEach
    void accountTwoYears() throws Exception {
        if (accounted) {
            return;
        }
        for (int year : List.of(BEFORE, YEAR)) {
            org.dualcarbon.support.DemoAccounting.accountAll(mvc, jdbc, "gov.province", year, "/640000/");
        }
        accounted = true;
    }

    @Test
    void eachCitysFiguresAreTheSumOfItsCurrentRuns() throws Exception {
        JsonNode map = api("/api/map/640000?year=" + YEAR + "&metric=intensity", "gov.province");
        assertThat(map.get("regionName").asText()).isEqualTo("宁夏回族自治区");
        assertThat(map.get("metric").asText()).isEqualTo("INTENSITY");
        List<Map<String, Object>> cities = jdbc.queryForList("SELECT code, path FROM region WHERE parent_code = '640000' ORDER BY code");
        JsonNode divisions = map.get("divisions");
        assertThat(divisions).hasSize(cities.size()).hasSize(5);
        int accountedCities = 0;
        for (int i = 0; i < cities.size(); i++) {
            JsonNode city = divisions.get(i);
            String path = (String) cities.get(i).get("path");
            assertThat(city.get("code").asText()).isEqualTo(cities.get(i).get("code"));
            Map<String, Object> runs = sums(YEAR, path);
            long units = ((Number) runs.get("units")).longValue();
            assertThat(city.get("units").asLong()).as(path).isEqualTo(units);
            if (units == 0) {
                assertThat(city.get("total").get("value").isNull()).isTrue();
                assertThat(city.get("total").get("reason").asText()).contains("无核算结果");
                continue;
            }
            accountedCities++;
            BigDecimal total = (BigDecimal) runs.get("total");
            assertThat(decimal(city.get("total"))).as(path).isEqualByComparingTo(total);
            BigDecimal energy = (BigDecimal) runs.get("energy");
            if (energy == null) {
                assertThat(city.get("intensity").get("reason").asText()).contains("能耗");
            } else {
                assertThat(decimal(city.get("energyTce"))).isEqualByComparingTo(energy);
                assertThat(decimal(city.get("intensity"))).isEqualByComparingTo(total.divide(energy, 4, RoundingMode.HALF_UP));
            }
            Map<String, Object> before = sums(BEFORE, path);
            if (((Number) before.get("units")).longValue() > 0) {
                BigDecimal prior = (BigDecimal) before.get("total");
                assertThat(decimal(city.get("yoy"))).isEqualByComparingTo(total.subtract(prior)
                        .multiply(BigDecimal.valueOf(100)).divide(prior.abs(), 2, RoundingMode.HALF_UP));
            }
        }
        assertThat(accountedCities).as("cities with accounted runs").isPositive();
        assertThat(map.get("trail").get(0).get("code").asText()).isEqualTo("640000");
    }

    @Test
    void aDistrictListsItsEnterprisesInsteadOfDivisions() throws Exception {
        JsonNode map = api("/api/map/640181?year=" + YEAR, "gov.district");
        assertThat(map.get("divisions")).isEmpty();
        JsonNode enterprises = map.get("enterprises");
        assertThat(enterprises).isNotEmpty();
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode e : enterprises) {
            assertThat(e.get("kind").asText()).isEqualTo("ENTERPRISE");
            sum = sum.add(decimal(e.get("total")));
        }
        assertThat(sum).isEqualByComparingTo((BigDecimal) sums(YEAR, "/640000/640100/640181/").get("total"));
        List<String> trail = new ArrayList<>();
        map.get("trail").forEach(c -> trail.add(c.get("code").asText()));
        assertThat(trail).as("the county official's way up ends at the county").containsExactly("640181");

        page("/analysis/map?region=640181&year=" + YEAR, "gov.province").andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"parks\"")))
                .andExpect(content().string(containsString("data-chart=")))
                .andExpect(content().string(not(containsString("data-map="))));
    }

    @Test
    void theProvincePageDrawsTheSimplifiedMapAndACityWithoutBoundaryFileATable() throws Exception {
        page("/analysis/map?region=640000&year=" + YEAR + "&metric=yoy", "gov.province").andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"emission-map\"")))
                .andExpect(content().string(containsString("/api/map/640000/geojson")))
                .andExpect(content().string(containsString("简化示意边界，非标准地图")))
                .andExpect(content().string(containsString("href=\"/analysis/map?region=640100&amp;year=2024&amp;metric=yoy\"")))
                .andExpect(content().string(containsString("data-testid=\"figures\"")));
        page("/analysis/map", "gov.city").andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"boundary-note\"")))
                .andExpect(content().string(containsString("data-testid=\"figures\"")))
                .andExpect(content().string(not(containsString("id=\"emission-map\""))));
        page("/", "gov.province").andExpect(content().string(containsString("href=\"/analysis/map\"")));

        JsonNode geojson = api("/api/map/640000/geojson", "gov.province");
        assertThat(geojson.get("features")).hasSize(5);
        geojson.get("features").forEach(f -> assertThat(f.get("properties").get("adcode").asText()).startsWith("640"));
        mvc.perform(get("/api/map/640100/geojson").with(DemoSecondFactor.basic("gov.city", DemoFixture.PASSWORD)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value(containsString("no boundary file")));
    }

    @Test
    void aCityOfficialCannotReadTheProvinceOrASiblingCity() throws Exception {
        for (String url : List.of("/api/map/640000?year=" + YEAR, "/api/map/640200?year=" + YEAR, "/api/map/640000/geojson")) {
            mvc.perform(get(url).with(DemoSecondFactor.basic("gov.city", DemoFixture.PASSWORD)))
                    .andExpect(status().isNotFound());
        }
        page("/analysis/map?region=640200", "gov.city").andExpect(status().isNotFound())
                .andExpect(content().string(containsString("data-testid=\"message\"")));
        assertThat(api("/api/map/640100?year=" + YEAR, "gov.city").get("divisions")).isNotEmpty();
    }

    @Test
    void unknownRegionsAndBadParametersAreNamed() throws Exception {
        mvc.perform(get("/api/map/999999").with(DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("999999")))
                .andExpect(jsonPath("$.detail").value(containsString("unknown or outside your scope")));
        mvc.perform(get("/api/map/640000?metric=beauty").with(DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("metric"));
        mvc.perform(get("/api/map/640000?year=1800").with(DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/map/640000?year=abc").with(DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
        page("/analysis/map?region=640000&metric=beauty", "gov.province").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("metric")));
        page("/analysis/map?region=640000&year=abc", "gov.province").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("year")));
        page("/analysis/map?region=999999", "gov.province").andExpect(status().isNotFound())
                .andExpect(content().string(containsString("999999")));

        JsonNode empty = api("/api/map/640000?year=1999", "gov.province");
        assertThat(empty.get("message").asText()).contains("没有核算结果");
        assertThat(empty.get("divisions").get(0).get("total").get("value").isNull()).isTrue();
    }

    private Map<String, Object> sums(int year, String path) {
        return jdbc.queryForMap("SELECT COUNT(*) AS units, SUM(total_t) AS total, SUM(energy_tce) AS energy FROM accounting_run "
                + "WHERE period_year = ? AND superseded = FALSE AND scope_path LIKE ?", year, path + "%");
    }

    private static BigDecimal decimal(JsonNode figure) {
        return new BigDecimal(figure.get("value").asText());
    }

    private ResultActions page(String url, String user) throws Exception {
        return mvc.perform(get(url).with(DemoSecondFactor.basic(user, DemoFixture.PASSWORD)));
    }

    private JsonNode api(String url, String user) throws Exception {
        return json.readTree(mvc.perform(get(url).with(DemoSecondFactor.basic(user, DemoFixture.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
