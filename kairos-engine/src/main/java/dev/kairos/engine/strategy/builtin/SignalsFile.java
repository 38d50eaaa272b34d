package dev.kairos.engine.strategy.builtin;

import dev.kairos.engine.strategy.ParamSpec;
import dev.kairos.engine.strategy.Strategy;
import dev.kairos.engine.strategy.StrategyContext;
import dev.kairos.engine.strategy.StrategyDefinition;
import dev.kairos.engine.strategy.StrategyParams;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.event.Direction;
import dev.kairos.model.market.BarSeries;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Replays signals made elsewhere, so that they can be backtested like any strategy. The file (parameter
 * {@code file}) is CSV {@code timestamp,symbol,side,confidence[,reason]}:
 *
 * <ul>
 *   <li>{@code timestamp}: when the signal was known, epoch ms UTC or an ISO-8601 instant
 *       ({@code 2024-01-01T04:00:00Z});</li>
 *   <li>{@code symbol}: the instrument, matched to the backtested one ignoring case; rows of other
 *       instruments are ignored;</li>
 *   <li>{@code side}: {@code long}, {@code short} or {@code flat} ({@code buy} = long, {@code sell} =
 *       short), any case;</li>
 *   <li>{@code confidence}: a plain decimal in [0, 1];</li>
 *   <li>{@code reason} (optional): everything after the fourth comma; surrounding double quotes are
 *       removed and {@code ""} inside them read as {@code "}.</li>
 * </ul>
 * A header line starting with {@code timestamp}, blank lines and lines starting with {@code #} are
 * skipped. Rows need not be sorted. The file is read once, when the run is checked ({@link #validate},
 * every malformed row reported with its line number) and when an instance is created (which throws
 * {@link IllegalArgumentException} naming the file and line).
 *
 * <p>Point in time: a signal is acted on at the close of the first bar whose close time is at or after its
 * timestamp, i.e. at bar {@code i} when {@code closeTime(i − 1) < timestamp ≤ closeTime(i)} (for the
 * first bar: {@code openTime(0) ≤ timestamp ≤ closeTime(0)}); never earlier. Signals stamped before the
 * first bar opens or after the last bar closes are not acted on. When several fall into one bar, only the
 * latest (by timestamp, then by line) is emitted — the engine would act only on the last one anyway —
 * and its reasons list the lines it superseded.
 *
 * <p>Confidence: the file's own, as given; Kairos does not re-derive it. Reasons: the file's reason (when
 * present) and {@code signals-file <file> line <n>}.
 */
public final class SignalsFile implements StrategyDefinition {
    /** Malformed rows listed individually before the rest are only counted. */
    static final int PROBLEMS_LISTED = 10;
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern EPOCH_MS = Pattern.compile("-?\\d{1,19}");

    @Override
    public String name() {
        return "signals-file";
    }

    @Override
    public String description() {
        return "replays external signals from CSV timestamp,symbol,side,confidence[,reason]; confidence as "
                + "given in the file";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(ParamSpec.requiredText("file", "CSV of signals: timestamp (epoch ms or ISO instant),symbol,"
                + "side (long|short|flat|buy|sell),confidence (0..1)[,reason]"));
    }

    @Override
    public List<String> validate(StrategyParams p) {
        String file = p.text("file");
        return read(file).problems().stream().map(m -> "--param file=" + file + ": " + m).toList();
    }

    @Override
    public Strategy create(InstrumentId instrument, StrategyParams p) {
        String file = p.text("file");
        Parsed parsed = read(file);
        if (!parsed.problems().isEmpty()) {
            throw new IllegalArgumentException("signals-file " + file + ": " + String.join("; ", parsed.problems()));
        }
        List<Row> mine = new ArrayList<>();
        for (Row r : parsed.rows()) {
            if (r.symbol().equalsIgnoreCase(instrument.symbol())) {
                mine.add(r);
            }
        }
        mine.sort(Comparator.comparingLong(Row::timestamp).thenComparingInt(Row::line));
        return new Instance(file, mine);
    }

    /** One signal row. */
    record Row(int line, long timestamp, String symbol, Direction side, double confidence, String reason) {
    }

    /** The rows of a file and what is wrong with it (each problem naming its line); rows are only usable
     * when there are no problems. */
    record Parsed(List<Row> rows, List<String> problems) {
    }

    /** Reads and checks the whole file. */
    static Parsed read(String file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Parsed(List.of(), List.of("no such file"));
        } catch (MalformedInputException e) {
            return new Parsed(List.of(), List.of("not UTF-8 text"));
        } catch (IOException | InvalidPathException e) {
            return new Parsed(List.of(), List.of("cannot read: " + e));
        }
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int malformed = 0;
        boolean first = true;
        for (int n = 0; n < lines.size(); n++) {
            String line = n == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(n);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (first && trimmed.toLowerCase(Locale.ROOT).startsWith("timestamp")) {
                first = false;
                continue;
            }
            first = false;
            String problem = parse(line, n + 1, rows);
            if (problem != null) {
                if (++malformed <= PROBLEMS_LISTED) {
                    problems.add("line " + (n + 1) + ": " + problem);
                }
            }
        }
        if (malformed > PROBLEMS_LISTED) {
            problems.add("and " + (malformed - PROBLEMS_LISTED) + " more malformed rows");
        }
        if (malformed == 0 && rows.isEmpty()) {
            problems.add("has no signal rows (expected timestamp,symbol,side,confidence[,reason])");
        }
        return new Parsed(List.copyOf(rows), List.copyOf(problems));
    }

    /** Parses one data line into {@code rows}; returns what is wrong with it, or {@code null}. */
    private static String parse(String line, int lineNumber, List<Row> rows) {
        String[] f = line.split(",", 5);
        if (f.length < 4) {
            return "expected timestamp,symbol,side,confidence[,reason], got " + f.length + " field"
                    + (f.length == 1 ? "" : "s");
        }
        String ts = f[0].strip();
        long timestamp;
        if (EPOCH_MS.matcher(ts).matches()) {
            try {
                timestamp = Long.parseLong(ts);
            } catch (NumberFormatException e) {
                return "timestamp '" + ts + "' is out of range";
            }
        } else {
            try {
                timestamp = Instant.parse(ts).toEpochMilli();
            } catch (DateTimeParseException | ArithmeticException e) {
                return "timestamp '" + ts + "' is neither epoch ms nor an ISO-8601 instant like 2024-01-01T04:00:00Z";
            }
        }
        String symbol = f[1].strip();
        if (symbol.isEmpty()) {
            return "symbol is empty";
        }
        String sideText = f[2].strip();
        Direction side = switch (sideText.toLowerCase(Locale.ROOT)) {
            case "long", "buy" -> Direction.LONG;
            case "short", "sell" -> Direction.SHORT;
            case "flat" -> Direction.FLAT;
            default -> null;
        };
        if (side == null) {
            return "side '" + sideText + "' is not long, short, flat, buy or sell";
        }
        String conf = f[3].strip();
        if (!PLAIN_NUMBER.matcher(conf).matches()) {
            return "confidence '" + conf + "' is not a number";
        }
        double confidence = Double.parseDouble(conf);
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            return "confidence " + conf + " is outside [0, 1]";
        }
        String reason = f.length == 5 ? unquote(f[4].strip()) : "";
        rows.add(new Row(lineNumber, timestamp, symbol, side, confidence, reason));
        return null;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1).replace("\"\"", "\"").strip();
        }
        return s;
    }

    static final class Instance implements Strategy {
        private final String file;
        private final long[] timestamp;
        private final Row[] rows;
        /** The first row not yet acted on or skipped. */
        private int next;
        private boolean started;
        private long lastClose;

        Instance(String file, List<Row> sorted) {
            this.file = file;
            this.rows = sorted.toArray(Row[]::new);
            this.timestamp = new long[rows.length];
            for (int k = 0; k < rows.length; k++) {
                timestamp[k] = rows[k].timestamp();
            }
        }

        @Override
        public void onBar(BarSeries s, int i, StrategyContext ctx) {
            long close = s.closeTime(i);
            // signals at or before this bounds belong to an earlier bar (or precede the data: never acted on)
            long after = started ? lastClose : s.timestamp(i) - 1;
            started = true;
            lastClose = close;
            while (next < rows.length && timestamp[next] <= after) {
                next++;
            }
            int from = next;
            while (next < rows.length && timestamp[next] <= close) {
                next++;
            }
            if (next > from) {
                emit(ctx, from, next - 1);
            }
        }

        private void emit(StrategyContext ctx, int from, int last) {
            Row r = rows[last];
            List<String> reasons = new ArrayList<>(3);
            if (!r.reason().isEmpty()) {
                reasons.add(r.reason());
            }
            reasons.add("signals-file " + file + " line " + r.line() + " (" + r.side() + " at "
                    + Instant.ofEpochMilli(r.timestamp()) + ")");
            if (last > from) {
                List<String> lines = new ArrayList<>();
                for (int k = from; k < last; k++) {
                    lines.add(Integer.toString(rows[k].line()));
                }
                reasons.add("supersedes the earlier signals of this bar on line" + (lines.size() > 1 ? "s " : " ")
                        + String.join(", ", lines));
            }
            ctx.signal(r.side(), r.confidence(), reasons.toArray(String[]::new));
        }
    }
}
