package dev.kairos.app.cli;

import static dev.kairos.app.cli.InProcessCli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code kairos data aggregate | resample | inspect}, in-process: the exact fixtures of the shared data set
 * through the command line, the gaps of the Lean files as the data README lists them, and the error
 * contract (one line on stderr, nothing on stdout, exit 2 for usage and 3 for data problems).
 */
class DataCommandTest {
    @TempDir
    Path dir;

    /** A file of the shared data set ({@code ../shared/data} above the repository), or the test is skipped. */
    static Path shared(String relative) {
        Optional<Path> data = Optional.empty();
        for (Path p = InProcessCli.HOME; p != null && data.isEmpty(); p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/data"))) {
                data = Optional.of(p.resolve("shared/data"));
            }
        }
        assumeTrue(data.isPresent(), "skipped: no shared/data directory above " + InProcessCli.HOME);
        Path file = data.get().resolve(relative);
        assumeTrue(Files.isRegularFile(file), () -> "skipped: " + file + " is absent from the shared data set");
        return file;
    }

    // ---- aggregate

    @Test
    void aggregateRebuildsTheXrpEthMinuteFileExactly() throws IOException {
        Path trades = shared("trades/binance_XRP-ETH_trades.csv");
        Path fixture = shared("ohlcv/binance_XRP-ETH_1m.csv");
        Path out = dir.resolve("xrp_1m.csv");

        InProcessCli.Run r = run("data", "aggregate", "--trades", trades.toString(), "--timeframe", "1m", "--out",
                out.toString(), "--fill");

        assertThat(r.exit()).as(r.describe()).isZero();
        assertThat(Files.readString(out)).as("byte for byte, forward-filled minutes included")
                .isEqualTo(Files.readString(fixture));
        assertThat(r.err()).contains("kairos: " + trades + ": 12477 parsed, 12477 accepted, 0 skipped");
        assertThat(r.out()).contains("2469 1m bars with trades + 1091 forward-filled");
    }

    @Test
    void aggregateJsonCountsEveryFile() {
        Path trades = shared("trades/binance_XRP-ETH_trades.csv");
        Path out = dir.resolve("xrp_1m.csv");

        InProcessCli.Run r = run("data", "aggregate", "--trades", trades.toString(), "--timeframe", "1m", "--out",
                out.toString(), "--json");

        assertThat(r.exit()).as(r.describe()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("timeframe").asText()).isEqualTo("1m");
        assertThat(j.get("symbol").asText()).isEqualTo("XRP-ETH");
        JsonNode f = j.get("files").get(0);
        assertThat(f.get("parsed").asLong()).isEqualTo(12_477);
        assertThat(f.get("accepted").asLong()).isEqualTo(12_477);
        assertThat(f.get("skipped").asLong()).isZero();
        assertThat(f.get("malformed").asLong()).isZero();
        assertThat(f.get("buys").asLong()).isEqualTo(6_524);
        assertThat(j.get("bars").asLong()).as("README: 2,469 minutes contain trades").isEqualTo(2_469);
        assertThat(j.get("filled_bars").asLong()).isZero();
        assertThat(j.get("first_bar").asText()).isEqualTo("2019-10-11T00:00:00Z");
        assertThat(j.get("sha256").asText()).hasSize(64);
    }

    @Test
    void aggregateCountsBadTradeRowsByKindPerFile() throws IOException {
        Path a = Files.writeString(dir.resolve("kraken_BCH-EUR_a.csv"), """
                timestamp,price,amount
                1672531436000,90.540000,1.10448420
                1672531471000,ninety,1
                1672531471000,90.45
                1672531500000,-1,1
                """);
        Path b = Files.writeString(dir.resolve("kraken_BCH-EUR_b.csv"), """
                1672531400000,90,1
                1672531600000,91,2,sell,x1
                1672531601000,92,3,short,x2
                1672535200000,93,4,buy,x3
                """);
        Path out = dir.resolve("bch_1h.csv");

        InProcessCli.Run r = run("data", "aggregate", "--trades", a.toString(), "--trades", b.toString(),
                "--timeframe", "1h", "--out", out.toString(), "--json");

        assertThat(r.exit()).as(r.describe()).isZero();
        JsonNode files = r.json().get("files");
        assertThat(files).hasSize(2);
        JsonNode fa = files.get(0);
        assertThat(fa.get("parsed").asLong()).isEqualTo(4);
        assertThat(fa.get("accepted").asLong()).isEqualTo(2);
        assertThat(fa.get("malformed").asLong()).isEqualTo(2);
        assertThat(fa.get("without_amount").asLong()).isEqualTo(1);
        assertThat(fa.get("malformed_by_kind").get("bad_price").get("first_lines").get(0).asLong()).isEqualTo(3);
        assertThat(fa.get("malformed_by_kind").get("non_positive_price").get("first_lines").get(0).asLong()).isEqualTo(5);
        JsonNode fb = files.get(1);
        assertThat(fb.get("header").asBoolean()).isFalse();
        assertThat(fb.get("malformed_by_kind").get("out_of_order_timestamp").get("first_lines").get(0).asLong())
                .isEqualTo(1);
        assertThat(fb.get("malformed_by_kind").get("bad_side").get("count").asLong()).isEqualTo(1);
        assertThat(fb.get("accepted").asLong()).isEqualTo(2);
        assertThat(r.err()).contains("kairos: " + b + ": 4 parsed, 2 accepted, 0 skipped (outside window), 2 malformed "
                + "[side is not buy or sell ×1 (line 3); timestamp earlier than the previous row ×1 (line 1)]");
        assertThat(Files.readString(out)).isEqualTo("""
                timestamp,open,high,low,close,volume
                1672531200000,90.54,91,90.45,91,3.1044842
                1672534800000,93,93,93,93,4
                """);
    }

    @Test
    void aggregateFailsOnBadRowsWhenAsked() throws IOException {
        Path a = Files.writeString(dir.resolve("x_BTC-USD.csv"), "timestamp,price\n1,10\n2,x\n");
        InProcessCli.Run r = run("data", "aggregate", "--trades", a.toString(), "--timeframe", "1m", "--out",
                dir.resolve("o.csv").toString(), "--on-bad-row", "fail");
        assertThat(r.exit()).isEqualTo(ExitCode.DATA);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("kairos data aggregate: data error: " + a + ": 1 malformed row of 2 parsed: "
                + "price is not a number ×1 (line 3)");
        assertThat(dir.resolve("o.csv")).doesNotExist();
    }

    @Test
    void aggregateFiltersByTime() throws IOException {
        Path a = Files.writeString(dir.resolve("x_BTC-USD.csv"), "1704067200000,10,1\n1704067260000,11,1\n"
                + "1704153600000,12,1\n");
        InProcessCli.Run r = run("data", "aggregate", "--trades", a.toString(), "--timeframe", "1m", "--out",
                dir.resolve("o.csv").toString(), "--from", "2024-01-01T00:01:00Z", "--to", "2024-01-02", "--json");
        assertThat(r.exit()).as(r.describe()).isZero();
        assertThat(r.json().get("files").get(0).get("skipped").asLong()).isEqualTo(2);
        assertThat(r.json().get("bars").asLong()).isEqualTo(1);
    }

    // ---- resample

    @Test
    void resampleFourHoursToCompleteDays() throws IOException {
        Path h4 = shared("ohlcv/coinbase_BTC-USD_4h.csv");
        Path out = dir.resolve("btc_1d.csv");

        InProcessCli.Run r = run("data", "resample", "--data", h4.toString(), "--timeframe", "1d", "--complete-only",
                "--out", out.toString(), "--json");

        assertThat(r.exit()).as(r.describe()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("input_timeframe").asText()).isEqualTo("4h");
        assertThat(j.get("bars").asLong()).isEqualTo(3_446);
        assertThat(j.get("partial_dropped").asLong()).isEqualTo(5);
        assertThat(j.get("first_dropped").get(0).asText()).isEqualTo("2016-05-18T00:00:00Z");
        assertThat(j.get("input").get("accepted").asLong()).isEqualTo(20_695);
        // the 2023 daily file is identical, row for row, to these days
        var written = Files.readAllLines(out);
        var daily2023 = Files.readAllLines(shared("ohlcv/coinbase_BTC-USD_1d_2023.csv"));
        assertThat(written).containsAll(daily2023);
    }

    @Test
    void resampleSecondsToMinutesReproducesTheLeanMinuteFile() throws IOException {
        Path seconds = shared("ohlcv/lean/coinbase_BTC-USD_1s.csv");
        Path minutes = shared("ohlcv/lean/coinbase_BTC-USD_1m.csv");
        Path out = dir.resolve("btc_1m.csv");

        InProcessCli.Run r = run("data", "resample", "--data", seconds.toString(), "--timeframe", "1m", "--out",
                out.toString());

        assertThat(r.exit()).as(r.describe()).isZero();
        var written = Files.readAllLines(out);
        assertThat(written).hasSize(1 + 4_216);
        assertThat(Files.readAllLines(minutes)).containsAll(written);
    }

    @Test
    void resampleRefusesATargetThatIsNotAMultiple() {
        Path h4 = shared("ohlcv/coinbase_BTC-USD_4h.csv");
        InProcessCli.Run r = run("data", "resample", "--data", h4.toString(), "--timeframe", "6h", "--out",
                dir.resolve("o.csv").toString());
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("kairos data resample: error: cannot resample 4h bars to 6h: 6h is not a whole "
                + "multiple of 4h");
    }

    // ---- inspect

    /** The gaps of the Lean files, as the data README's statistics table lists them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // file, rows, first bar, last bar, timeframe, missing bars, gaps
            "coinbase_LTC-USD_1m.csv, 3887, 2018-04-04T00:00:00Z, 2018-04-06T23:59:00Z, 1m, 433, 4",
            "coinbase_BTC-EUR_1m.csv, 3663, 2018-04-04T00:00:00Z, 2018-04-06T23:59:00Z, 1m, 657, 156",
            "coinbase_BTC-USD_1d.csv, 1318, 2014-12-01T00:00:00Z, 2018-08-13T00:00:00Z, 1d, 34, 8",
            "bitfinex_BTC-USD_1h.csv, 733, 2013-10-01T00:00:00Z, 2013-10-31T21:00:00Z, 1h, 9, 7",
            "binance_BTC-USDT_1h.csv, 120, 2018-05-01T00:00:00Z, 2018-05-05T23:00:00Z, 1h, 0, 0",
            "binance_BTC-BUSD_1m.csv, 1440, 2022-12-13T00:00:00Z, 2022-12-13T23:59:00Z, 1m, 0, 0",
            "bybit_BTC-USDT_1m.csv, 1440, 2022-12-13T00:00:00Z, 2022-12-13T23:59:00Z, 1m, 0, 0",
            // sample days: the README gives the days, the numbers were counted independently
            "coinbase_BTC-USD_1m.csv, 12423, 2016-10-07T00:00:00Z, 2018-04-06T23:59:00Z, 1m, 775257, 99",
            "coinbase_ETH-USD_1m.csv, 5329, 2017-09-03T00:00:00Z, 2018-04-05T23:59:00Z, 1m, 304271, 3",
            // sparse by nature: only the seconds with trades
            "coinbase_BTC-USD_1s.csv, 11520, 2016-10-07T00:00:04Z, 2016-10-09T23:59:58Z, 1s, 247675, 10910"})
    void inspectReportsTheRealGapsOfTheLeanFiles(String name, long rows, String first, String last, String tf,
                                                  long missing, long gaps) {
        Path file = shared("ohlcv/lean/" + name);
        InProcessCli.Run r = run("data", "inspect", file.toString(), "--json");
        assertThat(r.exit()).as(r.describe()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("parsed").asLong()).isEqualTo(rows);
        assertThat(j.get("accepted").asLong()).isEqualTo(rows);
        assertThat(j.get("malformed").asLong()).isZero();
        assertThat(j.get("first_bar").asText()).isEqualTo(first);
        assertThat(j.get("last_bar").asText()).isEqualTo(last);
        assertThat(j.get("timeframe").asText()).isEqualTo(tf);
        assertThat(j.get("gaps").get("missing_bars").asLong()).isEqualTo(missing);
        assertThat(j.get("gaps").get("count").asLong()).isEqualTo(gaps);
        assertThat(j.get("off_grid_bars").asLong()).isZero();
        assertThat(j.get("sparse").asBoolean()).isEqualTo(name.endsWith("_1s.csv") || missing > rows);
    }

    @Test
    void inspectNamesTheLargestGap() {
        Path ltc = shared("ohlcv/lean/coinbase_LTC-USD_1m.csv");
        InProcessCli.Run r = run("data", "inspect", ltc.toString());
        assertThat(r.exit()).as(r.describe()).isZero();
        // README: 2018-04-04 has 1,008 minutes, the data ends at 16:50
        assertThat(r.out()).contains("4 gaps, 433 missing bars")
                .contains("largest gap     2018-04-04T16:51:00Z +PT7H9M (429 bars)");
        JsonNode j = run("data", "inspect", ltc.toString(), "--json").json();
        JsonNode largest = j.get("gaps").get("largest");
        assertThat(largest.get("start").asText()).isEqualTo("2018-04-04T16:51:00Z");
        assertThat(largest.get("end").asText()).isEqualTo("2018-04-05T00:00:00Z");
        assertThat(largest.get("missing_bars").asLong()).isEqualTo(429);
        assertThat(j.get("gaps").get("first")).hasSize(4);
    }

    @Test
    void inspectCountsBadRowsByKindWithLines() throws IOException {
        Path f = Files.writeString(dir.resolve("x_BTC-USD_1h.csv"), """
                timestamp,open,high,low,close,volume
                0,10,11,9,10,1
                3600000,10,11,9,10
                7200000,10,8,9,10,1
                10800000,10,11,9,10,1

                3600000,10,11,9,10,1
                14400000,10,11,9,10,1
                18000000,10,11,9,10,1
                25200000,10,11,9,10,1
                """);
        InProcessCli.Run r = run("data", "inspect", f.toString(), "--json");
        assertThat(r.exit()).as(r.describe()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("parsed").asLong()).isEqualTo(8);
        assertThat(j.get("accepted").asLong()).isEqualTo(5);
        assertThat(j.get("timeframe").asText()).isEqualTo("1h");
        assertThat(j.get("blank").asLong()).isEqualTo(1);
        JsonNode kinds = j.get("malformed_by_kind");
        assertThat(kinds.get("wrong_column_count").get("first_lines").get(0).asLong()).isEqualTo(3);
        assertThat(kinds.get("high_below_low").get("first_lines").get(0).asLong()).isEqualTo(4);
        assertThat(kinds.get("out_of_order_timestamp").get("first_lines").get(0).asLong()).isEqualTo(7);
        assertThat(j.get("gaps").get("count").asLong()).isEqualTo(2);
        assertThat(j.get("gaps").get("missing_bars").asLong()).isEqualTo(3);

        InProcessCli.Run table = run("data", "inspect", f.toString());
        assertThat(table.out()).contains("bad rows        wrong column count ×1 (line 3); high below low ×1 (line 4); "
                + "timestamp earlier than the previous row ×1 (line 7)");
    }

    // ---- errors

    @Test
    void usageAndDataErrorsAreOneLineWithTheirExitCodes() throws IOException {
        Path good = Files.writeString(dir.resolve("x_BTC-USD.csv"), "1,10,1\n");
        InProcessCli.Run badTf = run("data", "aggregate", "--trades", good.toString(), "--timeframe", "1w", "--out",
                dir.resolve("o.csv").toString());
        assertThat(badTf.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(badTf.err().strip()).isEqualTo("kairos data aggregate: error: --timeframe: timeframe '1w': weeks, "
                + "months and years are not supported (no fixed UTC grid); use days, e.g. 7d");
        assertThat(badTf.out()).isEmpty();

        InProcessCli.Run missing = run("data", "inspect", dir.resolve("nope_BTC-USD.csv").toString());
        assertThat(missing.exit()).isEqualTo(ExitCode.DATA);
        assertThat(missing.err().strip()).isEqualTo("kairos data inspect: data error: " + dir.resolve("nope_BTC-USD.csv")
                + ": file not found");
        assertThat(missing.out()).isEmpty();

        InProcessCli.Run noTrades = run("data", "aggregate", "--trades", dir.resolve("nope_BTC-USD.csv").toString(),
                "--timeframe", "1m", "--out", dir.resolve("o.csv").toString());
        assertThat(noTrades.exit()).isEqualTo(ExitCode.DATA);
        assertThat(noTrades.err()).doesNotContain("Exception").doesNotContain("\tat ");

        Path blocker = Files.writeString(dir.resolve("blocker"), "x");
        InProcessCli.Run unwritable = run("data", "aggregate", "--trades", good.toString(), "--timeframe", "1m",
                "--out", blocker.resolve("o.csv").toString());
        assertThat(unwritable.exit()).isEqualTo(ExitCode.DATA);
        assertThat(unwritable.err()).contains("kairos data aggregate: output error: " + blocker.resolve("o.csv"));
        assertThat(unwritable.out()).isEmpty();

        InProcessCli.Run none = run("data");
        assertThat(none.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(none.err()).contains("a data command is required");

        InProcessCli.Run noOut = run("data", "resample", "--data", good.toString(), "--timeframe", "1h");
        assertThat(noOut.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(noOut.err()).contains("Missing required option: '--out=FILE.csv'");
    }
}
