package dev.kairos.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.Timeframe;
import dev.kairos.persistence.candles.BarCsvWriter;
import dev.kairos.persistence.candles.DecimalBars;
import dev.kairos.persistence.csv.BadRowPolicy;
import dev.kairos.persistence.csv.BarCsvOptions;
import dev.kairos.persistence.csv.BarCsvReader;
import dev.kairos.persistence.csv.BarCsvReport;
import dev.kairos.persistence.csv.BarCsvResult;
import dev.kairos.persistence.csv.DataFileException;
import dev.kairos.persistence.csv.DefectCount;
import dev.kairos.persistence.csv.Gap;
import dev.kairos.persistence.csv.GapReport;
import dev.kairos.persistence.csv.Sha256;
import dev.kairos.persistence.csv.TimeWindow;
import dev.kairos.persistence.csv.TimestampUnit;
import dev.kairos.persistence.resample.BarResampler;
import dev.kairos.persistence.resample.BucketPolicy;
import dev.kairos.persistence.resample.Resampled;
import dev.kairos.persistence.trades.GapFill;
import dev.kairos.persistence.trades.TradeBarAggregator;
import dev.kairos.persistence.trades.TradeBars;
import dev.kairos.persistence.trades.TradeCsvOptions;
import dev.kairos.persistence.trades.TradeCsvReader;
import dev.kairos.persistence.trades.TradeCsvReport;
import dev.kairos.persistence.trades.TradeCsvResult;
import dev.kairos.persistence.trades.TradeDefectCount;
import dev.kairos.persistence.trades.TradeFileException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kairos data ...}: market data tools. {@code aggregate} builds candles from trades, {@code resample}
 * turns bars into bars of a higher timeframe, {@code inspect} accounts for a bar file's rows and gaps.
 * Results go to stdout (a table, or exactly one JSON object with {@code --json}); per-file row counts are
 * also logged on stderr; errors are one line on stderr. Exit codes: 0 ok, 2 usage error, 3 data or output
 * error.
 */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Market data tools: candles from trades, resampling, file inspection.",
        subcommands = {DataCommand.Aggregate.class, DataCommand.Resample.class, DataCommand.Inspect.class})
