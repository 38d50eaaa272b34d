package dev.kairos.app.cli;

import static dev.kairos.app.cli.InProcessCli.BTC;
import static dev.kairos.app.cli.InProcessCli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.analytics.indicator.Atr;
import dev.kairos.app.config.UtcTime;
import dev.kairos.model.market.BarSeries;
import dev.kairos.persistence.csv.BarCsvOptions;
import dev.kairos.persistence.csv.BarCsvReader;
import dev.kairos.persistence.csv.TimeWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sizing.policy: atr_risk} through the command line on the shipped BTC file: the first trade's quantity is
 * the one computed by hand from the batch ATR (1 % of equity over a 2-ATR stop), and every entry's notional is a
 * fraction of the equity that moves with the volatility, unlike the fixed fraction's whole equity.
 */
class SizingCliTest {
    private static final String FROM = "2023-01-01";
    private static final String TO = "2024-07-01";

    @TempDir
    Path dir;

    /** Rows of the exported trades CSV: {quantity, entry_price, entry_time}. */
    private static List<double[]> trades(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).split(","));
        int q = header.indexOf("quantity");
        int p = header.indexOf("entry_price");
        int t = header.indexOf("entry_time");
        return lines.stream().skip(1).map(l -> l.split(",")).map(c -> new double[] {Double.parseDouble(c[q]),
            Double.parseDouble(c[p]), Double.parseDouble(c[t])}).toList();
    }

    @Test
    void atrRiskSizesTheFirstTradeFromTheAtrAndKeepsEveryEntryUnderTheCap() throws IOException {
        Path config = Files.write(dir.resolve("atr.yaml"), List.of(
                "sizing:",
                "  policy: atr_risk",
                "  risk_per_trade: 0.01",
                "  stop_atr_multiple: 2",
                "  atr_period: 14",
                // the hand computation below leaves out the regime's widening of the stop (AdaptiveStops)
                "regime:",
                "  enabled: false"));
        Path csv = dir.resolve("atr-trades.csv");
        InProcessCli.Run r = run("backtest", "--config", config.toString(), "--json", "--from", FROM, "--to", TO,
                "--out", dir.resolve("runs").toString(), "--export-trades", csv.toString());
        assertThat(r.exit()).as(r.describe()).isZero();
        JsonNode json = r.json();
        CliContractTest.assertContract(json, r);
        assertThat(json.get("orders").get("sized_to_zero").isObject()).isTrue();
        List<double[]> trades = trades(csv);
        assertThat(trades).as("the 18-month window trades").hasSizeGreaterThan(5);

        // the first entry: equity is still the initial 10 000; the decision bar closes when the entry fills
        BarSeries bars = new BarCsvReader(BarCsvOptions.DEFAULTS.withWindow(new TimeWindow(
                UtcTime.parse(FROM).orElseThrow(), UtcTime.parse(TO).orElseThrow()))).read(BTC).series();
        double[] atr = Atr.batch(bars.highs(), bars.lows(), bars.closes(), 14);
        long entry = (long) trades.get(0)[2];
        int i = 0;
        while (bars.closeTime(i) != entry) {
            i++;
        }
        double expected = Math.min(10_000 * 0.01 / (2 * atr[i]), 10_000 / bars.close(i));
        assertThat(trades.get(0)[0]).isCloseTo(Math.floor(expected * 1e8 + 1e-9) / 1e8, within(1e-8));

        // every entry: a notional under the 1 × equity cap (equity stays within ±50 % here), and varying
        double least = Double.MAX_VALUE;
        double most = 0;
        for (double[] t : trades) {
            double notional = t[0] * t[1];
            least = Math.min(least, notional);
            most = Math.max(most, notional);
        }
        assertThat(most).isLessThan(1.5 * 10_000);
        assertThat(least).isGreaterThan(0.05 * 10_000);
        assertThat(most / least).as("sizes follow the ATR").isGreaterThan(1.2);

        // the default policy puts the whole equity into each entry
        Path fixedCsv = dir.resolve("fixed-trades.csv");
        InProcessCli.Run fixed = run("backtest", "--json", "--from", FROM, "--to", TO, "--out",
                dir.resolve("runs").toString(), "--export-trades", fixedCsv.toString());
        assertThat(fixed.exit()).as(fixed.describe()).isZero();
        double[] firstFixed = trades(fixedCsv).get(0);
        assertThat(firstFixed[0] * firstFixed[1]).isCloseTo(10_000, within(100.0));
        assertThat(trades.get(0)[0] * trades.get(0)[1]).as("ATR risk sizes below the whole equity")
                .isLessThan(0.9 * 10_000);
    }

    @Test
    void theSizingOptionChoosesThePolicy() {
        InProcessCli.Run r = run("backtest", "--sizing", "kelly", "--json", "--from", FROM, "--to", TO, "--out",
                dir.resolve("runs").toString());
        assertThat(r.exit()).as(r.describe()).isZero();
        // Kelly without a warm-up fraction never has a record to size from: no trades, every entry sized to zero
        JsonNode json = r.json();
        assertThat(json.get("trades").asInt()).isZero();
        assertThat(json.get("orders").get("sized_to_zero").get("too_few_trades").asLong()).isPositive();
        assertThat(run("backtest", "--sizing", "martingale").err()).contains("--sizing: unknown sizing policy");
    }
}
