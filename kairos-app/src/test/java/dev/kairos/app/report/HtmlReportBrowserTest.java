package dev.kairos.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.opentest4j.TestAbortedException;

/**
 * Opens written reports in headless Chromium and checks that every chart really drew. Skipped when
 * Chromium is not installed, failed then when {@code CI=true}; see {@link HeadlessChromium}.
 * The pages and their screenshots are kept in {@code target/report-screenshots/}.
 */
class HtmlReportBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "report-screenshots");
    private static final String READY = "window.kairosReport && window.kairosReport.done";

    /** Per chart container: its id, the width of its canvas and how many canvas pixels are painted. */
    private static final String CHART_STATE = """
            return Array.from(document.querySelectorAll('.chart')).map(function (el) {
              var canvas = el.querySelector('canvas');
              var painted = 0;
              if (canvas && canvas.width > 0 && canvas.height > 0) {
                var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                for (var i = 3; i < pixels.length; i += 4 * 7) { if (pixels[i] > 0) { painted++; } }
              }
              return { id: el.id, canvasWidth: canvas ? canvas.width : 0,
                       shownWidth: canvas ? canvas.getBoundingClientRect().width : 0, painted: painted };
            });""";

    @TempDir
    Path temp;

    @Test
    void typicalReportDrawsEveryChartAndBothTables() {
        ReportInput input = SampleReports.typical();
        Path file = HtmlReport.write(input, SCREENSHOTS.resolve("typical-report.html"));
        try (HeadlessChromium browser = HeadlessChromium.start(temp.resolve("profile"))) {
            browser.open(file);
            browser.awaitTrue(READY, Duration.ofSeconds(30), "window.kairosReport");

            assertChartsDrew(browser, 2 + input.prices().size());
            assertThat(browser.driver().findElements(By.cssSelector("#metrics tbody tr"))).hasSize(input.metrics().size());
            assertThat(browser.driver().findElements(By.cssSelector("#trades tbody tr"))).hasSize(input.trades().size());
            assertThat(browser.driver().findElement(By.cssSelector("#metrics")).isDisplayed()).isTrue();
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(input.title());
            assertThat(browser.script("return document.querySelectorAll('script[src], link[href]').length"))
                    .isEqualTo(0L);
            assertThat(browser.script("return performance.getEntriesByType('resource').map(function (r) { return r.name; })"))
                    .as("resources the page fetched").asInstanceOf(InstanceOfAssertFactories.LIST)
                    .isEmpty();

            assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);

            browser.screenshot(SCREENSHOTS.resolve("typical-report.png"));
            browser.screenshot(By.cssSelector("#chart-price-0"), SCREENSHOTS.resolve("typical-report-price-0.png"));

            assertTimesAreUtc(browser);
            assertChartsFollowANarrowWindow(browser);
            browser.screenshot(SCREENSHOTS.resolve("typical-report-narrow.png"));
        }
    }

    @Test
    void millionBarReportWithHostileTextStillDraws() throws IOException {
        ReportInput big = SampleReports.build("Million bars " + HtmlReportTest.HOSTILE, "run-1m", new String[] {"BTC-USD"},
                new double[] {30_000}, 1_000_000, 300, 11L, List.of("Exit labels: " + HtmlReportTest.HOSTILE));
        PricePanel panel = big.prices().get(0);
        List<Marker> markers = new ArrayList<>(panel.markers());
        markers.set(0, new Marker(markers.get(0).time(), markers.get(0).price(), MarkerKind.EXIT, HtmlReportTest.HOSTILE));
        ReportInput input = new ReportInput(big.title(), big.runId(), big.metrics(), big.equity(), big.drawdown(),
                List.of(new PricePanel(panel.symbol(), panel.close(), markers)), big.trades(), big.notes());
        Path file = HtmlReport.write(input, SCREENSHOTS.resolve("million-bar-report.html"));
        try (HeadlessChromium browser = HeadlessChromium.start(temp.resolve("profile"))) {
            long start = System.nanoTime();
            browser.open(file);
            browser.awaitTrue(READY, Duration.ofSeconds(30), "window.kairosReport");
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("million-bar report: " + Files.size(file) / 1024 + " KiB, loaded and drawn in "
                    + millis + " ms");

            assertChartsDrew(browser, 3);
            assertThat(millis).as("load and draw time in ms").isLessThan(15_000);
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(input.title().strip());
            assertThat(browser.driver().findElement(By.id("trades-truncated")).getText())
                    .contains("Showing the first 1,000 and the last 1,000 of");
            assertThat(browser.driver().findElements(By.cssSelector("#trades tbody tr"))).hasSize(2_001);
            assertThat(browser.script("return typeof window.alerted")).isEqualTo("undefined");

            browser.screenshot(SCREENSHOTS.resolve("million-bar-report.png"));
        }
    }

    @Test
    void missingChromiumSkipsLocallyAndFailsOnCi() {
        Optional<String> missing = HeadlessChromium.missing(temp.resolve("no-browser"), temp.resolve("no-driver"));
        assertThat(missing).get(InstanceOfAssertFactories.STRING)
                .contains("no-browser", "no-driver", "apt-get install");
        assertThatThrownBy(() -> HeadlessChromium.requireInstalled(missing, null))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("Skipped");
        assertThatThrownBy(() -> HeadlessChromium.requireInstalled(missing, "false"))
                .isInstanceOf(TestAbortedException.class);
        assertThatThrownBy(() -> HeadlessChromium.requireInstalled(missing, "true"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("CI=true");
        HeadlessChromium.requireInstalled(Optional.empty(), "true");
    }

    /** On a phone-sized window the charts shrink to the window instead of overflowing it. */
    private static void assertChartsFollowANarrowWindow(HeadlessChromium browser) {
        browser.driver().manage().window().setSize(new Dimension(420, 900));
        browser.awaitTrue("Array.from(document.querySelectorAll('.chart canvas')).every(function (c) {"
                + " return c.width > 200 && c.width <= window.innerWidth - 20; })", Duration.ofSeconds(5),
                "[window.innerWidth, Array.from(document.querySelectorAll('.chart canvas')).map(function (c) { return c.width; })]");
        assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
    }

    /** The browser runs far from UTC; the charts must still be set to UTC and say so in tooltips. */
    private static void assertTimesAreUtc(HeadlessChromium browser) {
        assertThat(((Number) browser.script("return new Date(0).getTimezoneOffset()")).intValue())
                .as("browser time zone offset, proving the test runs away from UTC").isNotZero();
        assertThat(browser.script("""
                return Array.from(document.querySelectorAll('.chart'))
                    .every(function (el) { return echarts.getInstanceByDom(el).getOption().useUTC === true; });"""))
                .isEqualTo(true);
        browser.script("""
                echarts.getInstanceByDom(document.getElementById('chart-price-0'))
                    .dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 0 });""");
        browser.awaitTrue("document.getElementById('chart-price-0').innerText.indexOf('2024-01-01 00:00 UTC') >= 0",
                Duration.ofSeconds(5), "document.getElementById('chart-price-0').innerText");
        browser.script("""
                echarts.getInstanceByDom(document.getElementById('chart-price-0')).dispatchAction({ type: 'hideTip' });""");
    }

    @SuppressWarnings("unchecked")
    private static void assertChartsDrew(HeadlessChromium browser, int expectedCharts) {
        Map<String, Object> state = (Map<String, Object>) browser.script("return window.kairosReport");
        assertThat(state.get("errors")).asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
        assertThat(((Number) state.get("chartsExpected")).intValue()).isEqualTo(expectedCharts);
        assertThat(((Number) state.get("chartsReady")).intValue()).isEqualTo(expectedCharts);

        List<WebElement> containers = browser.driver().findElements(By.cssSelector(".chart"));
        assertThat(containers).hasSize(expectedCharts);
        List<Map<String, Object>> charts = (List<Map<String, Object>>) browser.script(CHART_STATE);
        assertThat(charts).hasSize(expectedCharts);
        for (Map<String, Object> chart : charts) {
            assertThat(((Number) chart.get("canvasWidth")).intValue()).as("canvas width of #%s", chart.get("id"))
                    .isPositive();
            assertThat(((Number) chart.get("shownWidth")).doubleValue()).as("shown width of #%s", chart.get("id"))
                    .isGreaterThan(300);
            assertThat(((Number) chart.get("painted")).intValue()).as("painted pixels of #%s", chart.get("id"))
                    .isGreaterThan(1_000);
        }
    }
}
