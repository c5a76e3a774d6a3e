package org.dualcarbon.emissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An enterprise accounts a year from its activity data; each unit's figure matches the formula applied by hand to
 * the stored quantities and the cited factor rows, is explained line by line, stays inside the scope, and a
 * recomputation supersedes without deleting.
 */
@PlatformTest
class AnnualAccountingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDetailsService users;

    private long fillerEnterprise() {
        return jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = 'ent.filler'", Long.class);
    }

    private BigDecimal yearTotal(long unitId, String item) {
        return jdbc.queryForObject("SELECT SUM(quantity) FROM activity_record WHERE unit_id = ? AND period_year = 2025 "
                + "AND item_code = ?", BigDecimal.class, unitId, item);
    }

    @Test
    void aPowerPlantsYearMatchesTheFormulaByHandAndIsExplained() throws Exception {
        long enterprise = fillerEnterprise();
        JsonNode runs = json.readTree(mvc.perform(post("/api/enterprises/" + enterprise + "/accounting?year=2025")
                        .with(org.dualcarbon.support.DemoSecondFactor.basic("ent.filler", DemoFixture.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(runs).isNotEmpty();
        JsonNode run = runs.get(0);
        long unitId = run.get("unitId").asLong();
        // raw coal: GB/T 32150-2015 draft table NCV 20.908 GJ/t, CC 0.02618 tC/GJ, OF 0.93 (all unverified);
        // diesel: GB/T 32151.22-2024 Table C.1 NCV 42.652, CC 0.0202, OF 0.98; E = FC × NCV × CC × OF × 44/12
        BigDecimal coal = yearTotal(unitId, "RAW_COAL").multiply(new BigDecimal("20.908")).multiply(new BigDecimal("0.02618"))
                .multiply(new BigDecimal("0.93")).multiply(BigDecimal.valueOf(44)).divide(BigDecimal.valueOf(12), MathContext.DECIMAL128);
        BigDecimal diesel = yearTotal(unitId, "DIESEL").multiply(new BigDecimal("42.652")).multiply(new BigDecimal("0.0202"))
                .multiply(new BigDecimal("0.98")).multiply(BigDecimal.valueOf(44)).divide(BigDecimal.valueOf(12), MathContext.DECIMAL128);
        // each line is reported to 4 decimals (half up) and the total is the sum of the reported lines
        BigDecimal expected = coal.setScale(4, RoundingMode.HALF_UP).add(diesel.setScale(4, RoundingMode.HALF_UP));
        assertThat(new BigDecimal(run.get("total").asText())).isEqualByComparingTo(expected);
        assertThat(run.get("libraries").asText()).contains("GBT32151.22-2024-C1@2024").contains("MEE-NBS-ELECTRICITY@2025-12");

        JsonNode explained = json.readTree(mvc.perform(get("/api/accounting/runs/" + run.get("id").asLong())
                        .with(org.dualcarbon.support.DemoSecondFactor.basic("ent.filler", DemoFixture.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode coalLine = null;
        for (JsonNode line : explained.get("lines")) {
            if (line.get("lineId").asText().equals("RAW_COAL")) {
                coalLine = line;
            }
        }
        assertThat(coalLine).isNotNull();
        assertThat(coalLine.get("formula").asText()).isEqualTo("E = FC × NCV × CC × OF × 44/12");
        assertThat(coalLine.get("factors").findValuesAsText("name"))
                .containsExactly("NCV.RAW_COAL", "CC.RAW_COAL", "OF.RAW_COAL", "TCE.RAW_COAL");
        assertThat(coalLine.get("factors").findValuesAsText("status")).containsOnly("unverified");
        // energy from the same activity data: GB/T 2589-2020 raw coal 0.7143 tce/t (shipped table, unverified)
        assertThat(new BigDecimal(coalLine.get("energyTce").asText()))
                .isEqualByComparingTo(yearTotal(unitId, "RAW_COAL").multiply(new BigDecimal("0.7143")));
        assertThat(run.get("energyTce").isNull()).isFalse();
        assertThat(run.get("reportingStandard").asText()).isEqualTo("INDUSTRY_GUIDELINES_2013_2015");
        assertThat(run.get("gwpSet").asText()).isEqualTo("SAR");
        // the activity items' coefficients are those of the active GB/T 2589 library
        assertThat(jdbc.queryForObject("SELECT tce_source FROM activity_item WHERE code = 'RAW_COAL'", String.class))
                .contains("GBT2589-2020@2020 TCE.RAW_COAL");

        CurrentUser filler = (CurrentUser) users.loadUserByUsername("ent.filler");
        mvc.perform(get("/emissions/runs/" + run.get("id").asLong()).with(user(filler))).andExpect(status().isOk())
                .andExpect(content().string(containsString("E = FC × NCV × CC × OF × 44/12")))
                .andExpect(content().string(containsString("NCV.RAW_COAL")));
        mvc.perform(get("/emissions/enterprises/" + enterprise + "?year=2025").with(user(filler))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"runs\"")));
    }

    @Test
    void anotherEnterprisesRunIsNotFoundAndRecomputingSupersedes() throws Exception {
        long enterprise = fillerEnterprise();
        // other tests of the shared context may have accounted this enterprise-year already: count what these two add
        String countAll = "SELECT COUNT(*) FROM accounting_run WHERE enterprise_id = ? AND period_year = 2024";
        long before = jdbc.queryForObject(countAll, Long.class, enterprise);
        mvc.perform(post("/api/enterprises/" + enterprise + "/accounting?year=2024").with(org.dualcarbon.support.DemoSecondFactor.basic("ent.filler", DemoFixture.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/enterprises/" + enterprise + "/accounting?year=2024").with(org.dualcarbon.support.DemoSecondFactor.basic("ent.manager", DemoFixture.PASSWORD)))
                .andExpect(status().isOk());
        long current = jdbc.queryForObject("SELECT COUNT(*) FROM accounting_run WHERE enterprise_id = ? AND period_year = 2024 "
                + "AND superseded = FALSE", Long.class, enterprise);
        long all = jdbc.queryForObject(countAll, Long.class, enterprise);
        assertThat(all - before).as("each accounting adds one run per unit, superseding the previous").isEqualTo(2 * current);

        long otherRun = jdbc.queryForObject("SELECT MIN(id) FROM accounting_run WHERE enterprise_id = ?", Long.class, enterprise);
        long other = jdbc.queryForObject("SELECT MIN(id) FROM enterprise WHERE id <> ?", Long.class, enterprise);
        mvc.perform(get("/api/accounting/runs/" + otherRun).with(org.dualcarbon.support.DemoSecondFactor.basic("verifier", DemoFixture.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/accounting/runs/" + otherRun).with(org.dualcarbon.support.DemoSecondFactor.basic("gov.city", DemoFixture.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/enterprises/" + other + "/accounting?year=2024").with(org.dualcarbon.support.DemoSecondFactor.basic("ent.filler", DemoFixture.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/enterprises/" + enterprise + "/accounting?year=1999").with(org.dualcarbon.support.DemoSecondFactor.basic("ent.filler", DemoFixture.PASSWORD)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anEtsPowerReportUsesThePowerGuidelineAndNamesItsStandard() throws Exception {
        long power = jdbc.queryForObject("SELECT MIN(e.id) FROM enterprise e JOIN industry i ON i.code = e.industry_code "
                + "WHERE i.sector = 'POWER'", Long.class);
        JsonNode runs = json.readTree(mvc.perform(post("/api/enterprises/" + power + "/accounting?year=2022&standard=ETS_POWER_2021")
                        .with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(runs).isNotEmpty();
        assertThat(runs.get(0).get("reportingStandard").asText()).isEqualTo("ETS_POWER_2021");
        assertThat(runs.get(0).get("libraries").asText()).startsWith("ETS-POWER-2021@2021");
        JsonNode lines = json.readTree(mvc.perform(get("/api/accounting/runs/" + runs.get(0).get("id").asLong())
                        .with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD)))
                .andReturn().getResponse().getContentAsString()).get("lines");
        JsonNode coal = null;
        for (JsonNode line : lines) {
            if (line.get("lineId").asText().equals("RAW_COAL")) {
                coal = line;
            }
        }
        assertThat(coal).isNotNull();
        assertThat(coal.get("factors").findValuesAsText("name")).contains("CC.COAL", "OF.COAL");
        // an unknown standard is refused naming the parameter, and nothing is stored
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM accounting_run", Long.class);
        mvc.perform(post("/api/enterprises/" + power + "/accounting?year=2022&standard=NO_SUCH")
                        .with(org.dualcarbon.support.DemoSecondFactor.basic("gov.province", DemoFixture.PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("standard")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM accounting_run", Long.class)).isEqualTo(before);
    }
}
