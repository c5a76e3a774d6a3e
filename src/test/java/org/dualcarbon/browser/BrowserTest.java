package org.dualcarbon.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A page test in a real browser: skipped, with the reason, where Debian's chromium is not installed; one browser per
 * test class, opened on first use and closed after the class.
 */
abstract class BrowserTest {

    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void requireChromium() {
        assumeTrue(Browser.available(), "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    Browser browser() {
        if (browser == null) {
            browser = new Browser(port);
        }
        return browser;
    }
}
