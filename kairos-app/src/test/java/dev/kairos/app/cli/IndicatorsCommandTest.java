package dev.kairos.app.cli;

import static dev.kairos.app.cli.InProcessCli.BTC;
import static dev.kairos.app.cli.InProcessCli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kairos.analytics.catalog.IndicatorCatalog;
import dev.kairos.analytics.catalog.IndicatorDefinition;
import dev.kairos.analytics.indicator.BollingerBands;
import dev.kairos.analytics.indicator.Macd;
import dev.kairos.analytics.indicator.Rsi;
import dev.kairos.model.market.BarSeries;
import dev.kairos.persistence.csv.BadRowPolicy;
import dev.kairos.persistence.csv.BarCsvOptions;
import dev.kairos.persistence.csv.BarCsvReader;
import dev.kairos.persistence.csv.TimeWindow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code kairos indicators}, in-process: values equal the indicators' batch functions on the shipped BTC-USD
 * 4h data, columns are named after outputs and arguments with empty warm-up cells, omitted arguments take
 * their defaults, every bad argument is a one-line usage error naming the option (exit 2, all at once, nothing
 * on stdout), data problems exit 3, {@code --list} names the whole catalogue, and the columns agree with
 * TA-Lib's own output (the shared golden file) to 1e-9.
 */
class IndicatorsCommandTest {
    /** A small window of the shipped file: 2024-01-01 .. 2024-03-01, 360 4h bars. */
    private static final String FROM = "2024-01-01";
    private static final String TO = "2024-03-01";
    private static final String TALIB = "indicators/talib/talib_coinbase_BTC-USD_4h_2024.csv";
    private static final double RELATIVE_TOLERANCE = 1e-9;

    @TempDir
    Path dir;

    // ---- values and columns

    @Test
    void rsi14EqualsTheBatchRsiOfTheWindow() {
        InProcessCli.Run r = run("indicators", "--data", BTC.toString(), "--indicator", "rsi:14", "--from", FROM,
                "--to", TO);

        assertThat(r.exit()).as(r.describe()).isZero();
        Csv csv = Csv.parse(r.out());
        assertThat(csv.header()).containsExactly("timestamp", "rsi_14");
        BarSeries bars = window();
        assertThat(csv.rows()).isEqualTo(bars.size()).isEqualTo(360);
        assertThat(csv.timestamps()).containsExactly(bars.timestamps());
        assertThat(csv.timestamps()[0]).isEqualTo(Instant.parse("2024-01-01T00:00:00Z").toEpochMilli());
        assertBitwiseEqual("rsi_14", Rsi.batch(bars.closes(), 14), csv.column("rsi_14"));
        assertThat(csv.cells("rsi_14").subList(0, 14)).as("warm-up").allMatch(String::isEmpty);
        assertThat(csv.cells("rsi_14").get(14)).isNotEmpty();
        assertThat(r.err()).contains("kairos: " + BTC + ": 20695 parsed, 360 accepted, 20335 skipped, 0 malformed");
    }

    @Test
    void macdHasThreeColumnsWithEmptyWarmUpCells() {
        InProcessCli.Run r = run("indicators", "--data", BTC.toString(), "--indicator", "macd:12,26,9", "--from",
                FROM, "--to", TO);

        assertThat(r.exit()).as(r.describe()).isZero();
        Csv csv = Csv.parse(r.out());
        assertThat(csv.header()).containsExactly("timestamp", "macd_12_26_9", "macd_signal_12_26_9",
                "macd_hist_12_26_9");
        int lookback = new Macd(12, 26, 9).lookback();
        assertThat(lookback).isEqualTo(33);
        for (String c : csv.header().subList(1, 4)) {
            assertThat(csv.cells(c).subList(0, lookback)).as("%s warm-up", c).allMatch(String::isEmpty);
            assertThat(csv.cells(c).subList(lookback, csv.rows())).as("%s after warm-up", c)
                    .noneMatch(String::isEmpty);
        }
        Macd.Batch expected = Macd.batch(window().closes(), 12, 26, 9);
        assertBitwiseEqual("macd", expected.macd(), csv.column("macd_12_26_9"));
        assertBitwiseEqual("signal", expected.signal(), csv.column("macd_signal_12_26_9"));
        assertBitwiseEqual("histogram", expected.histogram(), csv.column("macd_hist_12_26_9"));
    }

