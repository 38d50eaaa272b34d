package dev.kairos.app.cli;

import static dev.kairos.app.cli.InProcessCli.BTC;
import static dev.kairos.app.cli.InProcessCli.ETH;
import static dev.kairos.app.cli.InProcessCli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input through the command line: every kind of malformed row under {@code --on-bad-row skip} and
 * {@code fail}, unusable files, bad options and config. Errors are one line per problem on stderr, name
 * what is wrong, never show a stack trace, and leave stdout empty.
 */
class BadInputTest {
    private static final long START = 1_704_067_200_000L; // 2024-01-01T00:00:00Z
    private static final long STEP = 4 * 3_600_000L;
    private static final int ROWS = 80;
    private static final String HEADER = "timestamp,open,high,low,close,volume";
    /** File lines (header = line 1) where the two bad rows of each kind go. */
    private static final int FIRST_BAD = 5;
    private static final int SECOND_BAD = 9;

    @TempDir
    Path dir;

    /** A good row for bar {@code i}: a gentle wave, so the strategies trade, with volume to fill every order at once. */
    private static String good(long i) {
        double close = 100 + 10 * Math.sin(i / 6.0);
        double open = 100 + 10 * Math.sin((i - 1) / 6.0);
        return String.format(Locale.ROOT, "%d,%.4f,%.4f,%.4f,%.4f,%.2f", START + i * STEP, open,
                Math.max(open, close) + 0.5, Math.min(open, close) - 0.5, close, 1_000_000.0 + i);
    }

    /**
     * One bad row per defect kind: a function from the timestamp the row would have had (the previous good
     * row's plus one step) to the row's text.
     */
    static Stream<Arguments> defects() {
        return Stream.of(
                kind("wrong_column_count", "wrong column count", ts -> ts + ",100,101,99,100"),
                kind("wrong_column_count", "wrong column count", ts -> ts + ",100,101,99,100,5,7"),
                kind("non_numeric", "non-numeric field", ts -> ts + ",abc,101,99,100,5"),
                kind("non_numeric", "non-numeric field", ts -> "2024-01-01,100,101,99,100,5"),
                kind("not_finite", "", ts -> ts + ",100,101,99,NaN,5"),
                kind("not_finite", "", ts -> ts + ",100,Infinity,99,100,5"),
                kind("non_positive_price", "", ts -> ts + ",0,101,99,100,5"),
                kind("non_positive_price", "", ts -> ts + ",-100,101,99,100,5"),
                kind("high_below_low", "", ts -> ts + ",100,98,99,100,5"),
                kind("ohlc_outside_range", "", ts -> ts + ",100,101,99,105,5"),
                kind("negative_volume", "", ts -> ts + ",100,101,99,100,-5"),
                kind("duplicate_timestamp", "duplicate timestamp", ts -> (ts - STEP) + ",100,101,99,100,5"),
                kind("out_of_order_timestamp", "timestamp earlier than the previous row",
                        ts -> (ts - 3 * STEP) + ",100,101,99,100,5"));
    }

    private static Arguments kind(String key, String description, LongFunction<String> row) {
        String d = description.isEmpty() ? dev.kairos.persistence.csv.RowDefect.valueOf(key.toUpperCase(Locale.ROOT))
                .description() : description;
        return Arguments.of(key, d, row);
    }

