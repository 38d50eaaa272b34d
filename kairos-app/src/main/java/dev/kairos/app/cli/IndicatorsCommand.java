package dev.kairos.app.cli;

import dev.kairos.analytics.catalog.IndicatorArg;
import dev.kairos.analytics.catalog.IndicatorCatalog;
import dev.kairos.analytics.catalog.IndicatorDefinition;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.market.BarSeries;
import dev.kairos.persistence.csv.BadRowPolicy;
import dev.kairos.persistence.csv.BarCsvOptions;
import dev.kairos.persistence.csv.BarCsvReport;
import dev.kairos.persistence.csv.BarCsvResult;
import dev.kairos.persistence.csv.TimeWindow;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kairos indicators}: computes catalogued indicators ({@link IndicatorCatalog#builtIn()}) over a bar
 * file and writes them as CSV, {@code timestamp} (the bar's open time, epoch ms UTC, whatever the input's unit) and one
 * column per indicator output, named after the output and its arguments ({@code macd_12_26_9},
 * {@code macd_signal_12_26_9}, ...). Cells are empty while an output warms up. Values are the shortest decimal
 * that reads back as the same double ({@link Double#toString(double)}'s digits), written without an exponent
 * or a trailing {@code .0}.
 *
 * <p>Every usage problem (options, indicator names and arguments) is reported at once, one line each, exit 2;
 * an unusable data file or output is exit 3. Row counts go to stderr as {@code kairos: ...}; the CSV goes to
 * stdout unless {@code --out}.
 */
@Command(name = "indicators", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compute indicators over a bar file and write them as CSV.",
                "Columns: timestamp (bar open time, epoch ms UTC), then one per indicator output, named "
                        + "OUTPUT_ARG_ARG... (e.g. macd_12_26_9, macd_signal_12_26_9, macd_hist_12_26_9); cells are "
                        + "empty during warm-up. Values are the shortest decimal that reads back as the same double.",
                "Example: kairos indicators --data data/coinbase_BTC-USD_4h.csv --indicator rsi:14 "
                        + "--indicator macd:12,26,9 --indicator bbands:20,2 --out ind.csv",
                "Arguments may be omitted (all take their defaults) or given in part (the rest take theirs; an "
                        + "empty one, as in macd:12,,5, too). 'kairos indicators --list' names every indicator "
                        + "with its arguments, ranges and columns."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:ok", "1:internal error", "2:usage error", "3:data or output error"})
final class IndicatorsCommand implements Callable<Integer> {
    private static final String COMMAND = "kairos indicators";
    /** A plain decimal number: no hex, no NaN or Infinity. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    /** Bars that only let an indicator check its arguments (cross-argument rules such as MACD's fast < slow). */
    private static final BarSeries NO_BARS = new BarSeries.Builder(InstrumentId.of("ARGS-CHECK"), 0).build(60_000L);
    /** Characters buffered before a write to the output. */
    private static final int CHUNK = 1 << 16;

    private final IndicatorCatalog catalog = IndicatorCatalog.builtIn();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "FILE", description = "bar CSV timestamp,open,high,low,close,volume "
            + "(epoch s, ms, µs or ns UTC, bar open time)")
    Optional<Path> data = Optional.empty();
    @Option(names = "--indicator", paramLabel = "NAME[:ARGS]", description = "an indicator and its comma-separated "
            + "arguments, e.g. rsi:14, macd:12,26,9, bbands:20,2; repeatable; see --list")
    List<String> indicators = new ArrayList<>();
    @Option(names = "--out", paramLabel = "FILE.csv", description = "where to write the CSV (default: stdout)")
    Optional<Path> out = Optional.empty();
    @Option(names = "--symbol", paramLabel = "SYM", description = "instrument (default: from the file name)")
    Optional<String> symbol = Optional.empty();
    @Option(names = "--from", paramLabel = "DATE", description = "first bar open time: 2024-01-31, ISO instant "
            + "or epoch ms (UTC); the indicators start warming up there")
    Optional<String> from = Optional.empty();
    @Option(names = "--to", paramLabel = "DATE", description = "bars before this open time (exclusive)")
    Optional<String> to = Optional.empty();
    @Option(names = "--on-bad-row", paramLabel = "skip|fail", description = "malformed rows: skip them (default) "
            + "or stop with exit code 3")
    Optional<String> onBadRow = Optional.empty();
    @Option(names = "--list", description = "name every indicator with its arguments (defaults, ranges), output "
            + "columns and description, and exit")
    boolean list;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (list) {
            return listing();
        }
        List<String> problems = new ArrayList<>();
        if (data.isEmpty()) {
            problems.add("--data: required: the bar CSV to compute the indicators over");
        }
        if (indicators.isEmpty()) {
            problems.add("--indicator: at least one is required, e.g. --indicator rsi:14 ('" + COMMAND
                    + " --list' names them all)");
        }
        List<Selection> selections = new ArrayList<>();
        for (String text : indicators) {
            select(text, problems).ifPresent(selections::add);
        }
        duplicateColumns(selections, problems);
        Optional<InstrumentId> instrument = instrument(problems);
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

        List<String> columns = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (Selection s : selections) {
            columns.addAll(s.columns());
            values.addAll(s.definition().compute(bars, s.args()));
        }
        if (out.isEmpty()) {
            PrintWriter stdout = spec.commandLine().getOut();
            try {
                writeCsv(stdout, bars, columns, values);
            } catch (IOException ex) {
                throw new IllegalStateException("a PrintWriter does not throw", ex);
            }
            stdout.flush();
            return ExitCode.OK;
        }
        try {
            writeFile(out.get(), bars, columns, values);
        } catch (IOException ex) {
            err.println(COMMAND + ": output error: " + out.get() + ": " + ex);
            return ExitCode.DATA;
        }
        err.println("kairos: " + out.get() + ": " + bars.size() + " rows, " + columns.size() + " indicator columns ("
                + String.join(", ", columns) + ")");
        return ExitCode.OK;
    }

    /** One {@code --indicator}: the definition, its full argument values and its column names. */
    private record Selection(String text, IndicatorDefinition definition, double[] args, List<String> columns) {
    }

    /** Parses {@code NAME[:ARG,...]}; adds a problem (naming the option) and returns empty when it is wrong. */
    private Optional<Selection> select(String text, List<String> problems) {
        String t = text.strip();
        String where = "--indicator " + t + ": ";
        int colon = t.indexOf(':');
        String name = (colon < 0 ? t : t.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            problems.add(where + "no indicator name (NAME[:ARG,...], e.g. rsi:14)");
            return Optional.empty();
        }
        Optional<IndicatorDefinition> found = catalog.find(name);
        if (found.isEmpty()) {
            problems.add(where + "unknown indicator '" + name + "'" + suggestion(name) + "; '" + COMMAND
                    + " --list' names them all");
            return Optional.empty();
        }
        IndicatorDefinition d = found.get();
        List<IndicatorArg> params = d.args();
        String rest = colon < 0 ? "" : t.substring(colon + 1);
        String[] given = rest.isBlank() ? new String[0] : rest.split(",", -1);
        if (given.length > params.size()) {
            problems.add(where + d.name() + " takes " + (params.isEmpty() ? "no arguments"
                    : "at most " + params.size() + (params.size() == 1 ? " argument (" : " arguments (")
                    + params.stream().map(IndicatorArg::name).collect(Collectors.joining(",")) + ")")
                    + ", got " + given.length);
            return Optional.empty();
        }
        double[] args = params.stream().mapToDouble(IndicatorArg::defaultValue).toArray();
        boolean ok = true;
        for (int i = 0; i < given.length; i++) {
            String g = given[i].strip();
            if (g.isEmpty()) {
                continue;
            }
            IndicatorArg a = params.get(i);
            if (!NUMBER.matcher(g).matches()) {
                problems.add(where + a.name() + ": not a number: '" + g + "'");
                ok = false;
                continue;
            }
            double v = Double.parseDouble(g);
            if (a.integer() && v != Math.rint(v)) {
                problems.add(where + a.name() + " must be a whole number, got " + g);
                ok = false;
            } else if (!(v >= a.min() && v <= a.max())) {
                problems.add(where + a.name() + " must be between " + plain(a.min()) + " and " + plain(a.max())
                        + ", got " + g);
                ok = false;
            } else {
                args[i] = v;
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        try {
            // rules between arguments (MACD fast < slow, SAR acceleration <= maximum, ...) are the indicator's own
            d.compute(NO_BARS, args.clone());
        } catch (IllegalArgumentException ex) {
            problems.add(where + ex.getMessage());
            return Optional.empty();
        }
        return Optional.of(new Selection(t, d, args, columnNames(d, args)));
    }

    /** {@code output_arg_arg...} for every output; just the output name when the indicator has no arguments. */
    static List<String> columnNames(IndicatorDefinition d, double[] args) {
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            suffix.append('_').append(d.args().get(i).format(args[i]));
        }
        return d.outputs().stream().map(o -> o + suffix).toList();
    }

    private static void duplicateColumns(List<Selection> selections, List<String> problems) {
        Map<String, String> firstBy = new HashMap<>();
        for (Selection s : selections) {
            for (String c : s.columns()) {
                String earlier = firstBy.putIfAbsent(c, s.text());
                if (earlier != null) {
                    problems.add("--indicator " + s.text() + ": column " + c + " again (already from --indicator "
                            + earlier + ")");
                    break;
                }
            }
        }
    }

    /** {@code " (did you mean 'rsi'?)"} for a name a couple of typos away from a catalogue name, else empty. */
    private String suggestion(String name) {
        String best = null;
        int bestDistance = 3;
        for (IndicatorDefinition d : catalog.all()) {
            int distance = editDistance(name, d.name());
            if (distance < bestDistance) {
                best = d.name();
                bestDistance = distance;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(substitution, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }

    private int listing() {
        List<String> problems = new ArrayList<>();
        if (data.isPresent() || !indicators.isEmpty() || out.isPresent() || symbol.isPresent() || from.isPresent()
                || to.isPresent() || onBadRow.isPresent()) {
            problems.add("--list: takes no other options");
            problems.forEach(p -> spec.commandLine().getErr().println(COMMAND + ": error: " + p));
            return ExitCode.USAGE;
        }
        PrintWriter w = spec.commandLine().getOut();
        List<IndicatorDefinition> all = catalog.all();
        w.printf(Locale.ROOT, "%d indicators for --indicator NAME[:ARG,...] (omitted arguments take their defaults; "
                + "columns are OUTPUT_ARG_ARG...):%n", all.size());
        for (IndicatorDefinition d : all) {
            w.println();
            w.println("  " + d.name() + (d.args().isEmpty() ? ""
                    : ":" + d.args().stream().map(IndicatorArg::name).collect(Collectors.joining(","))));
            w.println("      " + d.description());
            for (IndicatorArg a : d.args()) {
                w.printf(Locale.ROOT, "      %-15s %s %s..%s, default %s%n", a.name(),
                        a.integer() ? "whole number" : "number", plain(a.min()), plain(a.max()),
                        plain(a.defaultValue()));
            }
            double[] defaults = d.args().stream().mapToDouble(IndicatorArg::defaultValue).toArray();
            w.printf(Locale.ROOT, "      %-15s %s%s%n", "columns", String.join(", ", columnNames(d, defaults)),
                    d.args().isEmpty() ? "" : " (with the defaults)");
        }
        w.flush();
        return ExitCode.OK;
    }

    private static void writeFile(Path target, BarSeries bars, List<String> columns, List<double[]> values)
            throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                writeCsv(w, bars, columns, values);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException ex) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void writeCsv(Writer w, BarSeries bars, List<String> columns, List<double[]> values)
            throws IOException {
        StringBuilder sb = new StringBuilder(CHUNK + 1024);
        sb.append("timestamp");
        for (String c : columns) {
            sb.append(',').append(c);
        }
        sb.append('\n');
        double[][] cols = values.toArray(new double[0][]);
        for (int i = 0; i < bars.size(); i++) {
            sb.append(bars.timestamp(i));
            for (double[] col : cols) {
                sb.append(',');
                appendCell(sb, col[i]);
            }
            sb.append('\n');
            if (sb.length() >= CHUNK) {
                w.write(sb.toString());
                sb.setLength(0);
            }
        }
        w.write(sb.toString());
    }

    /** Empty for NaN (warm-up); otherwise {@link Double#toString(double)}'s digits without an exponent. */
    static void appendCell(StringBuilder sb, double v) {
        if (!Double.isNaN(v)) {
            sb.append(plain(v));
        }
    }

    /**
     * The shortest decimal that reads back as {@code v} ({@link Double#toString(double)}'s digits), without an
     * exponent or a trailing {@code .0}: {@code 0.00001}, not {@code 1.0E-5}; {@code 42}, not {@code 42.0}.
     */
    static String plain(double v) {
        String s = Double.toString(v);
        if (s.indexOf('E') < 0) {
            return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
        }
        return new BigDecimal(s).stripTrailingZeros().toPlainString();
    }

    private Optional<InstrumentId> instrument(List<String> problems) {
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
}