    @Test
    void bollingerBandsNameEveryOutputWithItsArguments() {
        InProcessCli.Run r = run("indicators", "--data", BTC.toString(), "--indicator", "bbands:20,2", "--from",
                FROM, "--to", TO);

        assertThat(r.exit()).as(r.describe()).isZero();
        Csv csv = Csv.parse(r.out());
        assertThat(csv.header()).containsExactly("timestamp", "bb_upper_20_2", "bb_middle_20_2", "bb_lower_20_2",
                "bb_percent_b_20_2", "bb_bandwidth_20_2");
        BollingerBands.Batch expected = BollingerBands.batch(window().closes(), 20, 2.0);
        assertBitwiseEqual("upper", expected.upper(), csv.column("bb_upper_20_2"));
        assertBitwiseEqual("percent b", expected.percentB(), csv.column("bb_percent_b_20_2"));
    }

    @Test
    void severalIndicatorsGiveColumnsInTheOrderAsked() {
        InProcessCli.Run r = run("indicators", "--data", BTC.toString(), "--indicator", "rsi:14", "--indicator",
                "macd:12,26,9", "--indicator", "bbands:20,2", "--indicator", "obv", "--from", FROM, "--to", TO);

        assertThat(r.exit()).as(r.describe()).isZero();
        assertThat(Csv.parse(r.out()).header()).containsExactly("timestamp", "rsi_14", "macd_12_26_9",
                "macd_signal_12_26_9", "macd_hist_12_26_9", "bb_upper_20_2", "bb_middle_20_2", "bb_lower_20_2",
                "bb_percent_b_20_2", "bb_bandwidth_20_2", "obv");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "rsi            | rsi_14",
            "RSI:           | rsi_14",
            "macd           | macd_12_26_9 macd_signal_12_26_9 macd_hist_12_26_9",
            "macd:5         | macd_5_26_9 macd_signal_5_26_9 macd_hist_5_26_9",
            "macd:12,,5     | macd_12_26_5 macd_signal_12_26_5 macd_hist_12_26_5",
            "bbands:10      | bb_upper_10_2 bb_middle_10_2 bb_lower_10_2 bb_percent_b_10_2 bb_bandwidth_10_2",
            "bbands:20,2.5  | bb_upper_20_2.5 bb_middle_20_2.5 bb_lower_20_2.5 bb_percent_b_20_2.5 bb_bandwidth_20_2.5",
            "stoch:5        | stoch_slowk_5_3_3 stoch_slowd_5_3_3",
            "sar            | sar_0.02_0.2",
            "rvol:30,1      | rvol_30_1",
            "trange         | trange",
            "heikin-ashi    | ha_open ha_high ha_low ha_close",
            "rsi:14.0       | rsi_14",
            "ema:1e2        | ema_100"})
    void omittedArgumentsTakeTheirDefaults(String indicator, String columns) {
        InProcessCli.Run r = run("indicators", "--data", BTC.toString(), "--indicator", indicator, "--from", FROM,
                "--to", TO);

        assertThat(r.exit()).as(r.describe()).isZero();
        List<String> expected = new ArrayList<>(List.of("timestamp"));
        expected.addAll(List.of(columns.split(" ")));
        assertThat(Csv.parse(r.out()).header()).containsExactlyElementsOf(expected);
    }

    @Test
    void everyCatalogueEntryRunsWithItsDefaults() {
        List<String> args = new ArrayList<>(List.of("indicators", "--data", BTC.toString(), "--from", FROM, "--to",
                TO));
        List<String> expected = new ArrayList<>(List.of("timestamp"));
        for (IndicatorDefinition d : IndicatorCatalog.builtIn().all()) {
            args.add("--indicator");
            args.add(d.name());
            double[] defaults = d.args().stream().mapToDouble(a -> a.defaultValue()).toArray();
            expected.addAll(IndicatorsCommand.columnNames(d, defaults));
        }

        InProcessCli.Run r = run(args.toArray(String[]::new));

        assertThat(r.exit()).as(r.describe()).isZero();
        Csv csv = Csv.parse(r.out());
        assertThat(csv.header()).containsExactlyElementsOf(expected);
        assertThat(csv.rows()).isEqualTo(360);
        for (String c : csv.header()) {
            assertThat(csv.cells(c).get(csv.rows() - 1)).as("%s has a value at the last bar", c).isNotEmpty();
        }
    }

    @Test
    void outWritesTheSameCsvToAFileAndNothingToStdout() throws IOException {
        Path out = dir.resolve("sub/ind.csv");
        InProcessCli.Run toStdout = run("indicators", "--data", BTC.toString(), "--indicator", "rsi", "--indicator",
                "adx", "--from", FROM, "--to", TO);
        InProcessCli.Run toFile = run("indicators", "--data", BTC.toString(), "--indicator", "rsi", "--indicator",
                "adx", "--from", FROM, "--to", TO, "--out", out.toString());

        assertThat(toFile.exit()).as(toFile.describe()).isZero();
        assertThat(toFile.out()).isEmpty();
        assertThat(Files.readString(out)).isEqualTo(toStdout.out());
        assertThat(toFile.err()).contains("kairos: " + out + ": 360 rows, 4 indicator columns");
        try (var files = Files.list(out.getParent())) {
            assertThat(files).as("no temporary file left behind").containsExactly(out);
        }
    }

    @Test
    void valuesArePlainShortestDecimals() {
        assertThat(IndicatorsCommand.plain(1.0E-5)).isEqualTo("0.00001");
        assertThat(IndicatorsCommand.plain(1.2345E7)).isEqualTo("12345000");
        assertThat(IndicatorsCommand.plain(-3.0E-7)).isEqualTo("-0.0000003");
        assertThat(IndicatorsCommand.plain(42.0)).isEqualTo("42");
        assertThat(IndicatorsCommand.plain(0.1)).isEqualTo("0.1");
        assertThat(IndicatorsCommand.plain(43914.295999999995)).isEqualTo("43914.295999999995");
        for (double v : new double[] {1.0E-5, 1.2345E7, 0.1 + 0.2, Math.PI * 1e20, Double.MIN_VALUE, 123456789.125}) {
            assertThat(Double.parseDouble(IndicatorsCommand.plain(v))).as("%s reads back", v).isEqualTo(v);
        }
    }

    // ---- errors

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "foo            | --indicator foo: unknown indicator 'foo'",
            "rsii           | --indicator rsii: unknown indicator 'rsii' (did you mean 'rsi'?)",
            "rsi:14,3       | --indicator rsi:14,3: rsi takes at most 1 argument (period), got 2",
            "macd:1,2,3,4   | --indicator macd:1,2,3,4: macd takes at most 3 arguments (fast,slow,signal), got 4",
            "obv:3          | --indicator obv:3: obv takes no arguments, got 1",
            "rsi:abc        | --indicator rsi:abc: period: not a number: 'abc'",
            "rsi:NaN        | --indicator rsi:NaN: period: not a number: 'NaN'",
            "rsi:0x10       | --indicator rsi:0x10: period: not a number: '0x10'",
            "rsi:0          | --indicator rsi:0: period must be between 1 and 100000, got 0",
            "rsi:100001     | --indicator rsi:100001: period must be between 1 and 100000, got 100001",
            "bbands:20,0    | --indicator bbands:20,0: deviations must be between 0.01 and 100, got 0",
            "rsi:14.5       | --indicator rsi:14.5: period must be a whole number, got 14.5",
            "macd:26,12     | --indicator macd:26,12: MACD needs 1 <= fast < slow",
            "sar:0.3,0.2    | --indicator sar:0.3,0.2: SAR needs 0 < acceleration <= maximum",
            ":14            | --indicator :14: no indicator name"})
    void aBadIndicatorIsAOneLineUsageError(String indicator, String message) {
        InProcessCli.Run r = run("indicators", "--data", BTC.toString(), "--indicator", indicator);

        assertUsageErrors(r, 1);
        assertThat(r.err()).startsWith("kairos indicators: error: " + message);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InProcessCli.Run r = run("indicators", "--indicator", "foo", "--indicator", "rsi:0", "--indicator",
                "macd:a,b", "--indicator", "rsi:14", "--indicator", "rsi", "--from", "soon", "--on-bad-row", "maybe",
                "--symbol", "");

        assertUsageErrors(r, 9);
        assertThat(r.err()).contains(
                "kairos indicators: error: --data: required",
                "--indicator foo: unknown indicator",
                "--indicator rsi:0: period must be between",
                "--indicator macd:a,b: fast: not a number: 'a'",
                "--indicator macd:a,b: slow: not a number: 'b'",
                "--indicator rsi: column rsi_14 again (already from --indicator rsi:14)",
                "--from: not a date: 'soon'",
                "--on-bad-row: must be skip or fail, got 'maybe'",
                "--symbol: ");
    }

    @Test
    void dataAndIndicatorAreRequired() {
        InProcessCli.Run noData = run("indicators", "--indicator", "rsi");
        assertUsageErrors(noData, 1);
        assertThat(noData.err()).startsWith("kairos indicators: error: --data: required");

        InProcessCli.Run nothing = run("indicators", "--data", BTC.toString());
        assertUsageErrors(nothing, 1);
        assertThat(nothing.err()).startsWith("kairos indicators: error: --indicator: at least one is required");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        InProcessCli.Run r = run("indicators", "--data", BTC.toString(), "--indicator", "rsi", "--period", "3");
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("Unknown option", "'--period'").doesNotContain("Exception");
    }

    @Test
    void aMissingFileIsADataError() {
        Path missing = dir.resolve("coinbase_BTC-USD_4h.csv");
        InProcessCli.Run r = run("indicators", "--data", missing.toString(), "--indicator", "rsi");

        assertThat(r.exit()).as(r.describe()).isEqualTo(ExitCode.DATA);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("kairos indicators: data error: " + missing + ": file not found"
                + System.lineSeparator());
    }

    @Test
    void badRowsAreSkippedOrFailAsAsked() throws IOException {
        Path file = dir.resolve("test_ABC-USD_4h.csv");
        List<String> lines = new ArrayList<>(List.of("timestamp,open,high,low,close,volume"));
        for (int i = 0; i < 30; i++) {
            double c = 100 + i % 7;
            lines.add((1_704_067_200_000L + i * 14_400_000L) + "," + c + "," + (c + 1) + "," + (c - 1) + "," + c
                    + ",10");
        }
        lines.set(5, "1704124800000,100,abc,99,100,10");
        Files.write(file, lines, StandardCharsets.UTF_8);

        InProcessCli.Run skip = run("indicators", "--data", file.toString(), "--indicator", "sma:3");
        assertThat(skip.exit()).as(skip.describe()).isZero();
        assertThat(Csv.parse(skip.out()).rows()).isEqualTo(29);
        assertThat(skip.err()).contains("30 parsed, 29 accepted, 0 skipped, 1 malformed");

        InProcessCli.Run fail = run("indicators", "--data", file.toString(), "--indicator", "sma:3", "--on-bad-row",
                "fail");
        assertThat(fail.exit()).as(fail.describe()).isEqualTo(ExitCode.DATA);
        assertThat(fail.out()).isEmpty();
        assertThat(fail.err()).contains("kairos indicators: data error: " + file).doesNotContain("Exception");
    }

    @Test
    void anUnwritableOutIsAnOutputError() throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-dir"), "x");
        InProcessCli.Run r = run("indicators", "--data", BTC.toString(), "--indicator", "rsi", "--from", FROM,
                "--to", TO, "--out", blocker.resolve("ind.csv").toString());

        assertThat(r.exit()).as(r.describe()).isEqualTo(ExitCode.DATA);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("kairos indicators: output error: ").doesNotContain("\tat ");
    }

    // ---- --list

    @Test
    void listNamesEveryIndicatorWithArgumentsColumnsAndDescription() {
        InProcessCli.Run r = run("indicators", "--list");

        assertThat(r.exit()).as(r.describe()).isZero();
        assertThat(r.err()).isEmpty();
        List<IndicatorDefinition> all = IndicatorCatalog.builtIn().all();
        assertThat(r.out()).startsWith(all.size() + " indicators");
        for (IndicatorDefinition d : all) {
            String title = d.args().isEmpty() ? d.name()
                    : d.name() + ":" + String.join(",", d.args().stream().map(a -> a.name()).toList());
            assertThat(r.out()).as(d.name()).contains("\n  " + title + "\n", d.description());
        }
        assertThat(r.out()).contains("macd_12_26_9, macd_signal_12_26_9, macd_hist_12_26_9 (with the defaults)")
                .containsPattern("period +whole number 1\\.\\.100000, default 14")
                .containsPattern("deviations +number 0\\.01\\.\\.100, default 2")
                .containsPattern("acceleration +number 0\\.0001\\.\\.1, default 0\\.02");
    }

    @Test
    void listTakesNoOtherOptions() {
        InProcessCli.Run r = run("indicators", "--list", "--data", BTC.toString());
        assertUsageErrors(r, 1);
        assertThat(r.err()).startsWith("kairos indicators: error: --list: takes no other options");
    }

    // ---- TA-Lib

    /**
     * The CLI on the bars of the TA-Lib golden file (its first six columns) agrees with TA-Lib 0.4.0's own
     * output to 1e-9 relative error, with empty cells exactly where TA-Lib's are (warm-up).
     */
    @Test
    void columnsAgreeWithTalib() throws IOException {
        Path golden = DataCommandTest.shared(TALIB);
        List<String> lines = Files.readAllLines(golden, StandardCharsets.UTF_8);
        Path bars = dir.resolve("coinbase_BTC-USD_4h_2024.csv");
        Files.write(bars, lines.stream().map(l -> String.join(",", Arrays.copyOf(l.split(",", -1), 6))).toList(),
                StandardCharsets.UTF_8);
        Csv talib = Csv.parse(String.join("\n", lines) + "\n");
        assertThat(talib.header().subList(0, 6)).containsExactly("timestamp", "open", "high", "low", "close",
                "volume");

        InProcessCli.Run r = run("indicators", "--data", bars.toString(), "--indicator", "sma:20", "--indicator",
                "ema:20", "--indicator", "wma", "--indicator", "dema", "--indicator", "tema", "--indicator", "kama",
                "--indicator", "rsi:14", "--indicator", "macd:12,26,9", "--indicator", "bbands:20,2", "--indicator",
                "trange", "--indicator", "atr", "--indicator", "natr", "--indicator", "adx", "--indicator", "stoch",
                "--indicator", "stochf", "--indicator", "cci", "--indicator", "willr", "--indicator", "mfi",
                "--indicator", "obv", "--indicator", "ad", "--indicator", "adosc", "--indicator", "roc", "--indicator",
                "mom", "--indicator", "sar", "--indicator", "aroon", "--indicator", "trix", "--indicator", "ultosc",
                "--indicator", "stddev:20");

        assertThat(r.exit()).as(r.describe()).isZero();
        Csv ours = Csv.parse(r.out());
        assertThat(ours.timestamps()).containsExactly(talib.timestamps());
        Map<String, String> talibName = new LinkedHashMap<>();
        for (String c : ours.header().subList(1, ours.header().size())) {
            if (talib.header().contains(c)) {
                talibName.put(c, c);
            }
        }
        talibName.put("stddev_20", "stddev_20_population");
        assertThat(talibName).as("columns compared").hasSizeGreaterThanOrEqualTo(36)
                .containsKeys("rsi_14", "macd_12_26_9", "macd_signal_12_26_9", "macd_hist_12_26_9", "bb_upper_20_2",
                        "bb_lower_20_2", "sar_0.02_0.2", "adx_14", "plus_di_14", "obv", "ultosc_7_14_28");
        for (Map.Entry<String, String> e : talibName.entrySet()) {
            assertMatchesTalib(e.getKey(), ours.column(e.getKey()), talib.column(e.getValue()));
        }
    }

    // ---- helpers

    /** The test window of the shipped file, read as the CLI reads it. */
    private static BarSeries window() {
        TimeWindow w = TimeWindow.between(Instant.parse(FROM + "T00:00:00Z").toEpochMilli(),
                Instant.parse(TO + "T00:00:00Z").toEpochMilli());
        return new BarCsvReader(new BarCsvOptions(Optional.empty(), w, BadRowPolicy.SKIP)).read(BTC).series();
    }

    private static void assertUsageErrors(InProcessCli.Run r, int lines) {
        assertThat(r.exit()).as(r.describe()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).as("stdout").isEmpty();
        assertThat(r.err().lines().toList()).as(r.describe()).hasSize(lines)
                .allMatch(l -> l.startsWith("kairos indicators: error: --"));
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }

    /** Same doubles, NaN (empty cell) in the same places. */
    private static void assertBitwiseEqual(String what, double[] expected, double[] actual) {
        assertThat(actual).as("%s length", what).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToLongBits(expected[i]) != Double.doubleToLongBits(actual[i])) {
                fail(what + " at row " + i + ": expected " + expected[i] + " but the CLI wrote " + actual[i]);
            }
        }
    }

    private static void assertMatchesTalib(String column, double[] actual, double[] expected) {
        assertThat(actual).as("%s length", column).hasSize(expected.length);
        int valued = 0;
        for (int i = 0; i < expected.length; i++) {
            double e = expected[i];
            double a = actual[i];
            if (Double.isNaN(e) || Double.isNaN(a)) {
                if (Double.isNaN(e) != Double.isNaN(a)) {
                    fail(column + " at row " + i + ": TA-Lib " + (Double.isNaN(e) ? "(empty)" : e) + ", the CLI "
                            + (Double.isNaN(a) ? "(empty)" : a));
                }
                continue;
            }
            valued++;
            double error = a == e ? 0.0 : Math.abs(a - e) / Math.abs(e);
            if (!(error <= RELATIVE_TOLERANCE)) {
                fail(column + " at row " + i + ": TA-Lib " + e + ", the CLI " + a + ", relative error " + error);
            }
        }
        assertThat(valued).as("%s has values to compare", column).isGreaterThan(2000);
    }

    /** A CSV as the command writes it: a header and rows of equal width, empty cells allowed. */
    private record Csv(List<String> header, List<String[]> data) {
        static Csv parse(String text) {
            List<String> lines = text.lines().toList();
            assertThat(lines).as("CSV output").isNotEmpty();
            List<String> header = List.of(lines.get(0).split(",", -1));
            List<String[]> data = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                assertThat(cells).as("row %s", line).hasSize(header.size());
                data.add(cells);
            }
            return new Csv(header, data);
        }

        int rows() {
            return data.size();
        }

        List<String> cells(String column) {
            int c = header.indexOf(column);
            assertThat(c).as("column %s in %s", column, header).isNotNegative();
            return data.stream().map(row -> row[c]).toList();
        }

        double[] column(String name) {
            return cells(name).stream().mapToDouble(s -> s.isEmpty() ? Double.NaN : Double.parseDouble(s)).toArray();
        }

        long[] timestamps() {
            return cells("timestamp").stream().mapToLong(Long::parseLong).toArray();
        }
    }
}
