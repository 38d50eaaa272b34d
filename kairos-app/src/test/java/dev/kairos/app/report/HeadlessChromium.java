package dev.kairos.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through Selenium for browser tests of generated pages, configured so it
 * never touches the network: the Debian {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} are
 * named explicitly (so Selenium Manager never runs and nothing is downloaded), background networking,
 * component updates, sync and QUIC are off, and each session gets a fresh profile directory. The
 * browser runs in the time zone {@value #TIME_ZONE}, the viewport is 1366 x 900 CSS pixels at scale 1.
 *
 * <p>When the browser or the driver is missing the calling test is skipped with a message saying what
 * to install, unless the environment variable {@code CI} is {@code true}: CI installs both, so there
 * their absence fails the test.
 *
 * <pre>{@code
 * try (HeadlessChromium browser = HeadlessChromium.start(tempDir)) {
 *     browser.open(htmlFile);
 *     browser.awaitTrue("window.kairosReport && window.kairosReport.done", Duration.ofSeconds(30));
 *     browser.screenshot(Path.of("target", "page.png"));
 * }
 * }</pre>
 */
public final class HeadlessChromium implements AutoCloseable {

    /** The Debian {@code chromium} package's browser. */
    public static final Path BROWSER = Path.of("/usr/bin/chromium");
    /** The Debian {@code chromium-driver} package's driver. */
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * The browser's local time zone: far from UTC and not a whole hour off (UTC+12:45, +13:45 in
     * summer), so a page that shows local time where it should show UTC is caught.
     */
    public static final String TIME_ZONE = "Pacific/Chatham";

    private static final int WIDTH = 1366;
    private static final int HEIGHT = 900;

    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriverService service, ChromeDriver driver) {
        this.service = service;
        this.driver = driver;
    }

    /**
     * Skips the calling test when Chromium or its driver is missing, or fails it when {@code CI=true}.
     */
    public static void requireInstalled() {
        requireInstalled(missing(BROWSER, DRIVER), System.getenv("CI"));
    }

    /**
     * What is missing of {@code browser} and {@code driver}, as a message; empty when both are there.
     */
    static Optional<String> missing(Path browser, Path driver) {
        List<String> absent = new ArrayList<>();
        if (!Files.isExecutable(browser)) {
            absent.add(browser.toString());
        }
        if (!Files.isExecutable(driver)) {
            absent.add(driver.toString());
        }
        return absent.isEmpty()
                ? Optional.empty()
                : Optional.of("headless Chromium browser test needs " + String.join(" and ", absent)
                        + " (Debian: apt-get install -y chromium chromium-driver)");
    }

    /**
     * Does nothing when nothing is missing; otherwise fails when {@code ciVariable} is {@code "true"}
     * and skips (aborts) the test when it is not.
     */
    static void requireInstalled(Optional<String> missing, String ciVariable) {
        if (missing.isEmpty()) {
            return;
        }
        if ("true".equalsIgnoreCase(ciVariable)) {
            Assertions.fail("CI=true but " + missing.get());
        }
        Assumptions.abort("Skipped: " + missing.get());
    }

    /**
     * Starts a headless session with a fresh profile in {@code userDataDir}, after
     * {@link #requireInstalled()}.
     */
    public static HeadlessChromium start(Path userDataDir) {
        requireInstalled();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", TIME_ZONE))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--disable-default-apps",
                "--disable-extensions",
                "--no-first-run",
                "--no-default-browser-check",
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                "--window-size=" + WIDTH + "," + HEIGHT,
                "--user-data-dir=" + userDataDir.toAbsolutePath());
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new HeadlessChromium(service, driver);
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
    }

    /** The underlying driver, for anything this class does not cover. */
    public ChromeDriver driver() {
        return driver;
    }

    /** Loads a local file through its {@code file://} URL and waits for the document to load. */
    public void open(Path file) {
        driver.get(file.toAbsolutePath().toUri().toString());
    }

    /** Runs {@code script} (a function body; use {@code return}) in the page and returns its result. */
    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /**
     * Waits until the JavaScript expression is truthy; on timeout the message shows the expression's
     * last value.
     *
     * @throws AssertionError on timeout
     */
    public void awaitTrue(String expression, Duration timeout) {
        awaitTrue(expression, timeout, expression);
    }

    /**
     * Waits until the JavaScript expression is truthy.
     *
     * @param diagnostic a JavaScript expression whose value goes into the failure message on timeout
     * @throws AssertionError on timeout
     */
    public void awaitTrue(String expression, Duration timeout, String diagnostic) {
        try {
            new WebDriverWait(driver, timeout, Duration.ofMillis(50))
                    .until(d -> Boolean.TRUE.equals(driver.executeScript("return !!(" + expression + ");")));
        } catch (TimeoutException e) {
            Object state = driver.executeScript("try { return JSON.stringify(" + diagnostic + "); }"
                    + " catch (e) { return String(e); }");
            throw new AssertionError("page did not reach '" + expression + "' within " + timeout + "; " + diagnostic
                    + " = " + state, e);
        }
    }

    /**
     * Saves a PNG of the whole page (not just the viewport) to {@code png}, creating directories.
     *
     * @return {@code png}
     */
    public Path screenshot(Path png) {
        Map<String, Object> layout = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<?, ?> content = (Map<?, ?>) layout.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                "width", ((Number) content.get("width")).doubleValue(),
                "height", ((Number) content.get("height")).doubleValue());
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "fromSurface", true, "clip", clip));
        byte[] bytes = Base64.getDecoder().decode((String) shot.get("data"));
        try {
            Path parent = png.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.write(png, bytes);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save screenshot " + png, e);
        }
    }

    /**
     * Saves a PNG of one element (scrolled into view) to {@code png}, creating directories.
     *
     * @return {@code png}
     */
    public Path screenshot(By element, Path png) {
        WebElement target = driver.findElement(element);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", target);
        byte[] bytes = target.getScreenshotAs(OutputType.BYTES);
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            Files.write(png, bytes);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save screenshot " + png, e);
        }
    }

    /** Ends the browser session and stops the driver. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
