package dev.kairos.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.kairos.analytics.regime.RegimeDetectors;
import dev.kairos.analytics.regime.RegimeEnsemble;
import dev.kairos.analytics.regime.RegimeEnsembleConfig;
import dev.kairos.analytics.regime.RegimeTimelineSummary;
import dev.kairos.app.report.RegimeTimelineSvg;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.regime.ConfidenceLevel;
import dev.kairos.model.regime.Regime;
import dev.kairos.persistence.csv.BadRowPolicy;
import dev.kairos.persistence.csv.BarCsvOptions;
import dev.kairos.persistence.csv.BarCsvResult;
import dev.kairos.persistence.csv.TimeWindow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * {@code kairos regimes}: runs the regime ensemble over a bar file, bar by bar as a live run would (each row
 * sees only bars up to its own), writes the per-bar CSV {@code timestamp,regime,confidence,level,p_bull_trend,
 * p_bear_trend,p_volatile_range,p_quiet_range} and summarises the timeline: time share per regime, segments and
 * their mean duration, the bar-to-bar transition matrix, mean confidence. Before the detectors are ready the
 * regime, confidence and level cells are empty. {@code --json} prints the summary as one JSON object on stdout
 * (the CSV then goes only to {@code --out}); otherwise the CSV goes to stdout unless {@code --out} and the summary
 * to stderr. {@code kairos regimes quality} writes the measured-quality document.
 */
@Command(name = "regimes", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = RegimeQualityCommand.class,
        description = {"Detect market regimes bar by bar and summarise the timeline.",
                "CSV columns: timestamp (bar open time, epoch ms UTC), regime, confidence, level, p_bull_trend, "
                        + "p_bear_trend, p_volatile_range, p_quiet_range; regime, confidence and level are empty "
                        + "while the detectors warm up.",
                "Example: kairos regimes --data data/coinbase_BTC-USD_4h.csv --out regimes.csv --svg regimes.svg",
                "Detectors: volatility, trend, momentum, kmeans, hmm (default: all)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:ok", "1:internal error", "2:usage error", "3:data or output error"})
