package org.dualcarbon.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real browser logs in as a city official and as an enterprise filler and checks what each sees: the
 * figures and the chart data against the database, the scope, and the phone-width layout. Screenshots go to
 * target/screenshots.
 */
@PlatformTest
class HomePagesBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void cityOfficialSeesItsCityFiguresAndTrend() {
        Browser b = browser();
        b.login("gov.city", DemoFixture.PASSWORD);
        b.waitForChart("chart-monthly");
        int year = jdbc.queryForObject("SELECT MAX(period_year) FROM activity_record", Integer.class);
        long enterprises = jdbc.queryForObject("SELECT COUNT(*) FROM enterprise WHERE scope_path LIKE '/640000/640100/%'", Long.class);
        BigDecimal tce = jdbc.queryForObject("SELECT SUM(r.quantity * a.tce_per_unit) FROM activity_record r JOIN activity_item a "
                + "ON a.code = r.item_code WHERE a.kind = 'ENERGY' AND r.period_year = ? AND r.scope_path LIKE '/640000/640100/%'",
                BigDecimal.class, year).setScale(4, RoundingMode.HALF_UP);

        assertThat(b.text(By.cssSelector("[data-kpi=enterprises]"))).isEqualTo(Long.toString(enterprises));
        assertThat(b.script("return document.querySelector('[data-kpi=tce]').dataset.value")).isEqualTo(tce.toPlainString());
        assertThat(b.text(By.cssSelector("h1"))).contains("银川市");

        Number months = (Number) b.script("return echarts.getInstanceByDom(document.getElementById('chart-monthly'))"
                + ".getOption().series[0].data.length");
        long expectedMonths = jdbc.queryForObject("SELECT COUNT(DISTINCT period_year * 100 + period_month) FROM activity_record "
                + "WHERE scope_path LIKE '/640000/640100/%' AND period_year BETWEEN ? AND ?", Long.class, year - 4, year);
        assertThat(months.longValue()).isEqualTo(expectedMonths);
        Object lastMonth = b.script("var d = echarts.getInstanceByDom(document.getElementById('chart-monthly')).getOption()"
                + ".series[0].data; return String(d[d.length - 1]);");
        BigDecimal december = jdbc.queryForObject("SELECT SUM(r.quantity * a.tce_per_unit) FROM activity_record r JOIN activity_item a "
                + "ON a.code = r.item_code WHERE a.kind = 'ENERGY' AND r.period_year = ? AND r.period_month = 12 "
                + "AND r.scope_path LIKE '/640000/640100/%'", BigDecimal.class, year).setScale(4, RoundingMode.HALF_UP);
        assertThat(new BigDecimal(lastMonth.toString())).isEqualByComparingTo(december);
        b.screenshot("gov-city-home");
        b.logout();
    }

    @Test
    void officialsReadTasklistInChinese() {
        Browser b = browser();
        b.login("gov.district", DemoFixture.PASSWORD);
        b.open("/camunda/app/tasklist/default/");
        b.waitFor(By.cssSelector(".tasks-list, [cam-tasks], .task-filters"));
        new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> d.getPageSource().contains("发起流程") && d.getPageSource().contains("我的待办"));
        assertThat(b.script("return navigator.languages[0]")).isEqualTo("zh-CN");
        assertThat(b.source()).contains("发起流程").contains("创建任务").contains("我的待办").doesNotContain(">Start process<");
        b.screenshot("gov-district-tasklist");
        b.open("/");
        b.logout();
    }

    @Test
    void enterpriseFillerSeesOnlyItsOwnEnterpriseAlsoOnAPhone() {
        Browser b = browser();
        b.resize(390, 844);
        b.login("ent.filler", DemoFixture.PASSWORD);
        String own = jdbc.queryForObject("SELECT e.name FROM enterprise e JOIN app_user u ON u.enterprise_id = e.id "
                + "WHERE u.username = 'ent.filler'", String.class);
        assertThat(b.text(By.cssSelector("h1"))).contains(own);
        b.waitForChart("chart-monthly");
        Number overflow = (Number) b.script("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow.intValue()).as("no sideways scrolling at phone width").isLessThanOrEqualTo(1);
        b.screenshot("ent-filler-home-phone");

        b.open("/org/enterprises");
        b.waitFor(By.cssSelector("[data-testid=enterprises]"));
        long rows = (Long) b.script("return document.querySelectorAll('[data-testid=enterprises] tbody tr').length");
        assertThat(rows).isEqualTo(1);
        b.resize(1366, 900);
        b.logout();
    }
}
