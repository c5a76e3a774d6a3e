package org.dualcarbon.emissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The regional roll-up equals the sum of the units' run totals to the digit, and so does every breakdown. */
@PlatformTest
class RegionalInventoryTest {

    static final int YEAR = 2021;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDetailsService users;

    @Test
    void everyBreakdownAddsUpToTheUnitsToTheDigit() throws Exception {
        List<Long> enterprises = jdbc.queryForList("SELECT id FROM enterprise WHERE scope_path LIKE '/640000/%'", Long.class);
        for (long id : enterprises) {
            mvc.perform(post("/api/enterprises/" + id + "/accounting?year=" + YEAR).with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD)))
                    .andExpect(status().isOk());
        }
        BigDecimal units = jdbc.queryForObject("SELECT SUM(total_t) FROM accounting_run WHERE period_year = ? AND superseded = FALSE "
                + "AND scope_path LIKE '/640000/%'", BigDecimal.class, YEAR);
        JsonNode inventory = json.readTree(mvc.perform(get("/api/emissions/inventory?year=" + YEAR + "&region=640000")
                .with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(new BigDecimal(inventory.get("total").asText())).isEqualByComparingTo(units);
        assertThat(sum(inventory.get("byDivision"))).isEqualByComparingTo(units);
        assertThat(sum(inventory.get("bySector"))).isEqualByComparingTo(units);
        assertThat(sum(inventory.get("byEnergyType"))).isEqualByComparingTo(units);
        assertThat(inventory.get("divisionNames").toString()).contains("银川市").contains("石嘴山市");

        JsonNode city = json.readTree(mvc.perform(get("/api/emissions/inventory?year=" + YEAR + "&region=640100")
                .with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(new BigDecimal(city.get("total").asText())).isEqualByComparingTo(
                new BigDecimal(inventory.get("byDivision").get("640100").asText()));

        CurrentUser cityOfficial = (CurrentUser) users.loadUserByUsername("gov.city");
        mvc.perform(get("/emissions/inventory?year=" + YEAR).with(user(cityOfficial))).andExpect(status().isOk());
        mvc.perform(get("/emissions/inventory?year=" + YEAR + "&region=640200").with(user(cityOfficial)))
                .andExpect(status().isNotFound());
    }

    @Test
    void otherSectorsAreEnteredByTheRegionAndCompleteTheTotal() throws Exception {
        CurrentUser official = (CurrentUser) users.loadUserByUsername("gov.city");
        // CH4 100 t × SAR GWP 21 (provincial inventory guideline; IPCC-GWP table) = 2 100 tCO2e; removals −5 000 t CO2
        mvc.perform(post("/emissions/inventory").with(user(official)).with(csrf()).param("regionCode", "640100")
                        .param("year", "2022").param("sector", "AGRICULTURE").param("category", "动物肠道发酵")
                        .param("gas", "CH4").param("amount", "100"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/emissions/inventory").with(user(official)).with(csrf()).param("regionCode", "640100")
                        .param("year", "2022").param("sector", "LULUCF").param("category", "森林碳汇")
                        .param("gas", "CO2").param("amount", "-5000"))
                .andExpect(status().is3xxRedirection());
        BigDecimal co2e = jdbc.queryForObject("SELECT SUM(co2e_t) FROM inventory_entry WHERE region_code = '640100' "
                + "AND period_year = 2022", BigDecimal.class);
        assertThat(co2e).isEqualByComparingTo("-2900");
        mvc.perform(get("/emissions/inventory?year=2022&region=640100").with(user(official))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("IPCC-GWP@AR6-2021 GWP.CH4.SAR")));

        // a negative amount outside LULUCF, and a region outside the jurisdiction, are refused and nothing is stored
        mvc.perform(post("/emissions/inventory").with(user(official)).with(csrf()).param("regionCode", "640100")
                        .param("year", "2022").param("sector", "WASTE").param("category", "填埋").param("gas", "CH4")
                        .param("amount", "-1"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("only LULUCF removals may be negative")));
        mvc.perform(post("/emissions/inventory").with(user(official)).with(csrf()).param("regionCode", "640200")
                        .param("year", "2022").param("sector", "WASTE").param("category", "填埋").param("gas", "CH4")
                        .param("amount", "1"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inventory_entry WHERE period_year = 2022 AND sector = 'WASTE'",
                Long.class)).isZero();
    }

    private static BigDecimal sum(JsonNode values) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode value : values) {
            total = total.add(new BigDecimal(value.asText()));
        }
        return total;
    }
}
