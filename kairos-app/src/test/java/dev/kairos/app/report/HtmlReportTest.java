package dev.kairos.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    static final String HOSTILE = "</script><script>alert(1)</script><!-- & \u2028";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void inlinesEchartsFromItsWebJar() throws IOException {
        String html = HtmlReport.render(SampleReports.typical());
        String echarts = classpathText("META-INF/resources/webjars/echarts/5.5.0/echarts.min.js");
        assertThat(echarts).hasSizeGreaterThan(500_000);
        assertThat(html).contains(echarts);
        assertThat(html).contains("Apache ECharts 5.5.0");
    }

    @Test
    void referencesNothingOutsideTheFile() {
        String html = HtmlReport.render(SampleReports.typical());
        String markup = withoutScriptBodies(html);
        assertThat(markup).doesNotContainPattern("(?i)<(script|img|iframe|link|source|embed)\\b[^>]*\\b(src|href)\\s*=");
        assertThat(markup).doesNotContainPattern("(?i)\\b(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//");
        assertThat(markup).doesNotContainPattern("(?i)@import|url\\(\\s*[\"']?\\s*(https?:)?//");
        assertThat(html).contains("Content-Security-Policy").contains("default-src 'none'");
    }

    @Test
    void embedsTheChartDataAsJson() throws IOException {
        ReportInput input = SampleReports.typical();
        JsonNode data = JSON.readTree(dataBlock(HtmlReport.render(input)));

        assertThat(longs(data.at("/equity/t"))).containsExactly(input.equity().time());
        assertThat(doubles(data.at("/equity/v"))).containsExactly(input.equity().value());
        assertThat(doubles(data.at("/drawdown/v"))).containsExactly(input.drawdown().scaled(-100).value());
        assertThat(data.at("/prices")).hasSize(2);
        assertThat(data.at("/prices/0/symbol").asText()).isEqualTo("BTC-USD");
        assertThat(data.at("/prices/0/elementId").asText()).isEqualTo("chart-price-0");
        assertThat(data.at("/prices/0/markers")).hasSize(input.prices().get(0).markers().size());
        assertThat(data.at("/prices/1/close/v")).hasSize(input.prices().get(1).close().size());
    }

    @Test
    void rendersTheMetricsAndTradeTables() {
        ReportInput input = SampleReports.typical();
        String html = HtmlReport.render(input);
        assertThat(html).contains("<table id=\"metrics\"").contains("<table id=\"trades\"")
                .contains("<th scope=\"row\">Max drawdown</th>")
                .contains("<th scope=\"col\">Exit reason</th>")
                .doesNotContain("trades-truncated");
        for (Metric metric : input.metrics()) {
            assertThat(html).contains(ReportTables.escape(metric.value()));
        }
        assertThat(tradeRows(html)).isEqualTo(input.trades().size());
        assertThat(html).contains("<tr><th scope=\"row\">Max drawdown</th>")
                .contains("<tr class=\"wide\"><th scope=\"row\">Journal hash</th>");
        assertThat(html).contains("<div class=\"chart\" id=\"chart-equity\">", "<div class=\"chart\" id=\"chart-drawdown\">",
                "<div class=\"chart\" id=\"chart-price-0\">", "<div class=\"chart\" id=\"chart-price-1\">");
    }

    @Test
    void formatsTradeCellsInUtc() {
        TradeRow trade = new TradeRow("BTC-USD", TradeSide.SHORT, SampleReports.START, SampleReports.START + 90_061_000L,
                0.015, 42_123.5, 41_000.25, 15.8632, 1.24, "take profit");
        TradeRow cheap = new TradeRow("DOGE-USD", TradeSide.LONG, SampleReports.START, SampleReports.START, 12_345.5,
                1.234567, 0.000123456, -0.0042, 0.5, "stop loss");
        String html = HtmlReport.render(withTrades(List.of(trade, cheap)));
        assertThat(html).contains("<td class=\"time\">2024-01-01 00:00:00</td>", "<td class=\"time\">2024-01-02 01:01:01</td>",
                "<td class=\"side short\">short</td>", "<td class=\"num\">0.015</td>", "<td class=\"num\">42,123.50</td>",
                "<td class=\"num\">41,000.25</td>", "<td class=\"num pos\">+15.86</td>", "<td class=\"num\">1.24</td>",
                "<td>take profit</td>");
        assertThat(html).contains("<td class=\"side long\">long</td>", "<td class=\"num\">12,345.5</td>",
                "<td class=\"num\">1.2346</td>", "<td class=\"num\">0.00012346</td>", "<td class=\"num neg\">-0.0042</td>",
                "<td class=\"num\">0.50</td>");
    }

    @Test
    void escapesTextSoItCannotBreakOutOfTheMarkupOrTheScriptBlocks() throws IOException {
        ReportInput input = hostile();
        String html = HtmlReport.render(input);

        // only the page's own three script elements close
        assertThat(Pattern.compile("(?i)</script").matcher(html).results().count()).isEqualTo(3);
        assertThat(Pattern.compile("(?i)<script").matcher(html).results().count()).isEqualTo(3);
        assertThat(html).doesNotContain("<script>alert(1)");
        assertThat(html).contains("<h1>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!-- &amp;");
        assertThat(html).contains("<td>&lt;/script&gt;&lt;script&gt;alert(1)");

        String block = dataBlock(html);
        assertThat(block).doesNotContain("<", ">", "&", "\u2028");
        JsonNode data = JSON.readTree(block);
        assertThat(data.at("/prices/0/symbol").asText()).isEqualTo(HOSTILE);
        assertThat(data.at("/prices/0/markers/0/label").asText()).isEqualTo(HOSTILE);
    }

    @Test
    void scriptSafeNeutralisesClosingTagsAndCommentOpeners() {
        assertThat(HtmlReport.scriptSafe("var a='</script>', b=\"<!--\", c=/<\\/SCRIPT/; // </Script"))
                .isEqualTo("var a='<\\/script>', b=\"<\\!--\", c=/<\\/SCRIPT/; // <\\/Script");
        assertThat(HtmlReport.scriptSafe("$1 \\ plain")).isEqualTo("$1 \\ plain");
    }

    @Test
    void showsTheFirstAndLastThousandOfMoreThanTwoThousandTrades() {
        List<TradeRow> trades = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            trades.add(new TradeRow("ETH-USD", TradeSide.LONG, 1_000L * i, 1_000L * i + 500, 1, 100, 101, 0.9, 0.1,
                    "exit " + (i + 1)));
        }
        String html = HtmlReport.render(withTrades(trades));
        assertThat(html).contains("Showing the first 1,000 and the last 1,000 of 2,500 trades.")
                .contains("… 500 trades not shown …")
                .contains("<td>exit 1</td>", "<td>exit 1000</td>", "<td>exit 1501</td>", "<td>exit 2500</td>")
                .doesNotContain("<td>exit 1001</td>", "<td>exit 1500</td>");
        assertThat(tradeRows(html)).isEqualTo(2_000);

        String exactlyTwoThousand = HtmlReport.render(withTrades(trades.subList(0, 2_000)));
        assertThat(exactlyTwoThousand).doesNotContain("trades-truncated", "not shown");
        assertThat(tradeRows(exactlyTwoThousand)).isEqualTo(2_000);
    }

    @Test
    void aMillionBarRunGivesALightReport() throws IOException {
        ReportInput input = SampleReports.build("Million bars", "run-1m", new String[] {"BTC-USD"},
                new double[] {30_000}, 1_000_000, 300, 11L, List.of());
        assertThat(input.trades().size()).isGreaterThan(2_000);
        assertThat(input.prices().get(0).markers().size()).isGreaterThan(HtmlReport.MAX_MARKERS_PER_CHART);

        String html = HtmlReport.render(input);
        JsonNode data = JSON.readTree(dataBlock(html));

        assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(3_000_000);
        assertThat(data.at("/equity/sourcePoints").asInt()).isEqualTo(1_000_000);
        assertThat(data.at("/equity/t").size()).isBetween(3_000, HtmlReport.MAX_CHART_POINTS);
        assertThat(data.at("/drawdown/v").size()).isLessThanOrEqualTo(HtmlReport.MAX_CHART_POINTS);
        assertThat(data.at("/prices/0/close/v").size()).isLessThanOrEqualTo(HtmlReport.MAX_CHART_POINTS);
        assertThat(data.at("/prices/0/markers")).hasSize(HtmlReport.MAX_MARKERS_PER_CHART);
        // the deepest drawdown survives thinning
        double deepest = -100 * Arrays.stream(input.drawdown().value()).max().orElseThrow();
        assertThat(doubles(data.at("/drawdown/v"))).contains(deepest);
        assertThat(Pattern.compile("<p class=\"chart-note\">([^<]*)</p>").matcher(html).results().map(r -> r.group(1)))
                .hasSize(3)
                .allMatch(note -> note.matches("Showing \\d,\\d{3} of 1,000,000 points \\(minimum and maximum per bucket\\)\\..*"))
                .last().asString().contains("Drawing the first and last 2,500 of " + ReportTables.count(
                        input.prices().get(0).markers().size()) + " trade markers.");
    }

    @Test
    void writesUtf8CreatingDirectories(@TempDir Path dir) throws IOException {
        ReportInput input = SampleReports.typical();
        Path file = dir.resolve("nested/deeper/report.html");
        assertThat(HtmlReport.write(input, file)).isEqualTo(file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(HtmlReport.render(input));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("SMA cross · BTC-USD");
        assertThat(HtmlReport.render(input)).isEqualTo(HtmlReport.render(input)); // deterministic
    }

    @Test
    void rendersAnEmptyRun() {
        ReportInput empty = new ReportInput("Nothing happened", "", List.of(), TimeSeries.empty(), TimeSeries.empty(),
                List.of(), List.of(), List.of());
        String html = HtmlReport.render(empty);
        assertThat(html).contains("No metrics.", "No trades.", "id=\"chart-equity\"", "id=\"chart-drawdown\"")
                .doesNotContain("id=\"notes\"", "chart-price-0");
    }

    @Test
    void templateFillsSlotsInOnePass() {
        PageTemplate template = new PageTemplate("<p>{{a}}</p>{{b}}");
        assertThat(template.fill(Map.of("a", "{{b}}", "b", "$1\\"))).isEqualTo("<p>{{b}}</p>$1\\");
        assertThatThrownBy(() -> template.fill(Map.of("a", "x")))
                .hasMessageContaining("'b'");
        assertThatThrownBy(
                () -> template.fill(Map.of("a", "x", "b", "y", "c", "z"))).hasMessageContaining("c");
    }

    @Test
    void scriptJsonEscapesMarkupCharacters() throws IOException {
        String json = ScriptJson.write(Map.of("k", HOSTILE));
        assertThat(json).doesNotContain("<", ">", "&", "\u2028").contains("\\u003C/script\\u003E", "\\u2028");
        assertThat(JSON.readTree(json).get("k").asText()).isEqualTo(HOSTILE);
    }

    static ReportInput hostile() {
        TimeSeries series = new TimeSeries(new long[] {SampleReports.START, SampleReports.START + SampleReports.FOUR_HOURS},
                new double[] {100, 101});
        return new ReportInput(HOSTILE, HOSTILE, List.of(new Metric(HOSTILE, HOSTILE)), series,
                new TimeSeries(series.time(), new double[] {0, 0.01}),
                List.of(new PricePanel(HOSTILE, series, List.of(new Marker(SampleReports.START, 100, MarkerKind.EXIT, HOSTILE)))),
                List.of(new TradeRow(HOSTILE, TradeSide.LONG, SampleReports.START, SampleReports.START + 1, 1, 100, 101, 1, 0,
                        HOSTILE)),
                List.of(HOSTILE));
    }

    @Test
    void regimeBandsReachThePageForShading() throws IOException {
        ReportInput input = SampleReports.typical();
        JsonNode panel = JSON.readTree(dataBlock(HtmlReport.render(input))).get("prices").get(0);
        List<RegimeBand> bands = input.prices().get(0).regimes();
        assertThat(bands).isNotEmpty();
        assertThat(panel.get("regimes")).hasSize(bands.size());
        assertThat(panel.get("regimes").get(0).get("from").asLong()).isEqualTo(bands.get(0).from());
        assertThat(panel.get("regimes").get(0).get("to").asLong()).isEqualTo(bands.get(0).to());
        assertThat(panel.get("regimes").get(0).get("regime").asText()).isEqualTo("bull_trend");
        assertThatThrownBy(() -> new RegimeBand(2, 1, "bull_trend")).hasMessageContaining("ends before");
    }

    private static ReportInput withTrades(List<TradeRow> trades) {
        ReportInput base = SampleReports.typical();
        return new ReportInput(base.title(), base.runId(), base.metrics(), base.equity(), base.drawdown(), base.prices(),
                trades, base.notes());
    }

    private static int tradeRows(String html) {
        String body = html.substring(html.indexOf("<table id=\"trades\""));
        body = body.substring(body.indexOf("<tbody>"), body.indexOf("</tbody>"));
        return (int) Pattern.compile("<tr>").matcher(body).results().count();
    }

    static String dataBlock(String html) {
        String open = "<script type=\"application/json\" id=\"kairos-data\">";
        int start = html.indexOf(open);
        assertThat(start).as("data block").isNotNegative();
        start += open.length();
        return html.substring(start, html.indexOf("</script>", start));
    }

    private static String withoutScriptBodies(String html) {
        Matcher m = Pattern.compile("(?is)(<script[^>]*>).*?(</script>)").matcher(html);
        return m.replaceAll("$1$2");
    }

    private static long[] longs(JsonNode array) {
        long[] out = new long[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asLong();
        }
        return out;
    }

    private static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }

    private static String classpathText(String name) throws IOException {
        try (InputStream in = HtmlReportTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