final class DataCommand implements Runnable {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a data command is required (aggregate, resample, inspect)");
    }

    /** {@code kairos data aggregate}: trades to candles. */
    @Command(name = "aggregate", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Build OHLCV candles from trades and write them as timestamp,open,high,low,close,volume.",
                    "Trade files: timestamp,price[,amount[,side[,id]]] (epoch s, ms, µs or ns UTC, detected per "
                            + "file; header optional). "
                            + "Open/high/low/close are the first/highest/lowest/last trade price of each UTC bucket, "
                            + "volume the exact sum of the amounts (rows without amount add none). Buckets without "
                            + "trades have no candle unless --fill."},
            exitCodeListHeading = "Exit codes:%n",
            exitCodeList = {"0:ok", "1:internal error", "2:usage error", "3:data or output error"})
    static final class Aggregate implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--trades", paramLabel = "FILE", required = true,
                description = "trade CSV; repeat to read several files as one tape, in order")
        List<Path> trades = new ArrayList<>();
        @Option(names = "--timeframe", paramLabel = "TF", required = true, description = "candle length: 1s, 1m, 5m, 1h, 4h, 1d, ...")
        String timeframe;
        @Option(names = "--out", paramLabel = "FILE.csv", required = true, description = "where to write the candles")
        Path out;
        @Option(names = "--fill", description = "forward-fill buckets without trades between the first and last trade "
                + "(O=H=L=C=previous close, volume 0)")
        boolean fill;
        @Option(names = "--symbol", paramLabel = "SYM", description = "instrument (default: from the first file name)")
        Optional<String> symbol = Optional.empty();
        @Option(names = "--from", paramLabel = "DATE", description = "first trade time kept: 2024-01-31, ISO instant or "
                + "epoch ms (UTC)")
        Optional<String> from = Optional.empty();
        @Option(names = "--to", paramLabel = "DATE", description = "trades before this time (exclusive)")
        Optional<String> to = Optional.empty();
        @Option(names = "--on-bad-row", paramLabel = "skip|fail", description = "malformed rows: skip them (default) "
                + "or stop with exit code 3")
        Optional<String> onBadRow = Optional.empty();
        @Option(names = "--json", description = "print one JSON object on stdout instead of the table")
        boolean json;

        @Override
        public Integer call() {
            Console console = new Console(spec, "aggregate");
            List<String> problems = new ArrayList<>();
            Optional<Timeframe> tf = timeframe(timeframe, "--timeframe", problems);
            Optional<InstrumentId> instrument = instrument(symbol, problems);
            TimeWindow window = CliInputs.window(from, to, problems);
            BadRowPolicy policy = policy(onBadRow, problems);
            if (!problems.isEmpty()) {
                return console.usage(problems);
            }
            TradeCsvOptions options = new TradeCsvOptions(instrument, window, policy);
            TradeCsvResult read;
            try {
                read = new TradeCsvReader(options).read(trades);
            } catch (TradeFileException ex) {
                ex.report().ifPresent(r -> console.log(r.toString()));
                return console.data(ex.getMessage());
            }
            for (TradeCsvReport r : read.reports()) {
                console.log(r.toString());
                CliInputs.unitNote(r.source(), r.timestampUnit()).ifPresent(console::log);
            }
            TradeBars bars = TradeBarAggregator.aggregate(read.trades(), tf.orElseThrow(),
                    fill ? GapFill.FORWARD_FILL : GapFill.NONE);
            Optional<Sha256> hash = console.write(out, bars.bars());
            if (hash.isEmpty()) {
                return ExitCode.DATA;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("command", "aggregate");
            m.put("symbol", read.trades().instrument().symbol());
            m.put("timeframe", bars.timeframe().toString());
            m.put("fill", fill);
            m.put("files", read.reports().stream().map(DataCommand::tradeRows).toList());
            m.put("trades", bars.trades());
            m.put("trades_without_amount", bars.withoutAmount());
            m.put("bars", bars.bars().size());
            m.put("bars_with_trades", bars.barsWithTrades());
            m.put("filled_bars", bars.filledBars());
            putRange(m, bars.bars().series());
            m.put("out", out.toString());
            m.put("sha256", hash.get().hex());
            if (json) {
                return console.json(m);
            }
            PrintWriter w = spec.commandLine().getOut();
            w.printf(Locale.ROOT, "%nKairos data aggregate%n");
            for (TradeCsvReport r : read.reports()) {
                row(w, "trades", r.toString());
            }
            row(w, "candles", bars + " " + range(bars.bars().series()));
            row(w, "out", out + " (sha256 " + hash.get().hex().substring(0, 16) + "…)");
            w.flush();
            return ExitCode.OK;
        }
    }

    /** {@code kairos data resample}: bars to a higher timeframe. */
    @Command(name = "resample", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Resample a bar file to a higher timeframe on the UTC grid (days start at 00:00 UTC).",
                    "Open = first open, high = max, low = min, close = last close, volume = exact sum. Buckets "
                            + "with missing input bars are kept unless --complete-only; empty buckets never "
                            + "produce a bar."},
            exitCodeListHeading = "Exit codes:%n",
            exitCodeList = {"0:ok", "1:internal error", "2:usage error", "3:data or output error"})
    static final class Resample implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--data", paramLabel = "FILE", required = true,
                description = "bar CSV timestamp,open,high,low,close,volume (epoch s, ms, µs or ns UTC, bar open "
                        + "time)")
        Path data;
        @Option(names = "--timeframe", paramLabel = "TF", required = true, description = "target: 1m, 1h, 4h, 1d, ...")
        String timeframe;
        @Option(names = "--out", paramLabel = "FILE.csv", required = true, description = "where to write the bars")
        Path out;
        @Option(names = "--complete-only", description = "keep only buckets with every input bar (drops days with "
                + "gaps and partial first/last days)")
        boolean completeOnly;
        @Option(names = "--input-timeframe", paramLabel = "TF", description = "timeframe of the input bars (default: "
                + "inferred from their spacing)")
        Optional<String> inputTimeframe = Optional.empty();
        @Option(names = "--symbol", paramLabel = "SYM", description = "instrument (default: from the file name)")
        Optional<String> symbol = Optional.empty();
        @Option(names = "--on-bad-row", paramLabel = "skip|fail", description = "malformed rows: skip them (default) "
                + "or stop with exit code 3")
        Optional<String> onBadRow = Optional.empty();
        @Option(names = "--json", description = "print one JSON object on stdout instead of the table")
        boolean json;

        @Override
        public Integer call() {
            Console console = new Console(spec, "resample");
            List<String> problems = new ArrayList<>();
            Optional<Timeframe> target = timeframe(timeframe, "--timeframe", problems);
            Optional<Timeframe> givenInput = inputTimeframe.flatMap(t -> timeframe(t, "--input-timeframe", problems));
            Optional<InstrumentId> instrument = instrument(symbol, problems);
            BadRowPolicy policy = policy(onBadRow, problems);
            if (!problems.isEmpty()) {
                return console.usage(problems);
            }
            BarCsvResult read;
            try {
                read = new BarCsvReader(new BarCsvOptions(instrument, TimeWindow.ALL, policy)).read(data);
            } catch (DataFileException ex) {
                ex.report().ifPresent(r -> console.log(r.toString()));
                return console.data(ex.getMessage());
            }
            console.log(CliInputs.rowsLine(read.report()));
            CliInputs.unitNote(read.report().source(), read.report().timestampUnit()).ifPresent(console::log);
            BarSeries series = read.series();
            Timeframe input = givenInput.orElseGet(() -> Timeframe.of(series));
            if (!target.get().isMultipleOf(input)) {
                return console.usage(List.of("cannot resample " + input + " bars to " + target.get() + ": " + target.get()
                        + " is not a whole multiple of " + input
                        + (givenInput.isEmpty() ? " (input timeframe inferred; set --input-timeframe)" : "")));
            }
            Optional<String> problem = BarResampler.problem(series, input, target.get());
            if (problem.isPresent()) {
                return console.data(data + ": " + problem.get());
            }
            Resampled r = BarResampler.resample(series, input, target.get(),
                    completeOnly ? BucketPolicy.COMPLETE_ONLY : BucketPolicy.KEEP_PARTIAL);
            Optional<Sha256> hash = console.write(out, r.bars());
            if (hash.isEmpty()) {
                return ExitCode.DATA;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("command", "resample");
            m.put("symbol", series.instrument().symbol());
            m.put("input", barRows(read.report()));
            m.put("input_timeframe", input.toString());
            m.put("input_timeframe_source", givenInput.isPresent() ? "option" : "inferred");
            m.put("timeframe", target.get().toString());
            m.put("policy", r.policy().name().toLowerCase(Locale.ROOT));
            m.put("input_bars", r.inputBars());
            m.put("buckets", r.buckets());
            m.put("complete", r.complete());
            m.put("partial_kept", r.partialKept());
            m.put("partial_dropped", r.partialDropped());
            m.put("first_dropped", r.firstDropped().stream().map(t -> Instant.ofEpochMilli(t).toString()).toList());
            m.put("bars", r.bars().size());
            putRange(m, r.bars().series());
            m.put("out", out.toString());
            m.put("sha256", hash.get().hex());
            if (json) {
                return console.json(m);
            }
            PrintWriter w = spec.commandLine().getOut();
            w.printf(Locale.ROOT, "%nKairos data resample%n");
            row(w, "input", CliInputs.rowsLine(read.report()) + "; read as " + input + " bars");
            row(w, "bars", r + " " + range(r.bars().series()));
            if (!r.firstDropped().isEmpty()) {
                row(w, "dropped", String.join(", ", r.firstDropped().stream()
                        .map(t -> Instant.ofEpochMilli(t).toString()).toList())
                        + (r.partialDropped() > r.firstDropped().size() ? ", …" : ""));
            }
            row(w, "out", out + " (sha256 " + hash.get().hex().substring(0, 16) + "…)");
            w.flush();
            return ExitCode.OK;
        }
    }

    /** {@code kairos data inspect FILE}: rows, range, timeframe and gaps of a bar file. */
    @Command(name = "inspect", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Account for a bar file: rows parsed/accepted/malformed (by kind, with line numbers), "
                    + "the timestamp unit (epoch s, ms, µs or ns, detected), first and last bar, timeframe, gaps "
                    + "(count, missing bars, largest, the first ones)."},
            exitCodeListHeading = "Exit codes:%n",
            exitCodeList = {"0:ok", "1:internal error", "2:usage error", "3:unusable data file"})
    static final class Inspect implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "bar CSV timestamp,open,high,low,close,volume")
        Path file;
        @Option(names = "--timeframe", paramLabel = "TF", description = "the bar length to find gaps with (default: "
                + "inferred from the spacing)")
        Optional<String> timeframe = Optional.empty();
        @Option(names = "--symbol", paramLabel = "SYM", description = "instrument (default: from the file name)")
        Optional<String> symbol = Optional.empty();
        @Option(names = "--json", description = "print one JSON object on stdout instead of the table")
        boolean json;

        @Override
        public Integer call() {
            Console console = new Console(spec, "inspect");
            List<String> problems = new ArrayList<>();
            Optional<Timeframe> given = timeframe.flatMap(t -> timeframe(t, "--timeframe", problems));
            Optional<InstrumentId> instrument = instrument(symbol, problems);
            if (!problems.isEmpty()) {
                return console.usage(problems);
            }
            BarCsvResult read;
            Sha256 hash;
            try {
                read = new BarCsvReader(new BarCsvOptions(instrument, TimeWindow.ALL, BadRowPolicy.SKIP)).read(file);
                hash = Sha256.of(file);
            } catch (DataFileException ex) {
                ex.report().ifPresent(r -> console.log(r.toString()));
                return console.data(ex.getMessage());
            }
            BarSeries series = read.series();
            BarCsvReport report = read.report();
            CliInputs.unitNote(report.source(), report.timestampUnit()).ifPresent(console::log);
            Timeframe tf = given.orElseGet(() -> Timeframe.of(series));
            GapReport gaps = tf.millis() == series.intervalMs() ? report.gaps() : GapReport.of(withInterval(series, tf));
            long first = series.timestamp(0);
            long last = series.timestamp(series.size() - 1);
            long slots = (last - first) / tf.millis() + 1;
            long offGrid = 0;
            long firstOffGrid = Long.MIN_VALUE;
            for (int i = 0; i < series.size(); i++) {
                if (!tf.isAligned(series.timestamp(i))) {
                    if (offGrid++ == 0) {
                        firstOffGrid = series.timestamp(i);
                    }
                }
            }
            double coverage = (double) series.size() / slots;
            boolean sparse = coverage < 0.5;

            Map<String, Object> m = new LinkedHashMap<>();
            m.put("command", "inspect");
            m.put("file", file.toString());
            m.put("symbol", series.instrument().symbol());
            m.put("sha256", hash.hex());
            m.putAll(barRows(report));
            m.put("bars", series.size());
            putRange(m, series);
            m.put("timeframe", tf.toString());
            m.put("timeframe_source", given.isPresent() ? "option" : "inferred");
            m.put("most_common_spacing", Timeframe.ofMillis(series.intervalMs()).toString());
            m.put("expected_bars", slots);
            m.put("coverage", coverage);
            m.put("sparse", sparse);
            m.put("off_grid_bars", offGrid);
            if (offGrid > 0) {
                m.put("first_off_grid", Instant.ofEpochMilli(firstOffGrid).toString());
            }
            m.put("gaps", gapsJson(gaps));
            if (json) {
                return console.json(m);
            }
            PrintWriter w = spec.commandLine().getOut();
            w.printf(Locale.ROOT, "%nKairos data inspect %s%n", file);
            row(w, "instrument", series.instrument().symbol());
            row(w, "rows", report.parsed() + " parsed, " + report.accepted() + " accepted, " + report.skipped()
                    + " skipped, " + report.malformed() + " malformed, " + report.blank() + " blank");
            row(w, "bad rows", report.defectSummary());
            row(w, "timestamps", "epoch " + report.timestampUnit().displayName()
                    + (report.timestampUnit() == TimestampUnit.MILLISECONDS ? "" : ", converted to ms"));
            row(w, "range", Instant.ofEpochMilli(first) + " .. " + Instant.ofEpochMilli(last) + " (bar open times)");
            row(w, "timeframe", tf + (given.isPresent() ? " (given)" : " (inferred; most common spacing "
                    + Timeframe.ofMillis(series.intervalMs()) + ")"));
            row(w, "coverage", String.format(Locale.ROOT, "%,d of %,d %s slots (%.1f%%)%s", series.size(), slots, tf,
                    coverage * 100, sparse ? "; sparse: only the " + tf + " bars with data are present" : ""));
            if (offGrid > 0) {
                row(w, "off grid", offGrid + " bars not on the " + tf + " grid, first at "
                        + Instant.ofEpochMilli(firstOffGrid));
            }
            row(w, "gaps", gaps.count() == 0 ? "none" : String.format(Locale.ROOT, "%,d gaps, %,d missing bars",
                    gaps.count(), gaps.missingBars()));
            gaps.largest().ifPresent(g -> row(w, "largest gap", g.toString()));
            for (int i = 0; i < gaps.first().size(); i++) {
                row(w, i == 0 ? "first gaps" : "", gaps.first().get(i).toString());
            }
            if (gaps.count() > gaps.first().size()) {
                row(w, "", "… " + (gaps.count() - gaps.first().size()) + " more");
            }
            row(w, "sha256", hash.hex());
            w.flush();
            return ExitCode.OK;
        }
    }

    /** The series with another bar interval, for finding gaps on that grid. */
    private static BarSeries withInterval(BarSeries s, Timeframe tf) {
        BarSeries.Builder b = new BarSeries.Builder(s.instrument(), s.size());
        for (int i = 0; i < s.size(); i++) {
            b.add(s.timestamp(i), s.open(i), s.high(i), s.low(i), s.close(i), s.volume(i));
        }
        return b.build(tf.millis());
    }

    /** How a subcommand reports: errors and logs on stderr, results on stdout. */
    private record Console(CommandLine.Model.CommandSpec spec, String command) {
        int usage(List<String> problems) {
            problems.forEach(p -> spec.commandLine().getErr().println("kairos data " + command + ": error: " + p));
            return ExitCode.USAGE;
        }

        int data(String message) {
            spec.commandLine().getErr().println("kairos data " + command + ": data error: " + message);
            return ExitCode.DATA;
        }

        void log(String line) {
            spec.commandLine().getErr().println("kairos: " + line);
        }

        /** Writes the bars and returns the file's hash; empty (after printing the error) when it cannot. */
        Optional<Sha256> write(Path out, DecimalBars bars) {
            try {
                BarCsvWriter.write(out, bars);
                return Optional.of(Sha256.of(out));
            } catch (UncheckedIOException | DataFileException ex) {
                spec.commandLine().getErr().println("kairos data " + command + ": output error: " + ex.getMessage());
                return Optional.empty();
            }
        }

        int json(Map<String, Object> m) {
            try {
                spec.commandLine().getOut().println(JSON.writeValueAsString(m));
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException("cannot encode the result as JSON", ex);
            }
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }

    private static Optional<Timeframe> timeframe(String text, String option, List<String> problems) {
        try {
            return Optional.of(Timeframe.parse(text));
        } catch (IllegalArgumentException ex) {
            problems.add(option + ": " + ex.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<InstrumentId> instrument(Optional<String> symbol, List<String> problems) {
        if (symbol.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InstrumentId.of(symbol.get()));
        } catch (IllegalArgumentException ex) {
            problems.add("--symbol: " + ex.getMessage());
            return Optional.empty();
        }
    }

    private static BadRowPolicy policy(Optional<String> text, List<String> problems) {
        String v = text.map(t -> t.strip().toLowerCase(Locale.ROOT)).orElse("skip");
        return switch (v) {
            case "skip" -> BadRowPolicy.SKIP;
            case "fail" -> BadRowPolicy.FAIL;
            default -> {
                problems.add("--on-bad-row: '" + text.orElse("") + "' is not skip or fail");
                yield BadRowPolicy.SKIP;
            }
        };
    }

    private static Map<String, Object> tradeRows(TradeCsvReport r) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("file", r.source());
        c.put("header", r.header());
        c.put("columns", r.columns());
        c.put("timestamp_unit", r.timestampUnit().displayName());
        c.put("parsed", r.parsed());
        c.put("accepted", r.accepted());
        c.put("skipped", r.skipped());
        c.put("malformed", r.malformed());
        c.put("blank", r.blank());
        c.put("without_amount", r.withoutAmount());
        c.put("buys", r.buys());
        c.put("sells", r.sells());
        Map<String, Object> kinds = new LinkedHashMap<>();
        for (TradeDefectCount d : r.defects()) {
            kinds.put(d.defect().name().toLowerCase(Locale.ROOT), kind(d.count(), d.firstLines(), d.description()));
        }
        c.put("malformed_by_kind", kinds);
        return c;
    }

    private static Map<String, Object> barRows(BarCsvReport r) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("file", r.source());
        c.put("parsed", r.parsed());
        c.put("accepted", r.accepted());
        c.put("skipped", r.skipped());
        c.put("malformed", r.malformed());
        c.put("blank", r.blank());
        c.put("timestamp_unit", r.timestampUnit().displayName());
        Map<String, Object> kinds = new LinkedHashMap<>();
        for (DefectCount d : r.defects()) {
            kinds.put(d.defect().name().toLowerCase(Locale.ROOT), kind(d.count(), d.firstLines(), d.description()));
        }
        c.put("malformed_by_kind", kinds);
        return c;
    }

    private static Map<String, Object> kind(long count, List<Long> lines, String description) {
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("count", count);
        k.put("first_lines", lines);
        k.put("description", description);
        return k;
    }

    private static Map<String, Object> gapsJson(GapReport g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", g.count());
        m.put("missing_bars", g.missingBars());
        m.put("largest", g.largest().map(DataCommand::gapJson).orElse(null));
        m.put("first", g.first().stream().map(DataCommand::gapJson).toList());
        return m;
    }

    private static Map<String, Object> gapJson(Gap g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", Instant.ofEpochMilli(g.start()).toString());
        m.put("end", Instant.ofEpochMilli(g.end()).toString());
        m.put("start_ms", g.start());
        m.put("end_ms", g.end());
        m.put("missing_bars", g.missingBars());
        m.put("length", Duration.ofMillis(g.lengthMs()).toString());
        return m;
    }

    private static void putRange(Map<String, Object> m, BarSeries s) {
        if (s.isEmpty()) {
            m.put("first_bar", null);
            m.put("last_bar", null);
            m.put("first_bar_ms", null);
            m.put("last_bar_ms", null);
            return;
        }
        m.put("first_bar", Instant.ofEpochMilli(s.timestamp(0)).toString());
        m.put("last_bar", Instant.ofEpochMilli(s.timestamp(s.size() - 1)).toString());
        m.put("first_bar_ms", s.timestamp(0));
        m.put("last_bar_ms", s.timestamp(s.size() - 1));
    }

    private static String range(BarSeries s) {
        return s.isEmpty() ? "(none)" : "(" + Instant.ofEpochMilli(s.timestamp(0)) + " .. "
                + Instant.ofEpochMilli(s.timestamp(s.size() - 1)) + ")";
    }

    private static void row(PrintWriter w, String label, String value) {
        w.printf(Locale.ROOT, "  %-15s %s%n", label, value);
    }
}
