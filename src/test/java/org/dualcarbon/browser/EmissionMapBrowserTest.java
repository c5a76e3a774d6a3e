package org.dualcarbon.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.PlatformTest;
import org.dualcarbon.support.WebSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The emissions map in a browser: the province's simplified boundary file is drawn as an ECharts map series with a
 * visual scale and its five cities, a click on 银川市 opens the city's page (a table, no boundary file), and the trail
 * leads back to the province.
 */
@PlatformTest
class EmissionMapBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void theProvinceMapDrawsItsCitiesAndAClickDrillsDown() {
        int year = jdbc.queryForObject("SELECT MAX(period_year) FROM activity_record", Integer.class);
        accountYinchuan(year);
        browser().login("gov.province", DemoFixture.PASSWORD);
        browser().open("/analysis/map?region=640000&year=" + year + "&metric=total");
        browser().waitForChart("emission-map");
        assertThat(browser().text(By.cssSelector("[data-testid=map-label]"))).contains("简化示意边界，非标准地图");

        Map<String, Object> drawn = (Map<String, Object>) browser().script("""
                var chart = echarts.getInstanceByDom(document.getElementById('emission-map'));
                var option = chart.getOption();
                var yinchuan = chart.convertToPixel({ seriesIndex: 0 }, [106.278179, 38.46637]);
                return { type: option.series[0].type, map: option.series[0].map, areas: option.series[0].data.length,
                         regions: chart.getModel().getSeriesByIndex(0).coordinateSystem.regions.length,
                         visualMap: option.visualMap.length, x: yinchuan[0], y: yinchuan[1],
                         width: chart.getWidth(), height: chart.getHeight() };""");
        assertThat(drawn).containsEntry("type", "map").containsEntry("map", "640000")
                .containsEntry("areas", 5L).containsEntry("regions", 5L).containsEntry("visualMap", 1L);
        assertThat(browser().source()).contains("data-export-for=\"emission-map\"");

        WebElement map = browser().driver().findElement(By.id("emission-map"));
        int dx = (int) Math.round(((Number) drawn.get("x")).doubleValue() - ((Number) drawn.get("width")).doubleValue() / 2);
        int dy = (int) Math.round(((Number) drawn.get("y")).doubleValue() - ((Number) drawn.get("height")).doubleValue() / 2);
        new Actions(browser().driver()).moveToElement(map, dx, dy).click().perform();
        new WebDriverWait(browser().driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("region=640100"));
        browser().waitFor(By.cssSelector("[data-testid=figures]"));
        assertThat(browser().source()).contains("data-testid=\"boundary-note\"").doesNotContain("id=\"emission-map\"");
        browser().waitForChart("chart-map-fallback");

        browser().driver().findElement(By.cssSelector("[data-testid=trail] a")).click();
        new WebDriverWait(browser().driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("region=640000"));
        browser().waitForChart("emission-map");
    }

    /** The fallback bar chart draws the districts that have a figure: one accounted enterprise of 银川 is enough. */
    private void accountYinchuan(int year) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM accounting_run WHERE period_year = ? AND superseded = FALSE "
                + "AND scope_path LIKE '/640000/640100/%'", Long.class, year) > 0) {
            return;
        }
        List<Long> enterprises = jdbc.queryForList("SELECT DISTINCT enterprise_id FROM activity_record WHERE period_year = ? "
                + "AND scope_path LIKE '/640000/640100/%'", Long.class, year);
        assertThat(new WebSession(port).basic("POST", "/api/enterprises/" + enterprises.get(0) + "/accounting?year=" + year,
                "gov.province", DemoFixture.PASSWORD, null).statusCode()).isBetween(200, 201);
    }
}
