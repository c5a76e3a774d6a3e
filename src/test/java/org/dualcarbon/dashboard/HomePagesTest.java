package org.dualcarbon.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Every role's home page opens, and the government home shows the database's figures for its scope. */
@PlatformTest
class HomePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private String home(String username, String query) throws Exception {
        CurrentUser me = (CurrentUser) users.loadUserByUsername(username);
        MvcResult result = mvc.perform(get("/" + query).with(user(me))).andExpect(status().isOk()).andReturn();
        return result.getResponse().getContentAsString();
    }

    @Test
    void everyDemoRoleHasAHomePage() throws Exception {
        for (String username : List.of("gov.province", "gov.city", "gov.district", "park.manager", "ent.filler",
                "ent.manager", "group.manager", "verifier", "rule.author", "auditor", "sysadmin", "secadmin", "auditadmin")) {
            assertThat(home(username, "")).as(username).contains("<main class=\"content\">");
        }
    }

    @Test
    void cityHomeShowsTheEnergyOfItsCityFromTheDatabase() throws Exception {
        int year = jdbc.queryForObject("SELECT MAX(period_year) FROM activity_record", Integer.class);
        BigDecimal expected = jdbc.queryForObject("SELECT SUM(r.quantity * a.tce_per_unit) FROM activity_record r "
                + "JOIN activity_item a ON a.code = r.item_code WHERE a.kind = 'ENERGY' AND r.period_year = ? "
                + "AND r.scope_path LIKE '/640000/640100/%'", BigDecimal.class, year).setScale(4, RoundingMode.HALF_UP);
        long enterprises = jdbc.queryForObject("SELECT COUNT(*) FROM enterprise WHERE scope_path LIKE '/640000/640100/%'", Long.class);
        String page = home("gov.city", "");
        assertThat(page).contains("data-kpi=\"tce\" data-value=\"" + expected.toPlainString() + "\"")
                .contains("data-kpi=\"enterprises\">" + enterprises + "<")
                .contains("data-chart=").contains("银川市");
    }

    @Test
    void homeShowsTheAccountedEmissionsOfItsScope() throws Exception {
        long enterprise = jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = 'ent.filler'", Long.class);
        int year = jdbc.queryForObject("SELECT MAX(period_year) FROM activity_record", Integer.class);
        CurrentUser official = (CurrentUser) users.loadUserByUsername("gov.district");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/enterprises/" + enterprise + "/accounting?year=" + year).with(user(official))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk());
        BigDecimal expected = jdbc.queryForObject("SELECT SUM(total_t) FROM accounting_run WHERE period_year = ? "
                + "AND superseded = FALSE AND scope_path LIKE '/640000/640100/640181/%'", BigDecimal.class, year);
        assertThat(home("gov.district", "")).contains("data-kpi=\"emissions\" data-value=\"" + expected.stripTrailingZeros().toPlainString() + "\"");
    }

    @Test
    void drillDownStaysInsideTheScope() throws Exception {
        assertThat(home("gov.province", "?region=640100")).contains("银川市");
        CurrentUser city = (CurrentUser) users.loadUserByUsername("gov.city");
        mvc.perform(get("/?region=640200").with(user(city))).andExpect(status().isNotFound());
    }

    @Test
    void enterpriseHomeShowsItsUnitsAndLatestFigures() throws Exception {
        String name = jdbc.queryForObject("SELECT e.name FROM enterprise e JOIN app_user u ON u.enterprise_id = e.id "
                + "WHERE u.username = 'ent.filler'", String.class);
        String otherName = jdbc.queryForObject("SELECT MIN(e.name) FROM enterprise e WHERE e.id NOT IN "
                + "(SELECT enterprise_id FROM app_user WHERE username = 'ent.filler')", String.class);
        String page = home("ent.filler", "");
        assertThat(page).contains(name).contains("data-testid=\"units\"").contains("data-testid=\"latest\"")
                .doesNotContain(otherName);
    }
}
