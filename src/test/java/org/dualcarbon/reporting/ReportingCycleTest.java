package org.dualcarbon.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The reporting cycle end to end on the real engine and database: an official launches 2025 for the province, the
 * batch jobs open a report per unit, the demo filler's bad input is refused with its fields and stores nothing,
 * a submission is accounted and checked (flags), explained, verified, returned with a reason, submitted again and
 * approved — with one submission per form token and the whole history kept.
 */
@PlatformTest
class ReportingCycleTest {

    static final int YEAR = 2025;

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
    ReportingCycles cycles;

    CurrentUser as(String name) {
        return (CurrentUser) users.loadUserByUsername(name);
    }

    MockHttpServletRequestBuilder form(String path, String userName) {
        return post(path).with(user(as(userName))).with(csrf());
    }

    @Test
    void aUnitGoesFromItsTaskToAnApprovedReport() throws Exception {
        mvc.perform(form("/reporting/cycles", "gov.province").param("year", String.valueOf(YEAR)).param("regionCode", "640000")
                .param("deadline", LocalDate.now().plusDays(30).toString())).andExpect(status().is3xxRedirection());
        // a second launch of the same year and division is refused
        mvc.perform(form("/reporting/cycles", "gov.province").param("year", String.valueOf(YEAR)).param("regionCode", "640000")
                .param("deadline", LocalDate.now().plusDays(30).toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("already launched")));
        long units = jdbc.queryForObject("SELECT COUNT(*) FROM emission_unit WHERE active = TRUE", Long.class);
        List<Job> jobs;
        while (!(jobs = management.createJobQuery().executable().list()).isEmpty()) {
            jobs.forEach(j -> management.executeJob(j.getId()));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit_report r JOIN reporting_cycle c ON c.id = r.cycle_id "
                + "WHERE c.period_year = ? AND r.process_instance IS NOT NULL", Long.class, YEAR)).isEqualTo(units);

        long enterprise = jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = 'ent.filler'", Long.class);
        long report = jdbc.queryForObject("SELECT MIN(id) FROM unit_report WHERE enterprise_id = ? AND period_year = ?", Long.class,
                enterprise, YEAR);
        long unit = jdbc.queryForObject("SELECT unit_id FROM unit_report WHERE id = ?", Long.class, report);
        List<String> items = jdbc.queryForList("SELECT item_code FROM emission_unit_item WHERE unit_id = ?", String.class, unit);
        mvc.perform(get("/reports/" + report).with(user(as("ent.filler")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"entry-form\"")));

        // bad input: every field named, nothing stored, the task unchanged
        mvc.perform(form("/reports/" + report + "/submit", "ent.filler").param("token", "t-bad")
                        .param("q." + items.get(0) + ".1", "-5").param("q." + items.get(0) + ".2", "abc")
                        .param("q.UNOBTAINIUM.1", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("may not be negative")))
                .andExpect(content().string(containsString("not a number")))
                .andExpect(content().string(containsString("UNOBTAINIUM")));
        assertThat(count("report_submission", report)).isZero();

        // a real submission: every item 12 months; the month-3 figure typed in the wrong unit (×1000)
        MockHttpServletRequestBuilder submit = submission(report, items, "t-1");
        mvc.perform(submit).andExpect(status().is3xxRedirection());
        mvc.perform(submission(report, items, "t-1")).andExpect(status().is3xxRedirection());
        assertThat(count("report_submission", report)).as("one submission per form token").isEqualTo(1);
        assertThat(statusOf(report)).isEqualTo("FLAGGED");
        assertThat(jdbc.queryForList("SELECT rule_name FROM report_flag WHERE report_id = ?", String.class, report))
                .contains("SPIKE.MONTH");
        Long run = jdbc.queryForObject("SELECT run_id FROM unit_report WHERE id = ?", Long.class, report);
        assertThat(jdbc.queryForObject("SELECT total_t FROM accounting_run WHERE id = ?", java.math.BigDecimal.class, run))
                .isEqualByComparingTo(jdbc.queryForObject("SELECT total_t FROM unit_report WHERE id = ?", java.math.BigDecimal.class, report));

