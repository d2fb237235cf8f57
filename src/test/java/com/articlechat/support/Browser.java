package com.articlechat.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Headless Chromium for the page tests, started from Debian's binaries with nothing downloaded; a
 * missing browser skips the test unless {@code ARTICLECHAT_REQUIRE_BROWSER=true} (or
 * {@code -Darticlechat.requireBrowser=true}) makes it a failure, as in CI.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Long enough for an answer on a busy two-core machine; waits end as soon as their condition holds. */
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(50);

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Starts a fresh browser (new profile, so no local storage carries over) showing pages at 1280x900
     * in the light colour scheme, or skips the calling test when Chromium is absent and not required.
     */
    public static Browser launch() {
        boolean required = "true".equalsIgnoreCase(System.getenv("ARTICLECHAT_REQUIRE_BROWSER"))
                || Boolean.getBoolean("articlechat.requireBrowser");
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (required) {
            assertThat(present).as("Chromium and chromedriver at %s and %s (apt-get install chromium chromium-driver)",
                    CHROMIUM, CHROMEDRIVER).isTrue();
        }
        Assumptions.assumeTrue(present, "Chromium is not installed; skipping the browser test");

        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The network here is closed: without the background-networking flags Chromium's own
        // connections are refused many at a time, and with both binaries given Selenium Manager is never asked.
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1280,900", "--force-color-profile=srgb",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            FileSystemUtils.deleteRecursively(profile.toFile());
            throw e;
        }
        Browser browser = new Browser(driver, profile);
        try {
            // New headless counts the window frame in --window-size: pin the page's own viewport instead,
            // and the light scheme, so layouts and screenshots do not depend on the host.
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
            driver.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
            return browser;
        } catch (RuntimeException e) {
            browser.close();
            throw e;
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Waits until {@code condition} returns true or non-null, polling often so fast transitions are not missed. */
    public <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT, POLL).until(condition::apply);
    }

    /** Runs a script in the page and returns its result, for state the DOM API does not expose to WebDriver. */
    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
