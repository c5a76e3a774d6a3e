package org.dualcarbon.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.runtime.Job;
import org.dualcarbon.factors.FactorLibraries;
import org.dualcarbon.reporting.ReportingProcess;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The auditor's pages on the real engine: a unit report's instance shows its steps and its variables over time (a
 * change made in the engine shows the value before and after, and who made it); an official of 灵武市 (640181) sees
 * instances of its division and gets 404 for one outside it; an enterprise filler may not open the pages; the
 * rule-base page shows the row-level difference between two factor library versions.
 */
@PlatformTest
class AuditorHistoryPagesTest {

    /** A year no other test launches a cycle for. */
    static final int YEAR = 2019;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    IdentityService identity;
    @Autowired
    FactorLibraries libraries;

    CurrentUser as(String name) {
        return (CurrentUser) users.loadUserByUsername(name);
    }

    String page(String path, String userName) throws Exception {
        return mvc.perform(get(path).with(user(as(userName)))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theAuditorReadsAReportsStepsAndVariableChangesAndScopesHold() throws Exception {
        mvc.perform(post("/reporting/cycles").with(user(as("gov.province"))).with(csrf()).param("year", String.valueOf(YEAR))
                .param("regionCode", "640000").param("deadline", LocalDate.now().plusDays(30).toString()))
                .andExpect(status().is3xxRedirection());
        List<Job> jobs;
        while (!(jobs = management.createJobQuery().executable().list()).isEmpty()) {
            jobs.forEach(j -> management.executeJob(j.getId()));
        }
        String inside = jdbc.queryForObject("SELECT MIN(process_instance) FROM unit_report WHERE period_year = ? "
                + "AND scope_path LIKE '%640181%' AND process_instance IS NOT NULL", String.class, YEAR);
        String outside = jdbc.queryForObject("SELECT MIN(process_instance) FROM unit_report WHERE period_year = ? "
                + "AND scope_path NOT LIKE '%640181%' AND process_instance IS NOT NULL", String.class, YEAR);
        assertThat(inside).isNotNull();
        assertThat(outside).isNotNull();

        // an engine administrator moves the deadline in Cockpit: the auditor sees before, after and who
        String before = (String) runtime.getVariable(inside, ReportingProcess.VAR_DEADLINE);
        String after = LocalDate.now().plusDays(45).atTime(23, 59, 59).toString();
        identity.setAuthentication("sysadmin", List.of(Groups.CAMUNDA_ADMIN));
        try {
            runtime.setVariable(inside, ReportingProcess.VAR_DEADLINE, after);
        } finally {
            identity.clearAuthentication();
        }

        String history = page("/audit/processes/" + inside, "auditor");
        assertThat(history).contains("data-activity=\"" + ReportingProcess.TASK_SUBMIT + "\"")
                .contains("data-variable=\"" + ReportingProcess.VAR_REPORT_ID + "\"")
                .contains(before).contains(after).contains("sysadmin");

        long report = jdbc.queryForObject("SELECT id FROM unit_report WHERE process_instance = ?", Long.class, inside);
        String list = page("/audit/processes?process=" + ReportingProcess.UNIT_KEY + "&year=" + YEAR + "&unit=report-" + report,
                "auditor");
        assertThat(list).contains("data-instance=\"" + inside + "\"");

        // the district official: its own division's instance, never one outside it — not in the list, 404 directly
        page("/audit/processes/" + inside, "gov.district");
        long outsideReport = jdbc.queryForObject("SELECT id FROM unit_report WHERE process_instance = ?", Long.class, outside);
        assertThat(page("/audit/processes?unit=report-" + outsideReport, "auditor")).contains("data-instance=\"" + outside + "\"");
        assertThat(page("/audit/processes?unit=report-" + outsideReport, "gov.district"))
                .doesNotContain("data-instance=\"" + outside + "\"");
        assertThat(page("/audit/processes?unit=report-" + report, "gov.district")).contains("data-instance=\"" + inside + "\"");
        mvc.perform(get("/audit/processes/" + outside).with(user(as("gov.district")))).andExpect(status().isNotFound());
        // the audit administrator reads no business rows: no report instance, listed or direct
        assertThat(page("/audit/processes?unit=report-" + report, "auditadmin")).doesNotContain("data-instance=\"" + inside + "\"");
        mvc.perform(get("/audit/processes/" + inside).with(user(as("auditadmin")))).andExpect(status().isNotFound());
        mvc.perform(get("/audit/processes/no-such-instance").with(user(as("auditor")))).andExpect(status().isNotFound());

        // not an auditor's page for the enterprise
        mvc.perform(get("/audit/processes").with(user(as("ent.filler")))).andExpect(status().isForbidden());
        mvc.perform(get("/audit/processes/" + inside).with(user(as("ent.filler")))).andExpect(status().isForbidden());
        mvc.perform(get("/audit/rules").with(user(as("ent.filler")))).andExpect(status().isForbidden());
    }

    @Test
    void theRulesPageShowsTheRowsTwoVersionsDifferIn() throws Exception {
        String active = libraries.active("IPCC-GWP").orElseThrow().version();
        String csv = new String(libraries.content("IPCC-GWP", active), StandardCharsets.UTF_8)
                .replace("IPCC-GWP,AR6-2021,", "IPCC-GWP,AR6-2019H,")
                .replace("GWP.CH4.AR5,GWP,CH4@AR5,CN,1990,9999,28,", "GWP.CH4.AR5,GWP,CH4@AR5,CN,1990,9999,29,")
                .replaceAll("(?m)^GWP\\.CH4\\.SAR,.*\\R", "");
        mvc.perform(multipart("/factors/upload").file(new MockMultipartFile("file", "gwp.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).param("reason", "审计测试").with(user(as("rule.author"))).with(csrf()))
                .andExpect(status().is3xxRedirection());

        String rules = page("/audit/rules?code=IPCC-GWP&from=" + active + "&to=AR6-2019H", "auditor");
        assertThat(rules).contains("data-version=\"IPCC-GWP@AR6-2019H\"")
                .contains("data-removed=\"GWP.CH4.SAR\"")
                .contains("data-changed=\"GWP.CH4.AR5\"")
                .doesNotContain("data-changed=\"GWP.CH4.AR6\"");
        var diff = new RuleHistory(libraries).diff("IPCC-GWP", active, "AR6-2019H");
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).extracting(f -> f.name()).containsExactly("GWP.CH4.SAR");
        assertThat(diff.changed()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("GWP.CH4.AR5");
            assertThat(c.fields()).containsExactly(new LibraryDiff.FieldChange("value", "28", "29"));
        });
        // the review process of the submitted version is in the auditor's process list
        assertThat(page("/audit/processes?process=factorLibraryReview&unit=AR6-2019H", "auditor"))
                .contains("IPCC-GWP@AR6-2019H");
    }
}
