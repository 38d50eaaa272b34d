package dev.kairos.analytics.feature.source;

import dev.kairos.analytics.feature.TimedSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code ,}-separated file with a header row into a {@link TimedSeries}: the {@code timestamp}
 * column (epoch ms UTC) and named numeric columns go through a {@link RowRule} that gives each row's value
 * and stamp, or says why the row is skipped or malformed. Columns are found by header name, extra columns
 * are ignored; blank lines are ignored; a byte-order mark and {@code \r} line ends are tolerated.
 */
final class CsvSeries {
    private CsvSeries() {
    }

    /** What one row gives. */
    sealed interface Outcome permits Value, Skip, Malformed {
    }

    /** A value known from {@code time} on. */
    record Value(long time, double value) implements Outcome {
    }

    /** A well-formed row without a value. */
    record Skip(String why) implements Outcome {
    }

    /** A row that cannot be read. */
    record Malformed(String why) implements Outcome {
    }

    /** Turns a row's timestamp and its numeric fields (in the order asked for) into an outcome. */
    @FunctionalInterface
    interface RowRule {
        Outcome apply(long timestamp, double[] fields);
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @throws IllegalArgumentException when there is no header or it lacks {@code timestamp} or a column asked
     *                                  for
     */
    static SourceRead read(List<String> lines, List<String> columns, RowRule rule) {
        int headerLine = 0;
        while (headerLine < lines.size() && lines.get(headerLine).isBlank()) {
            headerLine++;
        }
        if (headerLine == lines.size()) {
            throw new IllegalArgumentException("no header row: the input is empty");
        }
        String headerText = clean(lines.get(headerLine));
        String[] header = headerText.split(",", -1);
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            byName.putIfAbsent(header[i].strip(), i);
        }
        int timeColumn = column(byName, "timestamp", headerText);
        int[] fieldColumns = new int[columns.size()];
        for (int k = 0; k < fieldColumns.length; k++) {
            fieldColumns[k] = column(byName, columns.get(k), headerText);
        }
        long[] times = new long[16];
        double[] values = new double[16];
        int accepted = 0;
        int parsed = 0;
        int skipped = 0;
        int malformed = 0;
        List<String> problems = new ArrayList<>();
        double[] fields = new double[fieldColumns.length];
        for (int li = headerLine + 1; li < lines.size(); li++) {
            String line = clean(lines.get(li));
            if (line.isBlank()) {
                continue;
            }
            parsed++;
            Outcome outcome = row(line.split(",", -1), header.length, timeColumn, fieldColumns, columns, fields, rule);
            if (outcome instanceof Value v && accepted > 0 && v.time() < times[accepted - 1]) {
                outcome = new Malformed("time " + v.time() + " is before the previous row's " + times[accepted - 1]);
            }
            switch (outcome) {
                case Value v -> {
                    if (accepted == times.length) {
                        times = Arrays.copyOf(times, accepted * 2);
                        values = Arrays.copyOf(values, accepted * 2);
                    }
                    times[accepted] = v.time();
                    values[accepted] = v.value();
                    accepted++;
                }
                case Skip s -> {
                    skipped++;
                    note(problems, li, "skipped, " + s.why());
                }
                case Malformed m -> {
                    malformed++;
                    note(problems, li, "malformed, " + m.why());
                }
            }
        }
        TimedSeries series = TimedSeries.of(Arrays.copyOf(times, accepted), Arrays.copyOf(values, accepted));
        return new SourceRead(series, parsed, accepted, skipped, malformed, problems);
    }

    private static Outcome row(String[] f, int width, int timeColumn, int[] fieldColumns, List<String> names,
                               double[] fields, RowRule rule) {
        if (f.length != width) {
            return new Malformed("expected " + width + " fields, got " + f.length);
        }
        long t;
        try {
            t = Long.parseLong(f[timeColumn].strip());
        } catch (NumberFormatException e) {
            return new Malformed("timestamp '" + f[timeColumn] + "' is not an integer of epoch ms");
        }
        for (int k = 0; k < fieldColumns.length; k++) {
            String text = f[fieldColumns[k]].strip();
            try {
                fields[k] = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                return new Malformed(names.get(k) + " '" + text + "' is not a number");
            }
            if (!Double.isFinite(fields[k])) {
                return new Malformed(names.get(k) + " '" + text + "' is not finite");
            }
        }
        Outcome outcome = rule.apply(t, fields);
        if (outcome instanceof Value v && !Double.isFinite(v.value())) {
            return new Malformed("the row gives a value that is not finite: " + v.value());
        }
        return outcome;
    }

    /**
     * The defect of quote fields {@code bid, bid size, ask, ask size} (in that order), if any: a price that is
     * not positive or a negative size.
     */
    static Optional<Malformed> quoteDefect(double[] f) {
        if (!(f[0] > 0.0) || !(f[2] > 0.0)) {
            return Optional.of(new Malformed("non-positive price (bid " + f[0] + ", ask " + f[2] + ")"));
        }
        if (f[1] < 0.0 || f[3] < 0.0) {
            return Optional.of(new Malformed("negative size (bid " + f[1] + ", ask " + f[3] + ")"));
        }
        return Optional.empty();
    }

    private static int column(Map<String, Integer> byName, String name, String header) {
        Integer i = byName.get(name);
        if (i == null) {
            throw new IllegalArgumentException("the header has no column '" + name + "': " + header);
        }
        return i;
    }

    private static void note(List<String> problems, int lineIndex, String why) {
        if (problems.size() < SourceRead.MAX_PROBLEMS) {
            problems.add("line " + (lineIndex + 1) + ": " + why);
        }
    }

    private static String clean(String line) {
        String s = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
