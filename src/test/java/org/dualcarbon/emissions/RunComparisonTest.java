package org.dualcarbon.emissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.dualcarbon.factors.FactorLibraries;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Recomputing a stored run under another electricity-factor version (submitted, not yet active) shows both results
 * and the difference line by line: the electricity line moves by MWh × (new − old factor), nothing else moves, and
 * nothing is stored.
 */
@PlatformTest
class RunComparisonTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    FactorLibraries libraries;
    @Autowired
    UserDetailsService users;

    @Test
    void anotherVersionShowsTheDifferenceLineByLine() throws Exception {
        long ferroalloy = jdbc.queryForObject("SELECT MIN(id) FROM enterprise WHERE industry_code = '3140' "
                + "AND scope_path LIKE '/640000/%'", Long.class);
        JsonNode runs = json.readTree(mvc.perform(post("/api/enterprises/" + ferroalloy + "/accounting?year=2023")
                .with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        long runId = runs.get(0).get("id").asLong();
        long unitId = runs.get(0).get("unitId").asLong();

        // a new electricity version with 宁夏 2023 at 0.6000 instead of 0.6187 (submitted, in review)
        String csv = new String(libraries.content("MEE-NBS-ELECTRICITY", "2025-12"), StandardCharsets.UTF_8)
                .replace("MEE-NBS-ELECTRICITY,2025-12,", "MEE-NBS-ELECTRICITY,2026-01,")
                .replace("EF.GRID.640000.2023,EF_ELECTRICITY,GRID,640000,2023,9999,0.6187,", "EF.GRID.640000.2023,EF_ELECTRICITY,GRID,640000,2023,9999,0.6000,");
        CurrentUser author = (CurrentUser) users.loadUserByUsername("rule.author");
        mvc.perform(multipart("/factors/upload").file(new MockMultipartFile("file", "elec.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).param("reason", "测试对比").with(user(author)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long runsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM accounting_run", Long.class);

        JsonNode comparison = json.readTree(mvc.perform(get("/api/accounting/runs/" + runId + "/compare?MEE-NBS-ELECTRICITY=2026-01")
                .with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        BigDecimal mwh = jdbc.queryForObject("SELECT SUM(quantity) FROM activity_record WHERE unit_id = ? AND period_year = 2023 "
                + "AND item_code = 'ELECTRICITY'", BigDecimal.class, unitId);
        BigDecimal expected = mwh.multiply(new BigDecimal("0.6000").subtract(new BigDecimal("0.6187")));
        for (JsonNode line : comparison.get("lines")) {
            BigDecimal difference = new BigDecimal(line.get("difference").asText());
            if (line.get("lineId").asText().equals("ELECTRICITY")) {
                assertThat(difference).isEqualByComparingTo(expected);
                assertThat(line.get("alternativeFactors").asText()).contains("0.6000").contains("MEE-NBS-ELECTRICITY@2026-01");
            } else {
                assertThat(difference).isZero();
            }
        }
        assertThat(comparison.get("alternativeLibraries").asText()).contains("MEE-NBS-ELECTRICITY@2026-01");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM accounting_run", Long.class)).as("nothing stored").isEqualTo(runsBefore);

        CurrentUser official = (CurrentUser) users.loadUserByUsername("gov.province");
        mvc.perform(get("/emissions/runs/" + runId).with(user(official))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"compare-form\"")));
        mvc.perform(get("/emissions/runs/" + runId + "/compare?v:MEE-NBS-ELECTRICITY=2026-01").with(user(official)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"line-differences\"")));
    }
}
