package org.dualcarbon.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.dualcarbon.reporting.ReportingProcess;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reporting cycle in a real browser: the official launches it on the cycles page, the demo filler opens the
 * report from "my reports", fills the generated form and submits, explains the flags; the verifier records
 * findings; the official approves in Camunda Tasklist with the approval form; the approved report shows on the
 * official's progress page. Screenshots of each step go to target/screenshots.
 */
@PlatformTest
class ReportingBrowserTest extends BrowserTest {

    static final int YEAR = 2024;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;

    @Test
    void anEnterpriseGoesFromItsTaskToAnApprovedReport() {
        Browser b = browser();

        // the official launches the cycle
        b.login("gov.province", DemoFixture.PASSWORD);
        b.open("/reporting/cycles");
        b.driver().findElement(By.name("year")).clear();
        b.driver().findElement(By.name("year")).sendKeys(String.valueOf(YEAR));
        b.script("document.querySelector('input[name=deadline]').value = arguments[0]", LocalDate.now().plusDays(20).toString());
        b.driver().findElement(By.cssSelector("[data-testid=launch]")).click();
        b.waitFor(By.cssSelector("[data-kpi=reports]"));
        runJobs();
        b.logout();

        // the filler opens the report and submits the generated form; month 3 typed in kg instead of t
        long enterprise = jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = 'ent.filler'", Long.class);
        long report = jdbc.queryForObject("SELECT MIN(id) FROM unit_report WHERE enterprise_id = ? AND period_year = ?", Long.class,
                enterprise, YEAR);
        b.login("ent.filler", DemoFixture.PASSWORD);
        b.open("/reports?year=" + YEAR);
        b.driver().findElement(By.cssSelector("[data-report='" + report + "'] a")).click();
        b.waitFor(By.cssSelector("[data-testid=entry-form]"));
        List<String> items = jdbc.queryForList("SELECT i.item_code FROM emission_unit_item i JOIN unit_report r ON r.unit_id = i.unit_id "
                + "WHERE r.id = ?", String.class, report);
        b.script("var items = arguments[0];"
                + "items.forEach(function (item) { for (var m = 1; m <= 12; m++) {"
                + "  var input = document.querySelector('input[name=\"q.' + item + '.' + m + '\"]');"
                + "  if (input) { input.value = m === 3 ? '120000' : '120'; } }"
                + "  var c = document.querySelector('input[name=\"x.' + item + '.carbonFraction\"]'); if (c) { c.value = '0.98'; } });",
                items);
        b.screenshot("report-entry");
        b.driver().findElement(By.cssSelector("[data-testid=submit]")).click();
        b.waitFor(By.cssSelector("[data-testid=flags]"));
        assertThat(b.source()).contains("SPIKE.MONTH");
        for (var area : b.driver().findElements(By.cssSelector("[data-testid=flags] textarea"))) {
            area.sendKeys("三月数值为千克误填，已核对台账");
        }
        b.screenshot("report-flags");
        b.driver().findElement(By.cssSelector("[data-testid=explain]")).click();
        b.waitFor(By.cssSelector("[data-status=EXPLAINED]"));
        b.logout();

        // the verifier records findings
        b.login("verifier", DemoFixture.PASSWORD);
        b.open("/reports/" + report);
        b.driver().findElement(By.name("findings")).sendKeys("与台账及发票核对一致");
        b.driver().findElement(By.cssSelector("[data-testid=verify]")).click();
        b.waitFor(By.cssSelector("[data-status=VERIFIED]"));
        b.logout();

        // the official approves in Tasklist with the approval form
        String instance = jdbc.queryForObject("SELECT process_instance FROM unit_report WHERE id = ?", String.class, report);
        String task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(ReportingProcess.TASK_APPROVE)
                .singleResult().getId();
        b.login("gov.province", DemoFixture.PASSWORD);
        b.open("/camunda/app/tasklist/default/#/?task=" + task);
        b.waitFor(By.cssSelector("button.claim")).click();
        WebDriverWait wait = new WebDriverWait(b.driver(), Duration.ofSeconds(20));
        wait.until(d -> !d.findElements(By.xpath("//label[contains(., '批准 / Approve')]")).isEmpty());
        b.driver().findElement(By.xpath("//label[contains(., '批准 / Approve')]")).click();
        b.driver().findElement(By.cssSelector("textarea[id$='Field_Comment'], textarea[name='comment'], .fjs-form textarea"))
                .sendKeys("同意");
        b.screenshot("tasklist-approve");
        wait.until(d -> d.findElement(By.cssSelector("button[ng-click='complete()']")).isEnabled());
        // a notification may lie over the button: scroll to it and press it as the user would
        b.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                b.driver().findElement(By.cssSelector("button[ng-click='complete()']")));
        b.screenshot("tasklist-completed");
        wait.until(d -> "APPROVED".equals(jdbc.queryForObject("SELECT status FROM unit_report WHERE id = ?", String.class, report)));

        // the approved figure is on the progress page
        b.open("/reporting/progress?year=" + YEAR);
        assertThat(b.text(By.cssSelector("[data-kpi=APPROVED]"))).isEqualTo("1");
        b.screenshot("reporting-progress");
        assertThat(jdbc.queryForList("SELECT event FROM report_event WHERE report_id = ? ORDER BY id", String.class, report))
                .containsSubsequence("SUBMITTED", "EXPLAINED", "VERIFIED", "APPROVED");
        assertThat(jdbc.queryForObject("SELECT actor FROM report_event WHERE report_id = ? AND event = 'APPROVED'", String.class,
                report)).isEqualTo("gov.province");
        b.open("/");
        b.logout();
    }

    private void runJobs() {
        List<Job> jobs;
        while (!(jobs = management.createJobQuery().executable().list()).isEmpty()) {
            jobs.forEach(j -> management.executeJob(j.getId()));
        }
    }
}