final class RegimesCommand implements Callable<Integer> {
    private static final String COMMAND = "kairos regimes";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "FILE", description = "bar CSV timestamp,open,high,low,close,volume")
    Optional<Path> data = Optional.empty();
    @Option(names = "--detector", paramLabel = "NAME", description = "a detector of the ensemble; repeatable "
            + "(default: all)")
    List<String> detectors = new ArrayList<>();
    @Option(names = "--out", paramLabel = "FILE.csv", description = "where to write the per-bar CSV")
    Optional<Path> out = Optional.empty();
    @Option(names = "--json", description = "print the summary as one JSON object on stdout")
    boolean json;
    @Option(names = "--svg", paramLabel = "FILE.svg", description = "also draw the timeline (price over regime "
            + "bands) as an SVG picture")
    Optional<Path> svg = Optional.empty();
    @Option(names = "--weights", paramLabel = "accuracy|equal", description = "detector weights (default: "
            + "accuracy)")
    Optional<String> weights = Optional.empty();
    @Option(names = "--switch-margin", paramLabel = "P", description = "lead a new regime needs to switch "
            + "(default: 0.1)")
    Optional<Double> margin = Optional.empty();
    @Option(names = "--min-dwell-bars", paramLabel = "N", description = "bars the lead must hold (default: 3)")
    Optional<Integer> dwell = Optional.empty();
    @Option(names = "--symbol", paramLabel = "SYM", description = "instrument (default: from the file name)")
    Optional<String> symbol = Optional.empty();
    @Option(names = "--from", paramLabel = "DATE", description = "first bar open time (UTC)")
    Optional<String> from = Optional.empty();
    @Option(names = "--to", paramLabel = "DATE", description = "bars before this open time (exclusive)")
    Optional<String> to = Optional.empty();
    @Option(names = "--on-bad-row", paramLabel = "skip|fail", description = "malformed rows: skip (default) or "
            + "stop with exit code 3")
    Optional<String> onBadRow = Optional.empty();

    /** The timeline of one run: per bar the regime ordinal (-1: none), confidence and probabilities. */
    record Timeline(BarSeries bars, int[] regime, double[] confidence, double[][] probabilities,
                    List<String> detectors) {
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<String> problems = new ArrayList<>();
        if (data.isEmpty()) {
            problems.add("--data: required: the bar CSV to detect regimes in");
        }
        RegimeDetectors registry = RegimeDetectors.standard();
        List<String> names = detectors.isEmpty() ? registry.names()
                : detectors.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).toList();
        for (String d : names) {
            if (!registry.has(d)) {
                problems.add("--detector " + d + ": unknown detector (known: " + String.join(", ", registry.names())
                        + ")");
            }
        }
        if (names.stream().distinct().count() != names.size()) {
            problems.add("--detector: a detector is named twice: " + String.join(", ", names));
        }
        Optional<RegimeEnsembleConfig> config = config(problems);
        Optional<InstrumentId> instrument = Optional.empty();
        if (symbol.isPresent()) {
            try {
                instrument = Optional.of(InstrumentId.of(symbol.get()));
            } catch (IllegalArgumentException ex) {
                problems.add("--symbol: " + ex.getMessage());
            }
        }
        TimeWindow window = CliInputs.window(from, to, problems);
        BadRowPolicy policy = CliInputs.badRowPolicy(onBadRow, problems);
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println(COMMAND + ": error: " + p));
            return ExitCode.USAGE;
        }
        Optional<BarCsvResult> loaded = CliInputs.readBars(data.orElseThrow(),
                new BarCsvOptions(instrument, window, policy), err, COMMAND);
        if (loaded.isEmpty()) {
            return ExitCode.DATA;
        }
        BarCsvResult read = loaded.get();
        BarSeries bars = read.series();
        if (bars.size() < 2) {
            err.println(COMMAND + ": data error: " + data.get() + ": " + bars.size() + " bars; at least 2 are needed");
            return ExitCode.DATA;
        }
        Timeline t = run(bars, registry.ensemble(names, config.orElseThrow()), names);
        RegimeTimelineSummary summary = RegimeTimelineSummary.of(t.regime(), t.confidence());
        try {
            if (out.isPresent()) {
                writeAtomically(out.get(), w -> writeCsv(w, t));
                err.println("kairos: " + out.get() + ": " + bars.size() + " rows");
            } else if (!json) {
                PrintWriter stdout = spec.commandLine().getOut();
                writeCsv(stdout, t);
                stdout.flush();
            }
            if (svg.isPresent()) {
                String picture = RegimeTimelineSvg.render(bars.instrument().symbol() + " regimes ("
                        + String.join(", ", names) + ")", bars.timestamps(), bars.closes(), t.regime());
                writeAtomically(svg.get(), w -> w.write(picture));
                err.println("kairos: " + svg.get() + ": timeline picture");
            }
        } catch (IOException ex) {
            err.println(COMMAND + ": output error: " + ex);
            return ExitCode.DATA;
        }
        if (json) {
            try {
                PrintWriter stdout = spec.commandLine().getOut();
                stdout.println(JSON.writeValueAsString(summaryMap(t, summary)));
                stdout.flush();
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException("summary is plain data", ex);
            }
        } else {
            err.print(humanSummary(t, summary));
            err.flush();
        }
        return ExitCode.OK;
    }

    private Optional<RegimeEnsembleConfig> config(List<String> problems) {
        RegimeEnsembleConfig c = RegimeEnsembleConfig.defaults();
        RegimeEnsembleConfig.WeightsMode mode = c.weights();
        if (weights.isPresent()) {
            try {
                mode = RegimeEnsembleConfig.WeightsMode.valueOf(weights.get().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                problems.add("--weights: must be accuracy or equal, got '" + weights.get() + "'");
            }
        }
        double m = margin.orElse(c.switchMargin());
        int d = dwell.orElse(c.minDwellBars());
        boolean ok = true;
        if (!(m >= 0 && m < 1)) {
            problems.add("--switch-margin: must be in [0, 1), got " + m);
            ok = false;
        }
        if (d < 1) {
            problems.add("--min-dwell-bars: must be at least 1, got " + d);
            ok = false;
        }
        return ok ? Optional.of(new RegimeEnsembleConfig(mode, m, d, c.horizonBars(), c.volatilityBuckets(),
                c.accuracyMemoryBars(), c.trendThreshold(), c.volatilityLookback())) : Optional.empty();
    }

    /** Feeds every bar to the ensemble in order and records what it published after each. */
    static Timeline run(BarSeries bars, RegimeEnsemble ensemble, List<String> names) {
        int n = bars.size();
        int[] regime = new int[n];
        double[] confidence = new double[n];
        double[][] p = new double[n][Regime.COUNT];
        for (int i = 0; i < n; i++) {
            ensemble.update(bars, i);
            regime[i] = ensemble.regimeOrdinal();
            confidence[i] = ensemble.isReady() ? ensemble.confidence() : Double.NaN;
            ensemble.probabilities(p[i]);
        }
        return new Timeline(bars, regime, confidence, p, names);
    }

    static void writeCsv(Writer w, Timeline t) throws IOException {
        w.write("timestamp,regime,confidence,level,p_bull_trend,p_bear_trend,p_volatile_range,p_quiet_range\n");
        StringBuilder line = new StringBuilder(128);
        for (int i = 0; i < t.bars().size(); i++) {
            line.setLength(0);
            line.append(t.bars().timestamp(i)).append(',');
            int r = t.regime()[i];
            if (r >= 0) {
                line.append(Regime.of(r).key()).append(',').append(number(t.confidence()[i])).append(',')
                        .append(ConfidenceLevel.of(t.confidence()[i]).name());
            } else {
                line.append(",,");
            }
            for (double v : t.probabilities()[i]) {
                line.append(',').append(number(v));
            }
            line.append('\n');
            w.write(line.toString());
        }
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    static Map<String, Object> summaryMap(Timeline t, RegimeTimelineSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("symbol", t.bars().instrument().symbol());
        m.put("detectors", t.detectors());
        m.put("bars", s.bars());
        m.put("warm_up_bars", s.unknownBars());
        long interval = t.bars().intervalMs();
        Map<String, Object> regimes = new LinkedHashMap<>();
        for (Regime r : Regime.values()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("share", s.share()[r.ordinal()]);
            x.put("segments", s.segments()[r.ordinal()]);
            x.put("mean_duration_bars", s.meanSegmentBars()[r.ordinal()]);
            x.put("mean_duration_hours", s.meanSegmentBars()[r.ordinal()] * interval / 3_600_000.0);
            regimes.put(r.key(), x);
        }
        m.put("regimes", regimes);
        m.put("segments", s.totalSegments());
        Map<String, Object> matrix = new LinkedHashMap<>();
        for (Regime a : Regime.values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (Regime b : Regime.values()) {
                row.put(b.key(), s.transitions()[a.ordinal()][b.ordinal()]);
            }
            matrix.put(a.key(), row);
        }
        m.put("transition_matrix", matrix);
        m.put("mean_confidence", s.meanConfidence());
        return m;
    }

    static String humanSummary(Timeline t, RegimeTimelineSummary s) {
        StringBuilder b = new StringBuilder();
        long interval = t.bars().intervalMs();
        b.append(String.format(Locale.ROOT, "%s: %d bars (%d warming up), detectors %s, %d segments, mean confidence"
                        + " %.3f%n", t.bars().instrument().symbol(), s.bars(), s.unknownBars(),
                String.join(", ", t.detectors()), s.totalSegments(), s.meanConfidence()));
        b.append(String.format(Locale.ROOT, "%-15s %7s %9s %14s%n", "regime", "share", "segments", "mean duration"));
        for (Regime r : Regime.values()) {
            int k = r.ordinal();
            b.append(String.format(Locale.ROOT, "%-15s %6.1f%% %9d %8.1f bars (%.1f h)%n", r.key(),
                    100 * s.share()[k], s.segments()[k], s.meanSegmentBars()[k],
                    s.meanSegmentBars()[k] * interval / 3_600_000.0));
        }
        b.append("transition matrix (row: from, column: to, bar to bar):\n");
        b.append(String.format(Locale.ROOT, "%-15s", ""));
        for (Regime r : Regime.values()) {
            b.append(String.format(Locale.ROOT, " %15s", r.key()));
        }
        b.append('\n');
        for (Regime a : Regime.values()) {
            b.append(String.format(Locale.ROOT, "%-15s", a.key()));
            for (Regime c : Regime.values()) {
                b.append(String.format(Locale.ROOT, " %15.3f", s.transitions()[a.ordinal()][c.ordinal()]));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** What writes a file's content. */
    interface Content {
        void writeTo(Writer w) throws IOException;
    }

    /** Writes to a temporary file beside {@code target}, then moves it into place: no half-written output. */
    static void writeAtomically(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + ".tmp");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.writeTo(w);
            }
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
