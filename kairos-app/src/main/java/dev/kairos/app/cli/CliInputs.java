package dev.kairos.app.cli;

import java.nio.file.Path;
import dev.kairos.persistence.csv.DataFileException;
import dev.kairos.persistence.csv.BarCsvResult;
import dev.kairos.persistence.csv.BarCsvReader;
import dev.kairos.persistence.csv.BarCsvOptions;
import dev.kairos.persistence.csv.BadRowPolicy;
import dev.kairos.app.config.UtcTime;
import dev.kairos.persistence.csv.BarCsvReport;
import dev.kairos.persistence.csv.TimestampUnit;
import dev.kairos.persistence.csv.TimeWindow;
import java.util.List;
import java.util.Optional;

/** Parsing and logging shared by the data-reading commands ({@code data}, {@code indicators}). */
final class CliInputs {
    private CliInputs() {
    }

    /** The {@code [--from, --to)} window; problems are collected, and a bad window means all times. */
    static TimeWindow window(Optional<String> from, Optional<String> to, List<String> problems) {
        Optional<Long> a = from.flatMap(t -> time(t, "--from", problems));
        Optional<Long> b = to.flatMap(t -> time(t, "--to", problems));
        long lo = a.orElse(Long.MIN_VALUE);
        long hi = b.orElse(Long.MAX_VALUE);
        if (lo >= hi) {
            if (a.isPresent() && b.isPresent()) {
                problems.add("--from " + from.get() + " is not before --to " + to.get());
            }
            return TimeWindow.ALL;
        }
        return new TimeWindow(lo, hi);
    }

    /** Accepts 2024-01-31, 2024-01-31T12:00:00Z (UTC) or epoch milliseconds, as {@code kairos backtest} does. */
    static Optional<Long> time(String text, String option, List<String> problems) {
        Optional<Long> parsed = UtcTime.parse(text);
        if (parsed.isEmpty()) {
            problems.add(option + ": not a date: '" + text.strip() + "' (" + UtcTime.FORMATS + ")");
        }
        return parsed;
    }

    /** {@code file: 20695 parsed, 20695 accepted, 0 skipped, 0 malformed, 0 blank}. */
    static String rowsLine(BarCsvReport r) {
        return r.source() + ": " + r.parsed() + " parsed, " + r.accepted() + " accepted, " + r.skipped() + " skipped, "
                + r.malformed() + " malformed" + (r.malformed() > 0 ? " [" + r.defectSummary() + "]" : "") + ", "
                + r.blank() + " blank";
    }

    /**
     * {@code file: timestamps read as epoch seconds and converted to ms}, the log note for a file whose
     * timestamps are not in milliseconds; empty for milliseconds.
     */
    static Optional<String> unitNote(String source, TimestampUnit unit) {
        return unit.conversionNote().map(n -> source + ": " + n);
    }

    /**
     * Reads a bar file for a command: logs its row counts to {@code err} as {@code kairos: ...} (and the unit
     * note when its timestamps are not in milliseconds); on an unusable
     * file prints {@code COMMAND: data error: ...} and returns empty (the command then exits with
     * {@link ExitCode#DATA}).
     */
    static Optional<BarCsvResult> readBars(Path file, BarCsvOptions options, java.io.PrintWriter err, String command) {
        try {
            BarCsvResult read = new BarCsvReader(options).read(file);
            err.println("kairos: " + rowsLine(read.report()));
            unitNote(read.report().source(), read.report().timestampUnit()).ifPresent(n -> err.println("kairos: " + n));
            return Optional.of(read);
        } catch (DataFileException ex) {
            ex.report().ifPresent(r -> err.println("kairos: " + rowsLine(r)));
            err.println(command + ": data error: " + ex.getMessage());
            return Optional.empty();
        }
    }

    /** {@code --on-bad-row skip|fail}; a problem is collected for anything else. */
    static BadRowPolicy badRowPolicy(Optional<String> onBadRow, List<String> problems) {
        return switch (onBadRow.map(t -> t.strip().toLowerCase(java.util.Locale.ROOT)).orElse("skip")) {
            case "skip" -> BadRowPolicy.SKIP;
            case "fail" -> BadRowPolicy.FAIL;
            default -> {
                problems.add("--on-bad-row: must be skip or fail, got '" + onBadRow.orElse("") + "'");
                yield BadRowPolicy.SKIP;
            }
        };
    }
}
