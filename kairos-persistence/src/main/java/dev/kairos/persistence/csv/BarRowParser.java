package dev.kairos.persistence.csv;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.market.BarCheck;
import dev.kairos.model.market.BarSeries;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The state of one read of a bar file: splits bytes into lines, checks the header, parses and sorts
 * each data row into accepted, skipped or malformed, and fills the series builder. The first valid row
 * fixes the file's {@link TimestampScale}; every timestamp is then range-checked against it and
 * converted to epoch ms. Single use, one thread. The hot path allocates nothing per row.
 */
final class BarRowParser {
    static final List<String> COLUMNS = List.of("timestamp", "open", "high", "low", "close", "volume");
    private static final String EXPECTED = String.join(",", COLUMNS);
    private static final RowDefect[] BAR_DEFECTS = Arrays.stream(BarCheck.Defect.values())
            .map(RowDefect::of).toArray(RowDefect[]::new);
    private static final int KINDS = RowDefect.values().length;

    private final String source;
    private final InstrumentId instrument;
    private final TimeWindow window;
    private final long from;
    private final long to;
    private final BadRowPolicy policy;
    private final BarSeries.Builder bars;

    /** Positions of the first six commas of the current line. */
    private final int[] commas = new int[6];
    private final long[] defectCount = new long[KINDS];
    private final long[][] defectLines = new long[KINDS][DefectCount.MAX_LINES];
    /** The units of the rows rejected as {@link RowDefect#WRONG_TIMESTAMP_UNIT}. */

    private long line;
    private boolean headerSeen;
    private long parsed;
    private long skipped;
    private long malformed;
    private long blank;
    /** Timestamp (epoch ms) of the last row that passed every check (accepted or outside the window). */
    private long lastTimestamp = Long.MIN_VALUE;
    /** The file's timestamp unit and range; admits nothing until the first valid row is seen. */
    private final FileTimestamps timestamps = new FileTimestamps();

    BarRowParser(String source, InstrumentId instrument, BarCsvOptions options, int expectedRows) {
        this.source = source;
        this.instrument = instrument;
        this.window = options.window();
        this.from = window.fromInclusive();
        this.to = window.toExclusive();
        this.policy = options.badRows();
        this.bars = new BarSeries.Builder(instrument, expectedRows);
    }

    /**
     * Handles every complete line of {@code b[from, limit)}, and the unterminated last line too when
     * {@code eof}. Returns the index of the first byte not consumed (the start of an incomplete line).
     */
    int consume(byte[] b, int start, int limit, boolean eof) {
        int[] c = commas;
        int p = start;
        while (p < limit) {
            int i = p;
            int n = 0;
            for (; i < limit; i++) {
                byte ch = b[i];
                if (ch == '\n') {
                    break;
                }
                if (ch == ',') {
                    if (n < 6) {
                        c[n] = i;
                    }
                    n++;
                }
            }
            if (i == limit && !eof) {
                return p;
            }
            line++;
            row(b, p, i, n);
            p = i + 1;
        }
        return Math.min(p, limit);
    }

    private void row(byte[] b, int s, int e, int commaCount) {
        if (e > s && b[e - 1] == '\r') {
            e--;
        }
        if (s == e || (DecimalField.isSpace(b[s]) && isBlank(b, s, e))) {
            blank++;
            return;
        }
        if (!headerSeen) {
            header(b, s, e);
            return;
        }
        parsed++;
        if (commaCount != 5) {
            reject(RowDefect.WRONG_COLUMN_COUNT);
            return;
        }
        int[] c = commas;
        long ts = DecimalField.parseLong(b, s, c[0]);
        if (ts == DecimalField.NOT_A_LONG) {
            reject(RowDefect.NON_NUMERIC);
            return;
        }
        double o;
        double h;
        double l;
        double cl;
        double v;
        try {
            o = DecimalField.parseDouble(b, c[0] + 1, c[1]);
            h = DecimalField.parseDouble(b, c[1] + 1, c[2]);
            l = DecimalField.parseDouble(b, c[2] + 1, c[3]);
            cl = DecimalField.parseDouble(b, c[3] + 1, c[4]);
            v = DecimalField.parseDouble(b, c[4] + 1, e);
        } catch (NumberFormatException notANumber) {
            reject(RowDefect.NON_NUMERIC);
            return;
        }
        int defect = BarCheck.defectOrdinal(o, h, l, cl, v);
        if (defect >= 0) {
            reject(BAR_DEFECTS[defect]);
            return;
        }
        if (!timestamps.admit(ts)) {
            reject(RowDefect.WRONG_TIMESTAMP_UNIT);
            return;
        }
        ts = timestamps.toMillis(ts);
        if (ts <= lastTimestamp) {
            reject(ts == lastTimestamp ? RowDefect.DUPLICATE_TIMESTAMP : RowDefect.OUT_OF_ORDER_TIMESTAMP);
            return;
        }
        lastTimestamp = ts;
        if (ts < from || ts >= to) {
            skipped++;
            return;
        }
        bars.add(ts, o, h, l, cl, v);
    }