        explainAll(report);
        assertThat(statusOf(report)).isEqualTo("EXPLAINED");
        mvc.perform(form("/reports/" + report + "/verify", "verifier").param("findings", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("findings")));
        mvc.perform(form("/reports/" + report + "/verify", "verifier").param("findings", "数据与台账一致"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(report)).isEqualTo("VERIFIED");
        // the filler may not approve; a return needs a reason
        mvc.perform(form("/reports/" + report + "/decide", "ent.filler").param("approved", "true")).andExpect(status().isForbidden());
        mvc.perform(form("/reports/" + report + "/decide", "gov.province").param("approved", "false"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("say why")));
        mvc.perform(form("/reports/" + report + "/decide", "gov.province").param("approved", "false")
                .param("comment", "三月数据单位有误，请更正")).andExpect(status().is3xxRedirection());
        assertThat(statusOf(report)).isEqualTo("RETURNED");

        mvc.perform(submission(report, items, "t-2")).andExpect(status().is3xxRedirection());
        if ("FLAGGED".equals(statusOf(report))) {
            explainAll(report);
        }
        mvc.perform(form("/reports/" + report + "/verify", "verifier").param("findings", "已更正")).andExpect(status().is3xxRedirection());
        mvc.perform(form("/reports/" + report + "/decide", "gov.province").param("approved", "true").param("comment", "同意"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(report)).isEqualTo("APPROVED");
        assertThat(count("report_submission", report)).as("the returned version is kept").isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT event FROM report_event WHERE report_id = ? ORDER BY id", String.class, report))
                .containsSubsequence("SUBMITTED", "EXPLAINED", "VERIFIED", "RETURNED", "SUBMITTED", "VERIFIED", "APPROVED");
        String instance = jdbc.queryForObject("SELECT process_instance FROM unit_report WHERE id = ?", String.class, report);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();

        mvc.perform(get("/reporting/progress?year=" + YEAR).with(user(as("gov.province")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-kpi=\"APPROVED\">1<")));
        // another enterprise's filler cannot see the report
        mvc.perform(get("/reports/" + report).with(user(as("verifier")))).andExpect(status().isOk());
    }

    @Test
    void theYearlyTimerLaunchesTheConfiguredDivisionOnceAndACancelledReportKeepsItsHistory() throws Exception {
        var properties = new ReportingProperties("R/2027-01-10T08:00:00/P1Y", "640100", 90);
        var cycle = cycles.launchScheduled(LocalDate.of(2027, 1, 10), properties).orElseThrow();
        assertThat(cycle.year()).isEqualTo(2026);
        assertThat(cycle.launchedBy()).isEqualTo("scheduler");
        assertThat(cycles.launchScheduled(LocalDate.of(2027, 1, 10), properties)).as("launched once").isEmpty();
        assertThat(cycles.launchScheduled(LocalDate.of(2027, 1, 10), new ReportingProperties("x", "", 90))).isEmpty();
        List<Job> jobs;
        while (!(jobs = management.createJobQuery().executable().list()).isEmpty()) {
            jobs.forEach(j -> management.executeJob(j.getId()));
        }
        long report = jdbc.queryForObject("SELECT MIN(id) FROM unit_report WHERE cycle_id = ?", Long.class, cycle.id());
        // a city official may not cancel without a reason; with one the process ends and the history stays
        mvc.perform(form("/reports/" + report + "/cancel", "gov.city")).andExpect(status().isOk())
                .andExpect(content().string(containsString("say why")));
        mvc.perform(form("/reports/" + report + "/cancel", "gov.city").param("reason", "该设施已于2026年关停"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(report)).isEqualTo("CANCELLED");
        String instance = jdbc.queryForObject("SELECT process_instance FROM unit_report WHERE id = ?", String.class, report);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(jdbc.queryForObject("SELECT remark FROM report_event WHERE report_id = ? AND event = 'CANCELLED'", String.class,
                report)).isEqualTo("该设施已于2026年关停");
        // the enterprise cannot cancel
        mvc.perform(form("/reports/" + report + "/cancel", "ent.filler").param("reason", "x")).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder submission(long report, List<String> items, String token) {
        MockHttpServletRequestBuilder request = form("/reports/" + report + "/submit", "ent.filler").param("token", token);
        for (String item : items) {
            for (int m = 1; m <= 12; m++) {
                request.param("q." + item + "." + m, m == 3 && token.equals("t-1") ? "100000" : "100");
            }
            if (item.equals("CARBON_ANODE") || item.equals("ELECTRODE")) {
                request.param("x." + item + ".carbonFraction", "0.98");
            }
        }
        return request;
    }

    private void explainAll(long report) throws Exception {
        MockHttpServletRequestBuilder explain = form("/reports/" + report + "/explain", "ent.filler").param("correct", "false");
        for (Long flag : jdbc.queryForList("SELECT id FROM report_flag WHERE report_id = ? AND explanation IS NULL", Long.class, report)) {
            explain.param("explanation." + flag, "三月检修后补录，数值已核对");
        }
        mvc.perform(explain).andExpect(status().is3xxRedirection());
    }

    private long count(String table, long report) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE report_id = ?", Long.class, report);
    }

    private String statusOf(long report) {
        return jdbc.queryForObject("SELECT status FROM unit_report WHERE id = ?", String.class, report);
    }
}
