package dev.kairos.persistence.trades;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import dev.kairos.model.InstrumentId;
import dev.kairos.persistence.csv.BadRowPolicy;
import dev.kairos.persistence.csv.BarCsvReader;
import dev.kairos.persistence.csv.TimeWindow;
import dev.kairos.persistence.csv.FileTimestamps;
import dev.kairos.persistence.csv.TimestampScale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads trade CSV files, {@code timestamp,price[,amount[,side[,id]]]}, tolerantly, into a
 * {@link TradeSeries} and one {@link TradeCsvReport} per file.
 *
 * <ul>
 *   <li><b>Header.</b> Optional. The first non-blank line is a header when its first field is not an
 *       integer. A header locates the columns by name (case and spaces ignored): {@code timestamp}
 *       ({@code time}, {@code ts}), {@code price}, {@code amount} ({@code qty}, {@code quantity},
 *       {@code size}, {@code volume}), {@code side}, {@code id} ({@code trade_id}, {@code tid}); other
 *       columns are ignored, and a header without a timestamp or price column is refused. Without a
 *       header the columns are positional: {@code timestamp,price,amount,side,id}.</li>
 *   <li><b>Rows.</b> A row needs only a timestamp (integer epoch time) and a price (positive decimal). An
 *       absent or empty amount means unknown: the trade sets prices but adds no volume, and is counted in
 *       {@link TradeCsvReport#withoutAmount()}. Side is {@code buy}/{@code sell} ({@code b}/{@code s}, any
 *       case) or empty; the id may be anything. A row with more fields than the header (than 5 without a
 *       header) is malformed, as it is misaligned.</li>
 *   <li><b>Unit.</b> Each file's timestamps are in seconds, milliseconds, microseconds or nanoseconds,
 *       detected from the magnitude of its first valid row ({@link TimestampScale}) and reported in
 *       {@link TradeCsvReport#timestampUnit()}; every timestamp is converted to epoch ms (seconds times
 *       1000, finer units rounded down). A row whose timestamp is of another unit than the file's is
 *       malformed ({@link TradeDefect#WRONG_TIMESTAMP_UNIT}).</li>
 *   <li><b>Time.</b> Timestamps, in ms, must not decrease; equal timestamps are normal (several trades in
 *       one millisecond). A row earlier than the last valid row is malformed. Several files are read as
 *       one tape, in the order given, so this also holds across files, whatever their units.</li>
 * </ul>
 * Each data row is accepted, skipped (valid, outside the window) or malformed with its first
 * {@link TradeDefect}; blank lines are counted, not parsed. A UTF-8 byte-order mark and {@code \r\n} line
 * ends are tolerated. Immutable and thread-safe.
 */
public final class TradeCsvReader {
    /** The positional layout of a file without header. */
    public static final List<String> COLUMNS = List.of("timestamp", "price", "amount", "side", "id");
    private static final String EXPECTED = "timestamp,price[,amount[,side[,id]]]";
    /** Returned by {@link #parseLong} for a field that is not an integer. */
    private static final long NOT_A_LONG = Long.MIN_VALUE;
    /** Returned by {@link #side} for a side that is not buy or sell. */
    private static final int BAD = 2;
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("timestamp", "timestamp"), Map.entry("time", "timestamp"), Map.entry("ts", "timestamp"),
            Map.entry("price", "price"),
            Map.entry("amount", "amount"), Map.entry("qty", "amount"), Map.entry("quantity", "amount"),
            Map.entry("size", "amount"), Map.entry("volume", "amount"),
            Map.entry("side", "side"),
            Map.entry("id", "id"), Map.entry("trade_id", "id"), Map.entry("tid", "id"));

    private final TradeCsvOptions options;

    /** A reader with {@link TradeCsvOptions#DEFAULTS}. */
    public TradeCsvReader() {
        this(TradeCsvOptions.DEFAULTS);
    }

    public TradeCsvReader(TradeCsvOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public TradeCsvOptions options() {
        return options;
    }

    /**
     * Reads one trade file.
     *
     * @throws TradeFileException when the file is missing, unreadable, empty, has a header without
     *                            timestamp or price, no data rows, no accepted rows, or (under
     *                            {@link BadRowPolicy#FAIL}) a malformed row
     */
    public TradeCsvResult read(Path file) {
        return read(List.of(file));
    }

    /**
     * Reads trade files as one tape, in the order given: each file's rows must not go back in time from
     * the previous file's last valid row. Fails as {@link #read(Path)}; the series must hold at least one
     * trade over all files, not per file.
     */
    public TradeCsvResult read(List<Path> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no trade files given");
        }
        String first = files.get(0).toString();
        Path firstName = files.get(0).getFileName();
        TradeSeries.Builder trades = new TradeSeries.Builder(instrument(firstName == null ? first : firstName.toString(),
                first), 1024);
        List<TradeCsvReport> reports = new ArrayList<>(files.size());
        for (Path file : files) {
            String name = file.toString();
            requireReadableFile(file);
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                reports.add(parse(in, name, trades));
            } catch (NoSuchFileException e) {
                throw new TradeFileException(name, TradeFileException.Problem.MISSING, "file not found", null, e);
            } catch (AccessDeniedException e) {
                throw new TradeFileException(name, TradeFileException.Problem.NOT_READABLE,
                        "not readable (access denied)", null, e);
            } catch (CharacterCodingException e) {
                throw new TradeFileException(name, TradeFileException.Problem.READ_FAILED,
                        "not UTF-8 text; this is not a trade CSV file", null, e);
            } catch (IOException e) {
                throw new TradeFileException(name, TradeFileException.Problem.READ_FAILED, "read failed: " + e, null, e);
            }
        }
        return finish(trades, reports);
    }

    /**
     * Reads trade CSV text, to its end; does not close it.
     *
     * @param sourceName names the data in the report and errors; the instrument is taken from it when the
     *                   options name none
     */
    public TradeCsvResult read(Reader in, String sourceName) {
        TradeSeries.Builder trades = new TradeSeries.Builder(instrument(sourceName, sourceName), 1024);
        try {
            BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
            return finish(trades, List.of(parse(r, sourceName, trades)));
        } catch (IOException e) {
            throw new TradeFileException(sourceName, TradeFileException.Problem.READ_FAILED, "read failed: " + e, null,
                    e);
        }
    }

    private TradeCsvResult finish(TradeSeries.Builder trades, List<TradeCsvReport> reports) {
        if (trades.size() == 0) {
            TradeCsvReport last = reports.get(reports.size() - 1);
            long parsed = reports.stream().mapToLong(TradeCsvReport::parsed).sum();
            long skipped = reports.stream().mapToLong(TradeCsvReport::skipped).sum();
            long malformed = reports.stream().mapToLong(TradeCsvReport::malformed).sum();
            throw new TradeFileException(last.source(), TradeFileException.Problem.NO_ROWS_ACCEPTED, "no trades accepted: "
                    + parsed + " parsed, " + skipped + " outside the window " + options.window() + ", " + malformed
                    + " malformed" + (malformed > 0 ? " (" + last.defectSummary() + ")" : ""), last, null);
        }
        return new TradeCsvResult(trades.build(), reports);
    }

    private InstrumentId instrument(String fileName, String source) {
        if (options.instrument().isPresent()) {
            return options.instrument().get();
        }
        try {
            return BarCsvReader.instrumentFromFileName(fileName);
        } catch (IllegalArgumentException e) {
            throw new TradeFileException(source, TradeFileException.Problem.UNKNOWN_INSTRUMENT, e.getMessage()
                    + "; name the instrument in the options", null, e);
        }
    }

    private static void requireReadableFile(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new TradeFileException(name, TradeFileException.Problem.DIRECTORY, "is a directory, not a trade file");
        }
        if (!Files.exists(file)) {
            throw new TradeFileException(name, TradeFileException.Problem.MISSING, "file not found");
        }
        if (!Files.isReadable(file)) {
            throw new TradeFileException(name, TradeFileException.Problem.NOT_READABLE,
                    "not readable (check its permissions)");
        }
    }

    private TradeCsvReport parse(BufferedReader in, String source, TradeSeries.Builder trades) throws IOException {
        FileParse p = new FileParse(source, options, trades);
        for (String line; (line = in.readLine()) != null; ) {
            p.line(line);
        }
        return p.finish();
    }

    /** The state of reading one file. Single use, one thread. */
    private static final class FileParse {
        private static final int MAX_FIELDS = 64;
        private static final int KINDS = TradeDefect.values().length;

        private final String source;
        private final TimeWindow window;
        private final BadRowPolicy policy;
        private final TradeSeries.Builder trades;
        private final int[] commas = new int[MAX_FIELDS];
        private final long[] defectCount = new long[KINDS];
        private final long[][] defectLines = new long[KINDS][TradeDefectCount.MAX_LINES];

        private long line;
        private boolean layoutKnown;
        private boolean header;
        private List<String> columns = COLUMNS;
        private int tsCol = 0;
        private int priceCol = 1;
        private int amountCol = 2;
        private int sideCol = 3;
        private int maxFields = COLUMNS.size();

        private long parsed;
        private long accepted;
        private long skipped;
        private long malformed;
        private long blank;
        private long withoutAmount;
        private long buys;
        private long sells;
        /** The last row that passed every check (accepted or outside the window), this file or the previous; ms. */
        private long lastTimestamp;
        /** This file's timestamp unit, fixed by its first valid row. */
        private final FileTimestamps timestamps = new FileTimestamps();

        FileParse(String source, TradeCsvOptions options, TradeSeries.Builder trades) {
            this.source = source;
            this.window = options.window();
            this.policy = options.badRows();
            this.trades = trades;
            this.lastTimestamp = trades.lastTimestamp();
        }

        void line(String text) {
            line++;
            String s = line == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
            if (s.isBlank()) {
                blank++;
                return;
            }
            if (!layoutKnown) {
                layoutKnown = true;
                int comma = s.indexOf(',');
                if (parseLong(s, 0, comma < 0 ? s.length() : comma) == NOT_A_LONG) {
                    header(s);
                    return;
                }
            }
            parsed++;
            row(s);
        }

        private void header(String s) {
            header = true;
            String[] found = s.split(",", -1);
            tsCol = -1;
            priceCol = -1;
            amountCol = -1;
            sideCol = -1;
            List<String> known = new ArrayList<>();
            for (int i = 0; i < found.length; i++) {
                String raw = found[i].strip().replace("\"", "").toLowerCase(Locale.ROOT);
                String name = NAMES.get(raw);
                if (name == null) {
                    continue;
                }
                if (known.contains(name)) {
                    throw new TradeFileException(source, TradeFileException.Problem.WRONG_HEADER, "header '"
                            + shown(s) + "' on line " + line + " has two " + name + " columns");
                }
                known.add(name);
                switch (name) {
                    case "timestamp" -> tsCol = i;
                    case "price" -> priceCol = i;
                    case "amount" -> amountCol = i;
                    case "side" -> sideCol = i;
                    default -> {
                        // the id is read as text and not kept
                    }
                }
            }
            if (Math.max(Math.max(tsCol, priceCol), Math.max(amountCol, sideCol)) >= MAX_FIELDS) {
                throw new TradeFileException(source, TradeFileException.Problem.WRONG_HEADER, "header on line " + line
                        + " puts a trade column after column " + MAX_FIELDS + "; expected " + EXPECTED);
            }
            if (tsCol < 0 || priceCol < 0) {
                throw new TradeFileException(source, TradeFileException.Problem.WRONG_HEADER, "header '" + shown(s)
                        + "' on line " + line + " has no " + (tsCol < 0 ? "timestamp" : "price")
                        + " column; expected " + EXPECTED);
            }
            columns = List.copyOf(known);
            maxFields = found.length;
        }

        private static String shown(String s) {
            return s.length() > 120 ? s.substring(0, 120) + "…" : s;
        }

        private void row(String s) {
            int n = 0;
            int[] c = commas;
            for (int i = s.indexOf(','); i >= 0; i = s.indexOf(',', i + 1)) {
                if (n < MAX_FIELDS) {
                    c[n] = i;
                }
                n++;
            }
            int fields = n + 1;
            if (fields > maxFields) {
                reject(TradeDefect.TOO_MANY_COLUMNS);
                return;
            }
            if (fields <= Math.max(tsCol, priceCol)) {
                reject(TradeDefect.TOO_FEW_COLUMNS);
                return;
            }
            long ts = parseLong(s, start(tsCol), end(tsCol, fields, s));
            if (ts == NOT_A_LONG) {
                reject(TradeDefect.BAD_TIMESTAMP);
                return;
            }
            double price;
            try {
                price = parseDecimal(s, start(priceCol), end(priceCol, fields, s));
            } catch (NumberFormatException e) {
                reject(TradeDefect.BAD_PRICE);
                return;
            }
            if (!Double.isFinite(price)) {
                reject(TradeDefect.NOT_FINITE);
                return;
            }
            if (price <= 0) {
                reject(TradeDefect.NON_POSITIVE_PRICE);
                return;
            }
            double amount = Double.NaN;
            if (amountCol >= 0 && amountCol < fields && !isBlank(s, start(amountCol), end(amountCol, fields, s))) {
                try {
                    amount = parseDecimal(s, start(amountCol), end(amountCol, fields, s));
                } catch (NumberFormatException e) {
                    reject(TradeDefect.BAD_AMOUNT);
                    return;
                }
                if (!Double.isFinite(amount)) {
                    reject(TradeDefect.NOT_FINITE);
                    return;
                }
                if (amount < 0) {
                    reject(TradeDefect.NEGATIVE_AMOUNT);
                    return;
                }
            }
            int side = 0;
            if (sideCol >= 0 && sideCol < fields) {
                side = side(s, start(sideCol), end(sideCol, fields, s));
                if (side == BAD) {
                    reject(TradeDefect.BAD_SIDE);
                    return;
                }
            }
            if (!timestamps.admit(ts)) {
                reject(TradeDefect.WRONG_TIMESTAMP_UNIT);
                return;
            }
            ts = timestamps.toMillis(ts);
            if (ts < lastTimestamp) {
                reject(TradeDefect.OUT_OF_ORDER_TIMESTAMP);
                return;
            }
            lastTimestamp = ts;
            if (!window.contains(ts)) {
                skipped++;
                return;
            }
            trades.add(ts, price, amount);
            accepted++;
            if (Double.isNaN(amount)) {
                withoutAmount++;
            }
            if (side > 0) {
                buys++;
            } else if (side < 0) {
                sells++;
            }
        }

        /** Start index of field {@code k} (fields below {@link #MAX_FIELDS}). */
        private int start(int k) {
            return k == 0 ? 0 : commas[k - 1] + 1;
        }

        private int end(int k, int fields, String s) {
            return k == fields - 1 ? s.length() : commas[k];
        }

        private void reject(TradeDefect defect) {
            int k = defect.ordinal();
            long seen = defectCount[k]++;
            if (seen < TradeDefectCount.MAX_LINES) {
                defectLines[k][(int) seen] = line;
            }
            malformed++;
        }

        TradeCsvReport finish() {
            if (!layoutKnown) {
                throw new TradeFileException(source, TradeFileException.Problem.EMPTY,
                        line == 0 ? "empty file" : "empty file (" + line + " blank lines)");
            }
            if (parsed == 0) {
                throw new TradeFileException(source, TradeFileException.Problem.NO_DATA_ROWS,
                        "has a header but no data rows; expected rows of " + EXPECTED);
            }
            List<TradeDefectCount> defects = new ArrayList<>();
            for (TradeDefect d : TradeDefect.values()) {
                long n = defectCount[d.ordinal()];
                if (n > 0) {
                    int shown = (int) Math.min(n, TradeDefectCount.MAX_LINES);
                    List<Long> lines = new ArrayList<>(shown);
                    for (int i = 0; i < shown; i++) {
                        lines.add(defectLines[d.ordinal()][i]);
                    }
                    defects.add(d == TradeDefect.WRONG_TIMESTAMP_UNIT
                            ? new TradeDefectCount(d, n, lines, timestamps.mismatch())
                            : new TradeDefectCount(d, n, lines));
                }
            }
            TradeCsvReport report = new TradeCsvReport(source, window, header, columns, parsed, accepted, skipped,
                    malformed, blank, withoutAmount, buys, sells, defects, timestamps.unit());
            if (malformed > 0 && policy == BadRowPolicy.FAIL) {
                throw new TradeFileException(source, TradeFileException.Problem.MALFORMED_ROWS, malformed + " malformed "
                        + (malformed == 1 ? "row" : "rows") + " of " + parsed + " parsed: " + report.defectSummary(),
                        report, null);
            }
            return report;
        }
    }

    /**
     * An optionally signed integer of at most 19 digits (epoch nanoseconds have 19) in {@code s[from, to)},
     * spaces around allowed; {@link #NOT_A_LONG} when it is not one or its magnitude exceeds
     * {@link Long#MAX_VALUE}.
     */
    static long parseLong(String s, int from, int to) {
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        boolean negative = false;
        if (from < to && (s.charAt(from) == '-' || s.charAt(from) == '+')) {
            negative = s.charAt(from) == '-';
            from++;
        }
        if (to - from <= 0 || to - from > 19) {
            return NOT_A_LONG;
        }
        int last = to - from == 19 ? to - 1 : to;
        long v = 0;
        for (int i = from; i < last; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return NOT_A_LONG;
            }
            v = v * 10 + d;
        }
        if (last < to) {
            int d = s.charAt(last) - '0';
            if (d < 0 || d > 9 || v > (Long.MAX_VALUE - d) / 10) {
                return NOT_A_LONG;
            }
            v = v * 10 + d;
        }
        return negative ? -v : v;
    }

    /**
     * A decimal {@code [+-]digits[.digits][(e|E)[+-]digits]} in {@code s[from, to)}, or {@code nan},
     * {@code inf}, {@code infinity} in any case, correctly rounded.
     *
     * @throws NumberFormatException when it is not one
     */
    static double parseDecimal(String s, int from, int to) {
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        int i = from;
        if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        if (i == to) {
            throw new NumberFormatException("empty");
        }
        char lead = s.charAt(i);
        if (lead == 'n' || lead == 'N' || lead == 'i' || lead == 'I') {
            String word = s.substring(i, to).toLowerCase(Locale.ROOT);
            if (word.equals("nan")) {
                return Double.NaN;
            }
            if (word.equals("inf") || word.equals("infinity")) {
                return s.charAt(from) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            throw new NumberFormatException("not a number");
        }
        boolean digit = false;
        for (int k = i; k < to; k++) {
            char ch = s.charAt(k);
            if (ch >= '0' && ch <= '9') {
                digit = true;
            } else if (ch != '.' && ch != 'e' && ch != 'E' && ch != '+' && ch != '-') {
                throw new NumberFormatException("not a decimal");
            }
        }
        char last = s.charAt(to - 1);
        if (!digit || !((last >= '0' && last <= '9') || last == '.')) {
            throw new NumberFormatException("not a decimal");
        }
        return JavaDoubleParser.parseDouble(s, from, to - from);
    }

    /** +1 buy, -1 sell, 0 empty, {@link #BAD} otherwise. */
    private static int side(String s, int from, int to) {
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        int len = to - from;
        if (len == 0) {
            return 0;
        }
        if (s.regionMatches(true, from, "buy", 0, 3) && len == 3 || s.regionMatches(true, from, "b", 0, 1) && len == 1) {
            return 1;
        }
        if (s.regionMatches(true, from, "sell", 0, 4) && len == 4 || s.regionMatches(true, from, "s", 0, 1) && len == 1) {
            return -1;
        }
        return BAD;
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }
}
