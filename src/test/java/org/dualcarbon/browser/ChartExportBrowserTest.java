package org.dualcarbon.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every chart has "导出 PNG" (issue 10 item 3): a click downloads the chart as drawn, a PNG at twice the chart's size,
 * named after what it shows.
 */
@PlatformTest
class ChartExportBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theHomeAndRankingChartsDownloadAsPngOfTwiceTheirSize() throws Exception {
        browser().login("gov.city", DemoFixture.PASSWORD);
        browser().waitForChart("chart-monthly");
        assertThat(exported("chart-monthly", "chart-monthly.png")).isTrue();

        int year = jdbc.queryForObject("SELECT MAX(period_year) FROM activity_record", Integer.class);
        long enterprise = jdbc.queryForObject("SELECT MIN(id) FROM enterprise WHERE scope_path LIKE '/640000/640100/%'", Long.class);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM accounting_run WHERE period_year = ? AND scope_path LIKE '/640000/640100/%'",
                Long.class, year) == 0) {
            // rankings rank accounted runs: account one enterprise of the city for the year, as an official would
            assertThat(new org.dualcarbon.support.WebSession(port).basic("POST", "/api/enterprises/" + enterprise
                    + "/accounting?year=" + year, "gov.province", DemoFixture.PASSWORD, null).statusCode()).isBetween(200, 201);
        }
        browser().open("/analysis/rankings?year=" + year);
        browser().waitForChart("chart-dimension");
        assertThat(exported("chart-dimension", "排名-all-" + year + ".png")).isTrue();
    }

    private boolean exported(String chartId, String fileName) throws Exception {
        long width = (Long) ((JavascriptExecutor) browser().driver()).executeScript(
                "return document.getElementById(arguments[0]).clientWidth;", chartId);
        browser().driver().findElement(By.cssSelector("button.chart-export[data-export-for='" + chartId + "']")).click();
        Path file = browser().downloads().resolve(fileName);
        for (long deadline = System.currentTimeMillis() + 15_000; System.currentTimeMillis() < deadline && !Files.exists(file); ) {
            Thread.sleep(100);
        }
        try (Stream<Path> all = Files.list(browser().downloads())) {
            Optional<Path> any = all.filter(p -> p.getFileName().toString().endsWith(".png")).findAny();
            assertThat(Files.exists(file)).as("downloaded " + fileName + "; found " + any).isTrue();
        }
        byte[] png = Files.readAllBytes(file);
        assertThat(png).startsWith(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        int pngWidth = ByteBuffer.wrap(png, 16, 4).getInt();
        assertThat(pngWidth).isEqualTo(2 * (int) width);
        return true;
    }
}