    /** {@link #ROWS} good rows with a bad one on file lines {@link #FIRST_BAD} and {@link #SECOND_BAD}. */
    private Path fileWithBadRows(LongFunction<String> bad) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        long i = 0;
        while (i < ROWS) {
            int line = lines.size() + 1;
            if (line == FIRST_BAD || line == SECOND_BAD) {
                lines.add(bad.apply(START + i * STEP));
            } else {
                lines.add(good(i++));
            }
        }
        return write("bad_TEST-USD_4h.csv", lines);
    }

    private Path goodFile(String name) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (long i = 0; i < ROWS; i++) {
            lines.add(good(i));
        }
        return write(name, lines);
    }

    private Path write(String name, List<String> lines) throws IOException {
        return Files.write(dir.resolve(name), lines);
    }

    private String out() {
        return dir.resolve("runs").toString();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("defects")
    void malformedRowsAreSkippedCountedAndReported(String key, String description, LongFunction<String> row)
            throws IOException {
        Path file = fileWithBadRows(row);
        InProcessCli.Run r = run("backtest", "--json", "--data", file.toString(), "--out", out());
        assertThat(r.exit()).as(r.describe()).isZero();
        JsonNode rows = r.json().get("rows").get(file.toString());
        assertThat(rows.get("parsed").asLong()).isEqualTo(ROWS + 2);
        assertThat(rows.get("accepted").asLong()).isEqualTo(ROWS);
        assertThat(rows.get("skipped").asLong()).isZero();
        assertThat(rows.get("malformed").asLong()).isEqualTo(2);
        JsonNode byKind = rows.get("malformed_by_kind");
        assertThat(byKind.size()).as(byKind.toString()).isOne();
        assertThat(byKind.get(key).get("count").asLong()).isEqualTo(2);
        assertThat(byKind.get(key).get("first_lines").toString()).isEqualTo("[" + FIRST_BAD + "," + SECOND_BAD + "]");
        assertThat(r.json().get("bars").asLong()).isEqualTo(ROWS);
        assertThat(r.err()).contains(file + ": TEST-USD, " + (ROWS + 2) + " rows parsed, " + ROWS + " accepted",
                "2 malformed", description + " ×2 (lines " + FIRST_BAD + ", " + SECOND_BAD + ")");
        assertNoStackTrace(r);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("defects")
    void malformedRowsFailTheRunUnderOnBadRowFail(String key, String description, LongFunction<String> row)
            throws IOException {
        Path file = fileWithBadRows(row);
        InProcessCli.Run r = run("backtest", "--json", "--data", file.toString(), "--on-bad-row", "fail",
                "--out", out());
        assertError(r, ExitCode.DATA, file.toString(), "2 malformed rows", description + " ×2 (lines " + FIRST_BAD
                + ", " + SECOND_BAD + ")");
        assertThat(Files.exists(dir.resolve("runs"))).as("no run folder for a run that did not start").isFalse();
    }

    @Test
    void missingFileIsADataError() {
        Path file = dir.resolve("nope_BTC-USD_4h.csv");
        assertError(run("backtest", "--data", file.toString(), "--out", out()), ExitCode.DATA, file.toString(),
                "file not found");
    }

    @Test
    void directoryIsADataError() {
        assertError(run("backtest", "--data", dir.toString(), "--out", out()), ExitCode.DATA, dir.toString(),
                "directory");
    }

    @Test
    void emptyFileIsADataError() throws IOException {
        Path file = write("empty_BTC-USD_4h.csv", List.of());
        assertError(run("backtest", "--json", "--data", file.toString(), "--out", out()), ExitCode.DATA,
                file.toString(), "empty file");
    }

    @Test
    void missingHeaderIsADataError() throws IOException {
        Path file = goodFile("noheader_BTC-USD_4h.csv");
        List<String> lines = Files.readAllLines(file);
        Files.write(file, lines.subList(1, lines.size()));
        assertError(run("backtest", "--json", "--data", file.toString(), "--out", out()), ExitCode.DATA,
                file.toString(), "missing header", "line 1");
    }

    @Test
    void wrongHeaderIsADataError() throws IOException {
        Path file = goodFile("swapped_BTC-USD_4h.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(0, "timestamp,open,low,high,close,volume");
        Files.write(file, lines);
        assertError(run("backtest", "--json", "--data", file.toString(), "--out", out()), ExitCode.DATA,
                file.toString(), "wrong header", "wrong order");
    }

    @Test
    void headerOnlyIsADataError() throws IOException {
        Path file = write("header_BTC-USD_4h.csv", List.of(HEADER));
        assertError(run("backtest", "--json", "--data", file.toString(), "--out", out()), ExitCode.DATA,
                file.toString(), "no data rows");
    }

    @Test
    void aWindowWithoutBarsIsADataError() throws IOException {
        Path file = goodFile("window_BTC-USD_4h.csv");
        assertError(run("backtest", "--json", "--data", file.toString(), "--from", "2020-01-01", "--to",
                "2020-02-01", "--out", out()), ExitCode.DATA, file.toString(), "no rows accepted",
                ROWS + " outside the window");
    }

    @Test
    void aSingleRowAndByteOrderMarkCrlfAndBlankLinesStillRun() throws IOException {
        Path one = write("one_TEST-USD_4h.csv", List.of(HEADER, good(0)));
        InProcessCli.Run r = run("backtest", "--json", "--data", one.toString(), "--out", out());
        assertThat(r.exit()).as(r.describe()).isZero();
        assertThat(r.json().get("bars").asLong()).isOne();
        assertThat(r.json().get("trades").asInt()).isZero();
        CliContractTest.assertContract(r.json(), r);

        Path windows = dir.resolve("crlf_TEST-USD_4h.csv");
        Files.writeString(windows, "\uFEFF" + HEADER + "\r\n" + good(0) + "\r\n\r\n" + good(1) + "\r\n");
        InProcessCli.Run w = run("backtest", "--json", "--data", windows.toString(), "--out", out());
        assertThat(w.exit()).as(w.describe()).isZero();
        JsonNode rows = w.json().get("rows").get(windows.toString());
        assertThat(rows.get("parsed").asLong()).isEqualTo(2);
        assertThat(rows.get("accepted").asLong()).isEqualTo(2);
        assertThat(rows.get("malformed").asLong()).isZero();
    }

    @Test
    void anOutputThatCannotBeWrittenIsAFileErrorNotAnInternalOne() throws IOException {
        Path data = goodFile("out_TEST-USD_4h.csv");
        Path notADirectory = write("occupied", List.of("x"));
        assertError(run("backtest", "--json", "--data", data.toString(), "--out", notADirectory.toString()),
                ExitCode.DATA, "output error", notADirectory.toString());
        assertError(run("backtest", "--json", "--data", data.toString(), "--out", out(), "--export-trades",
                notADirectory.resolve("trades.csv").toString()), ExitCode.DATA, "output error",
                notADirectory.resolve("trades.csv").toString());
    }

    @Test
    void unknownStrategyIsAUsageError() {
        assertError(run("backtest", "--strategy", "moon", "--out", out()), ExitCode.USAGE, "--strategy", "moon",
                "unknown strategy", "sma-cross", "rsi-reversion");
    }

    @Test
    void badParameterValueIsAUsageError() {
        assertError(run("backtest", "--param", "fast=abc", "--out", out()), ExitCode.USAGE, "fast", "abc");
        assertError(run("backtest", "--param", "fast=0", "--out", out()), ExitCode.USAGE, "fast", "0");
        assertError(run("backtest", "--param", "fast=40", "--param", "slow=20", "--out", out()), ExitCode.USAGE,
                "fast", "slow");
    }

    @Test
    void unknownParameterIsAUsageError() {
        assertError(run("backtest", "--param", "speed=3", "--out", out()), ExitCode.USAGE, "speed", "sma-cross");
        assertError(run("backtest", "--strategy", "rsi-reversion", "--param", "fast=3", "--out", out()),
                ExitCode.USAGE, "fast", "rsi-reversion");
    }

    @Test
    void fromAfterToIsAUsageError() {
        assertError(run("backtest", "--from", "2024-06-01", "--to", "2024-01-01", "--out", out()), ExitCode.USAGE,
                "--from", "2024-06-01", "--to", "2024-01-01");
        assertError(run("backtest", "--from", "2024-01-01", "--to", "2024-01-01", "--out", out()), ExitCode.USAGE,
                "--from");
    }

    @Test
    void unreadableDateIsAUsageError() {
        assertError(run("backtest", "--from", "31/01/2024", "--out", out()), ExitCode.USAGE, "--from", "31/01/2024");
    }

    @Test
    void badFeeIsAUsageError() {
        assertError(run("backtest", "--fee-bps", "ten", "--out", out()), ExitCode.USAGE, "--fee-bps", "ten");
        assertError(run("backtest", "--fee-bps", "-1", "--out", out()), ExitCode.USAGE, "--fee-bps", "-1");
        assertError(run("backtest", "--fee-bps", "NaN", "--out", out()), ExitCode.USAGE, "--fee-bps", "NaN");
    }

    @Test
    void badOnBadRowIsAUsageError() {
        assertError(run("backtest", "--on-bad-row", "ignore", "--out", out()), ExitCode.USAGE, "--on-bad-row",
                "ignore");
    }

    @Test
    void unknownOptionIsAUsageError() {
        InProcessCli.Run r = run("backtest", "--speed", "3");
        assertThat(r.exit()).as(r.describe()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("--speed").doesNotContain("\tat ");
    }

    @Test
    void noCommandIsAUsageError() {
        InProcessCli.Run r = run();
        assertThat(r.exit()).as(r.describe()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("backtest", "strategies", "journal").doesNotContain("\tat ");
    }

    @Test
    void everyProblemIsListedAtOnce() throws IOException {
        Path config = write("bad.yaml", List.of("execution:", "  slipage_bps: 3"));
        InProcessCli.Run r = run("backtest", "--config", config.toString(), "--strategy", "moon", "--fee-bps", "x",
                "--capital", "-5", "--seed", "1.5", "--latency-ms", "-1", "--slippage-bps", "y", "--from",
                "yesterday", "--on-bad-row", "maybe", "--out", out());
        assertThat(r.exit()).as(r.describe()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertNoStackTrace(r);
        List<String> lines = r.err().lines().toList();
        assertThat(lines).as(r.describe()).hasSize(9);
        assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("kairos backtest: error: "));
        assertThat(r.err()).contains("'execution.slipage_bps'", "--strategy moon", "--fee-bps", "--capital",
                "--seed", "--latency-ms", "--slippage-bps", "--from", "--on-bad-row");
    }

    @Test
    void strategyAndParameterProblemsAreListedWithTheOthers() {
        InProcessCli.Run r = run("backtest", "--param", "fast=abc", "--param", "slowest=3", "--fee-bps", "x",
                "--out", out());
        assertThat(r.exit()).as(r.describe()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("fast", "abc", "slowest", "--fee-bps");
        assertThat(r.err().lines()).hasSize(3);
    }

    @Test
    void symbolWithSeveralDataFilesIsAUsageError() {
        assertError(run("backtest", "--data", BTC.toString(), "--data", ETH.toString(), "--symbol", "BTC-USD",
                "--out", out()), ExitCode.USAGE, "--symbol", "2 files");
    }

    @Test
    void theSameInstrumentTwiceIsAUsageError() throws IOException {
        Path a = goodFile("a_TEST-USD_4h.csv");
        Path b = goodFile("b_TEST-USD_4h.csv");
        assertError(run("backtest", "--data", a.toString(), "--data", b.toString(), "--out", out()), ExitCode.USAGE,
                "--data", b.toString(), "TEST-USD", "already loaded");
    }

    @Test
    void symbolNamesTheInstrumentOfASingleFile() throws IOException {
        Path file = goodFile("bars.csv");
        InProcessCli.Run r = run("backtest", "--json", "--data", file.toString(), "--symbol", "SOL-USD", "--out",
                out());
        assertThat(r.exit()).as(r.describe()).isZero();
        assertThat(r.json().get("rows").get(file.toString()).get("symbol").asText()).isEqualTo("SOL-USD");
    }

    @Test
    void unknownYamlKeyIsAUsageErrorNamingTheKey() throws IOException {
        Path config = write("typo.yaml", List.of("backtest:", "  strategy: sma-cross", "execution:",
                "  fee: 3", "portfolio:", "  leverage: 2", "risks:", "  max: 1"));
        InProcessCli.Run r = run("backtest", "--config", config.toString(), "--out", out());
        assertThat(r.exit()).as(r.describe()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("'execution.fee'", "unknown key", "fee_bps", "'portfolio.leverage'", "'risks'",
                "unknown section");
        assertThat(r.err().lines()).hasSize(3);
        assertNoStackTrace(r);
    }

    @Test
    void missingConfigFileIsAUsageError() {
        Path config = dir.resolve("absent.yaml");
        assertError(run("backtest", "--config", config.toString(), "--out", out()), ExitCode.USAGE, "--config",
                config.toString(), "no such file");
    }

    @Test
    void invalidYamlIsAUsageError() throws IOException {
        Path config = write("broken.yaml", List.of("backtest:", "  strategy: [sma-cross", "  seed: 1"));
        InProcessCli.Run r = run("backtest", "--config", config.toString(), "--out", out());
        assertError(r, ExitCode.USAGE, "--config", config.toString(), "not valid YAML");
    }

    @Test
    void cliOptionsOverrideYamlValues() throws IOException {
        Path data = goodFile("wave_TEST-USD_4h.csv");
        Path config = write("run.yaml", List.of(
                "backtest:",
                "  data: " + data,
                "  strategy: rsi-reversion",
                "  params:",
                "    period: 5",
                "    lower: 40",
                "  capital: 5000",
                "  seed: 9",
                "execution:",
                "  fee_bps: 50",
                "  slippage_bps: 20"));
        InProcessCli.Run fromFile = run("backtest", "--json", "--config", config.toString(), "--out", out());
        assertThat(fromFile.exit()).as(fromFile.describe()).isZero();
        JsonNode f = fromFile.json();
        assertThat(f.get("strategy").asText()).isEqualTo("rsi-reversion");
        assertThat(f.get("params").get("period").asText()).isEqualTo("5");
        assertThat(f.get("params").get("lower").asText()).isEqualTo("40.0");
        assertThat(f.get("initial_equity").asDouble()).isEqualTo(5000.0);
        assertThat(f.get("seed").asLong()).isEqualTo(9);
        assertThat(f.get("trades").asInt()).as("the wave makes RSI trade").isPositive();
        assertThat(f.get("fees_paid").asDouble()).isPositive();
        assertThat(f.get("execution").get("avg_slippage_bps").asDouble()).isCloseTo(20.0, within(1.0));

        InProcessCli.Run overridden = run("backtest", "--json", "--config", config.toString(), "--fee-bps", "0",
                "--slippage-bps", "0", "--param", "period=6", "--seed", "10", "--out", out());
        assertThat(overridden.exit()).as(overridden.describe()).isZero();
        JsonNode o = overridden.json();
        assertThat(o.get("strategy").asText()).as("not overridden: from the file").isEqualTo("rsi-reversion");
        assertThat(o.get("params").get("period").asText()).as("--param wins").isEqualTo("6");
        assertThat(o.get("params").get("lower").asText()).as("other file params stay").isEqualTo("40.0");
        assertThat(o.get("initial_equity").asDouble()).isEqualTo(5000.0);
        assertThat(o.get("seed").asLong()).isEqualTo(10);
        assertThat(o.get("fees_paid").asDouble()).as("--fee-bps 0 wins over fee_bps: 50").isZero();
        assertThat(o.get("execution").get("avg_slippage_bps").asDouble()).isCloseTo(0.0, within(1.0));
    }

    @Test
    void journalVerifyOfAMissingFileIsAUsageError() {
        Path db = dir.resolve("none.db");
        assertError(run("journal", "verify", db.toString()), ExitCode.USAGE, db.toString(), "no such journal file");
    }

    @Test
    void journalVerifyOfAFileThatIsNoJournalIsAUsageError() throws IOException {
        Path csv = goodFile("x_BTC-USD_4h.csv");
        assertError(run("journal", "verify", csv.toString()), ExitCode.USAGE, csv.toString(), "not a Kairos journal");
    }

    @Test
    void journalWithoutSubcommandOrFileIsAUsageError() {
        InProcessCli.Run r = run("journal");
        assertThat(r.exit()).as(r.describe()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        InProcessCli.Run noFile = run("journal", "verify");
        assertThat(noFile.exit()).as(noFile.describe()).isEqualTo(ExitCode.USAGE);
        assertThat(noFile.err()).contains("DB");
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * The run failed with {@code exit}: one error line on stderr containing every fragment (besides log lines
     * {@code kairos: ...} of files loaded before), nothing on stdout.
     */
    private static void assertError(InProcessCli.Run r, int exit, String... fragments) {
        assertThat(r.exit()).as(r.describe()).isEqualTo(exit);
        assertThat(r.out()).as(r.describe()).isEmpty();
        List<String> errors = r.err().lines().filter(l -> !l.startsWith("kairos: ")).toList();
        assertThat(errors).as(r.describe()).hasSize(1);
        assertThat(errors.getFirst()).as(r.describe()).contains(fragments).startsWith("kairos ");
        assertNoStackTrace(r);
    }

    private static void assertNoStackTrace(InProcessCli.Run r) {
        assertThat(r.err()).as(r.describe()).doesNotContain("\tat ", "Exception", "internal error");
    }
}