    private void reject(RowDefect defect) {
        int k = defect.ordinal();
        long seen = defectCount[k]++;
        if (seen < DefectCount.MAX_LINES) {
            defectLines[k][(int) seen] = line;
        }
        malformed++;
    }

    private static boolean isBlank(byte[] b, int s, int e) {
        for (int i = s; i < e; i++) {
            if (!DecimalField.isSpace(b[i])) {
                return false;
            }
        }
        return true;
    }

    private void header(byte[] b, int s, int e) {
        String text = new String(b, s, e - s, StandardCharsets.UTF_8);
        String[] found = text.split(",", -1);
        List<String> names = new ArrayList<>(found.length);
        for (String f : found) {
            names.add(f.strip().toLowerCase(Locale.ROOT));
        }
        if (names.equals(COLUMNS)) {
            headerSeen = true;
            return;
        }
        String shown = text.length() > 120 ? text.substring(0, 120) + "…" : text;
        if (names.get(0).matches("[+-]?[0-9]{1,19}")) {
            throw new DataFileException(source, DataFileException.Problem.MISSING_HEADER, "missing header: line " + line
                    + " is a data row ('" + shown + "'); expected the header " + EXPECTED);
        }
        String order = names.size() == COLUMNS.size() && names.containsAll(COLUMNS) ? " (right columns, wrong order)" : "";
        throw new DataFileException(source, DataFileException.Problem.WRONG_HEADER, "wrong header '" + shown
                + "' on line " + line + order + ": expected the columns " + EXPECTED + " in that order");
    }

    /** The series and report, or the failure the policy and counts call for. */
    BarCsvResult finish() {
        if (!headerSeen) {
            throw new DataFileException(source, DataFileException.Problem.EMPTY,
                    line == 0 ? "empty file" : "empty file (" + line + " blank lines, no header)");
        }
        if (parsed == 0) {
            throw new DataFileException(source, DataFileException.Problem.NO_DATA_ROWS,
                    "has a header but no data rows; expected rows of " + EXPECTED);
        }
        BarSeries series = bars.build();
        List<DefectCount> defects = new ArrayList<>();
        for (RowDefect d : RowDefect.values()) {
            long n = defectCount[d.ordinal()];
            if (n > 0) {
                int shown = (int) Math.min(n, DefectCount.MAX_LINES);
                List<Long> lines = new ArrayList<>(shown);
                for (int i = 0; i < shown; i++) {
                    lines.add(defectLines[d.ordinal()][i]);
                }
                defects.add(d == RowDefect.WRONG_TIMESTAMP_UNIT
                        ? new DefectCount(d, n, lines, timestamps.mismatch())
                        : new DefectCount(d, n, lines));
            }
        }
        BarCsvReport report = new BarCsvReport(source, instrument, window, parsed, series.size(), skipped, malformed,
                blank, defects, GapReport.of(series), timestamps.unit());
        if (malformed > 0 && policy == BadRowPolicy.FAIL) {
            throw new DataFileException(source, DataFileException.Problem.MALFORMED_ROWS, malformed + " malformed "
                    + (malformed == 1 ? "row" : "rows") + " of " + parsed + " parsed: " + report.defectSummary(),
                    report, null);
        }
        if (series.isEmpty()) {
            throw new DataFileException(source, DataFileException.Problem.NO_ROWS_ACCEPTED, "no rows accepted: "
                    + parsed + " parsed, " + skipped + " outside the window " + window + ", " + malformed + " malformed"
                    + (malformed > 0 ? " (" + report.defectSummary() + ")" : ""), report, null);
        }
        return new BarCsvResult(series, report);
    }
}
