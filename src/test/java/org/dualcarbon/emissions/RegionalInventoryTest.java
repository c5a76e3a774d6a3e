package org.dualcarbon.emissions;

import static org.assertj.core.api.Assertions.assertThat;
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
            mvc.perform(post("/api/enterprises/" + id + "/accounting?year=" + YEAR).with(httpBasic("gov.province", DemoFixture.PASSWORD)))
                    .andExpect(status().isOk());
        }
        BigDecimal units = jdbc.queryForObject("SELECT SUM(total_t) FROM accounting_run WHERE period_year = ? AND superseded = FALSE "
                + "AND scope_path LIKE '/640000/%'", BigDecimal.class, YEAR);
        JsonNode inventory = json.readTree(mvc.perform(get("/api/emissions/inventory?year=" + YEAR + "&region=640000")
                .with(httpBasic("gov.province", DemoFixture.PASSWORD))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(new BigDecimal(inventory.get("total").asText())).isEqualByComparingTo(units);
        assertThat(sum(inventory.get("byDivision"))).isEqualByComparingTo(units);
        assertThat(sum(inventory.get("bySector"))).isEqualByComparingTo(units);
        assertThat(sum(inventory.get("byEnergyType"))).isEqualByComparingTo(units);
        assertThat(inventory.get("divisionNames").toString()).contains("银川市").contains("石嘴山市");

        JsonNode city = json.readTree(mvc.perform(get("/api/emissions/inventory?year=" + YEAR + "&region=640100")
                .with(httpBasic("gov.province", DemoFixture.PASSWORD))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(new BigDecimal(city.get("total").asText())).isEqualByComparingTo(
                new BigDecimal(inventory.get("byDivision").get("640100").asText()));

        CurrentUser cityOfficial = (CurrentUser) users.loadUserByUsername("gov.city");
        mvc.perform(get("/emissions/inventory?year=" + YEAR).with(user(cityOfficial))).andExpect(status().isOk());
        mvc.perform(get("/emissions/inventory?year=" + YEAR + "&region=640200").with(user(cityOfficial)))
                .andExpect(status().isNotFound());
    }

    private static BigDecimal sum(JsonNode values) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode value : values) {
            total = total.add(new BigDecimal(value.asText()));
        }
        return total;
    }
}
