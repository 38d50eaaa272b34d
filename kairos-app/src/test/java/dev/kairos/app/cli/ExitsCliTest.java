package dev.kairos.app.cli;

import static dev.kairos.app.cli.InProcessCli.BTC;
import static dev.kairos.app.cli.InProcessCli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.app.report.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kairos backtest} with the exit brain on ({@code exits.enabled: true}, the default levels) over 18
 * months of the shipped 4h BTC bars: exit counts in the JSON summary, exit reasons in the trade export, a
 * journal that verifies, and a report whose exit markers name their reason, checked in headless Chromium.
 */
class ExitsCliTest {
    private static final List<String> REASONS = List.of("tp1", "tp2", "tp3", "stop", "breakeven", "trailing",
            "time", "hard_stop", "signal", "risk");

    @TempDir
    Path dir;

    @Test
    void aBacktestWithExitsCountsItsExitsByReasonAndShowsThemOnTheChart() throws IOException {
        Path config = Files.write(dir.resolve("exits.yaml"), List.of(
                "backtest:",
                "  data: [" + BTC + "]",
                "  from: 2023-01-01",
                "  to: 2024-07-01",
                "exits:",
                "  enabled: true"));
        Path trades = dir.resolve("trades.csv");
        InProcessCli.Run r = run("backtest", "--config", config.toString(), "--json", "--out",
                dir.resolve("runs").toString(), "--export-trades", trades.toString());
        assertThat(r.exit()).as(r.describe()).isZero();
        JsonNode json = r.json();
        CliContractTest.assertContract(json, r);

        JsonNode exits = json.get("exits");
        long planExits = 0;
        long all = 0;
        for (String reason : REASONS) {
            all += exits.get(reason).asLong();
            if (!reason.equals("signal") && !reason.equals("risk")) {
                planExits += exits.get(reason).asLong();
            }
        }
        assertThat(exits.get("tp1").asLong()).as("take-profits were reached: %s", exits).isPositive();
        assertThat(planExits).as("the exit brain closed positions: %s", exits).isGreaterThan(exits.get("tp1").asLong());
        assertThat(all).as("every closed trade ended with an exit order").isGreaterThanOrEqualTo(json.get("trades")
                .asLong());

        List<String> csv = Files.readAllLines(trades);
        assertThat(csv).hasSize(1 + json.get("trades").asInt());
        for (String line : csv.subList(1, csv.size())) {
            assertThat(line.substring(line.lastIndexOf(',') + 1)).as(line).isIn(REASONS);
        }

        InProcessCli.Run verify = run("journal", "verify", json.get("journal").asText());
        assertThat(verify.exit()).as(verify.describe()).isZero();

        Path report = Path.of(json.get("report").asText());
        assertThat(InProcessCli.read(report)).contains("Exits by reason");
        try (HeadlessChromium browser = HeadlessChromium.start(dir.resolve("profile"))) {
            browser.open(report);
            browser.awaitTrue("window.kairosReport && window.kairosReport.done", Duration.ofSeconds(30),
                    "window.kairosReport");
            @SuppressWarnings("unchecked")
            Map<String, Object> exit = (Map<String, Object>) browser.script("""
                    var chart = echarts.getInstanceByDom(document.getElementById('chart-price-0'));
                    var series = chart.getOption().series;
                    for (var s = 0; s < series.length; s++) {
                      if (series[s].name === 'Exit') {
                        var labels = series[s].data.map(function (d) { return d[2]; });
                        var n = Math.floor(series[s].data.length / 2);
                        chart.dispatchAction({ type: 'showTip', seriesIndex: s, dataIndex: n });
                        return { count: series[s].data.length, label: series[s].data[n][2], labels: labels };
                      }
                    }
                    return { count: 0 };""");
            assertThat(((Number) exit.get("count")).intValue()).as("exit markers").isPositive();
            @SuppressWarnings("unchecked")
            List<Object> labels = new ArrayList<>((List<Object>) exit.get("labels"));
            assertThat(labels).allSatisfy(l -> assertThat(l.toString().split(" ")[0]).isIn(REASONS));
            assertThat(labels).anySatisfy(l -> assertThat(l.toString()).startsWith("tp1 "));
            String label = exit.get("label").toString();
            assertThat(label).matches("[a-z_0-9]+ [0-9.e+-]+");
            browser.awaitTrue("document.getElementById('chart-price-0').innerText.indexOf('" + label + "') >= 0",
                    Duration.ofSeconds(5), "document.getElementById('chart-price-0').innerText");
            assertThat(browser.script("return document.getElementById('chart-price-0').innerText").toString())
                    .as("the tooltip names the exit's reason").contains(label);
        }
    }
}
