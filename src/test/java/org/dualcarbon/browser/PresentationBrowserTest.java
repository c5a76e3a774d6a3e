package org.dualcarbon.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The four presentations in a real browser, each photographed into target/screenshots and its headline figure checked
 * against the current runs in the database: the PC home page; the phone (390×844) — every analysis page without
 * sideways scrolling; the 大屏 (1920×1080) — dark, cycling its views; the 互动屏 — touch targets of at least 48 px and a
 * tap that drills down.
 */
@PlatformTest
class PresentationBrowserTest extends BrowserTest {

    static final int YEAR = 2023;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    /** Every enterprise of 银川 with data accounted for the year, so the figures compared are not all zero. */
    @org.junit.jupiter.api.BeforeEach
    void accountYinchuan() throws Exception {
        if (accounted("/640000/640100/").signum() > 0) {
            return;
        }
        org.dualcarbon.support.DemoAccounting.accountAll(mvc, jdbc, "gov.city", YEAR, "/640000/640100/");
        assertThat(accounted("/640000/640100/")).isPositive();
    }

    @Test
    void pcHomeShowsTheProvincesAccountedTotal() {
        Browser b = browser();
        b.resize(1366, 900);
        b.login("gov.province", DemoFixture.PASSWORD);
        b.open("/?year=" + YEAR);
        b.waitFor(By.cssSelector("[data-kpi=emissions]"));
        assertThat(decimal(b.script("return document.querySelector('[data-kpi=emissions]').dataset.value")))
                .isEqualByComparingTo(accounted("/640000/"));
        b.screenshot("presentation-pc-home");
        b.logout();
    }

    @Test
    void phonePagesFitTheScreenWidth() {
        Browser b = browser();
        b.resize(390, 844);
        b.login("gov.city", DemoFixture.PASSWORD);
        for (String page : List.of("/", "/analysis/rankings", "/analysis/map?year=" + YEAR, "/analysis/decoupling",
                "/analysis/lmdi", "/touch?year=" + YEAR, "/reports")) {
            b.open(page);
            b.waitFor(By.cssSelector("body"));
            Number overflow = (Number) b.script("return document.documentElement.scrollWidth - window.innerWidth");
            b.screenshot("presentation-phone" + page.replaceAll("[^a-z]+", "-"));
            assertThat(overflow.intValue()).as("sideways scrolling on %s at phone width", page).isLessThanOrEqualTo(1);
        }
        b.resize(1366, 900);
        b.open("/");
        b.logout();
    }

    @Test
    void theScreenIsDarkAndCyclesItsViews() {
        Browser b = browser();
        b.resize(1920, 1080);
        b.login("gov.province", DemoFixture.PASSWORD);
        b.open("/screen?year=" + YEAR + "&interval=5");
        b.waitForChart("screen-trend");
        assertThat(b.script("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(11, 26, 42)");
        assertThat(decimal(b.script("return document.querySelector('[data-kpi=total]').dataset.value")))
                .isEqualByComparingTo(accounted("/640000/"));
        assertThat(b.script("return document.body.dataset.activeView")).isEqualTo("overview");
        b.screenshot("presentation-screen-overview");
        new WebDriverWait(b.driver(), Duration.ofSeconds(12))
                .until(d -> "trend".equals(b.script("return document.body.dataset.activeView")));
        b.screenshot("presentation-screen-trend");
        new WebDriverWait(b.driver(), Duration.ofSeconds(12))
                .until(d -> "ranking".equals(b.script("return document.body.dataset.activeView")));
        b.screenshot("presentation-screen-ranking");
        b.resize(1366, 900);
        b.open("/");
        b.logout();
    }

    @Test
    void theTouchScreenHasLargeTargetsAndDrillsDownByTap() {
        Browser b = browser();
        b.resize(1080, 1920);
        b.login("gov.province", DemoFixture.PASSWORD);
        b.open("/touch?region=640000&year=" + YEAR);
        b.waitFor(By.cssSelector("[data-testid=divisions]"));
        Number smallest = (Number) b.script("return Math.min.apply(null, Array.prototype.map.call("
                + "document.querySelectorAll('.touch-head a, .touch-tile'), function (e) {"
                + " var r = e.getBoundingClientRect(); return Math.min(r.width, r.height); }))");
        assertThat(smallest.doubleValue()).as("smallest touch target (px)").isGreaterThanOrEqualTo(48);
        b.screenshot("presentation-touch-province");
        b.driver().findElement(By.cssSelector(".touch-tile[data-code='640100']")).click();
        new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("region=640100"));
        b.waitFor(By.cssSelector("[data-kpi=total]"));
        assertThat(decimal(b.script("return document.querySelector('[data-kpi=total]').dataset.value")))
                .isEqualByComparingTo(accounted("/640000/640100/"));
        assertThat(b.text(By.cssSelector("h1"))).contains("银川市");
        b.screenshot("presentation-touch-city");
        b.resize(1366, 900);
        b.open("/");
        b.logout();
    }

    private BigDecimal accounted(String path) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(total_t), 0) FROM accounting_run WHERE superseded = FALSE "
                + "AND period_year = ? AND scope_path LIKE ?", BigDecimal.class, YEAR, path + "%");
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(String.valueOf(value));
    }
}
