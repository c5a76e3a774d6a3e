package org.dualcarbon.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (no browser or driver downloads), started
 * with a fresh profile folder as conventions.md asks. One per test class.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final Path profile;
    private final String base;

    Browser(int port) {
        this.base = "http://localhost:" + port;
        try {
            this.profile = Files.createTempDirectory("dc-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1366,900", "--lang=zh-CN", "--accept-lang=zh-CN,zh");
        // a Chinese official's browser: Chinese first, as the webapps read navigator.languages[0]
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh,en",
                "download.default_directory", downloads().toAbsolutePath().toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    /** Where this browser's downloads land (one folder per browser, inside its profile folder). */
    Path downloads() {
        Path dir = profile.resolve("downloads");
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    void login(String username, String password) {
        // every test starts from a fresh session, whatever the previous one left behind
        open("/login");
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        if (org.dualcarbon.support.DemoSecondFactor.required(username)) {
            // the second step of the roles that need it: the demo account's authenticator code
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/login/otp"));
            driver.findElement(By.name("code")).sendKeys(org.dualcarbon.support.DemoSecondFactor.nextLoginCode(username));
            driver.findElement(By.cssSelector("form[action='/login/otp'] button[type=submit]")).click();
        }
        // the login page is left first: its own elements must not be taken for the next page's
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
        waitFor(By.cssSelector("main.content"));
    }

    void logout() {
        driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
        waitFor(By.name("username"));
    }

    WebElement waitFor(By locator) {
        try {
            // an element of the page being left can vanish between finding and checking it: look again
            return new WebDriverWait(driver, Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (org.openqa.selenium.TimeoutException e) {
            Path shot = screenshot("failed-wait");
            throw new AssertionError(locator + " did not appear on " + driver.getCurrentUrl() + " (screenshot " + shot + ")", e);
        }
    }

    void waitForChart(String id) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.attributeToBe(By.id(id), "data-chart-ready", "true"));
        } catch (org.openqa.selenium.TimeoutException e) {
            Path shot = screenshot("failed-" + id);
            throw new AssertionError("chart " + id + " did not render on " + driver.getCurrentUrl() + " (screenshot "
                    + shot + ", browser log " + driver.manage().logs().get("browser").getAll() + ")", e);
        }
    }

    String text(By locator) {
        return driver.findElement(locator).getText();
    }

    String source() {
        return driver.getPageSource();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    Path screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a leftover temp profile is harmless
        }
    }
}
