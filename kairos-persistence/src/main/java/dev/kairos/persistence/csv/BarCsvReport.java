package dev.kairos.persistence.csv;

import dev.kairos.model.InstrumentId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to every line of a bar file. Every non-blank line after the header is a parsed row and
 * ends in exactly one bucket: {@code parsed == accepted + skipped + malformed}.
 *
 * @param source        the file as given (or the name of the stream)
 * @param instrument    the instrument the bars were read as
 * @param window        the requested time window
 * @param parsed        non-blank data lines after the header
 * @param accepted      rows in the series
 * @param skipped       valid rows outside the time window
 * @param malformed     rows with a defect
 * @param blank         empty or whitespace-only lines (not errors, not parsed)
 * @param defects       malformed rows by defect, in {@link RowDefect} order, only defects that occurred
 * @param gaps          gaps of the accepted series
 * @param timestampUnit the unit the file's timestamps were read in (detected from the first valid row, then
 *                      converted to epoch ms); {@link TimestampUnit#MILLISECONDS} when no row was valid
 */
public record BarCsvReport(String source, InstrumentId instrument, TimeWindow window, long parsed, long accepted,
                           long skipped, long malformed, long blank, List<DefectCount> defects, GapReport gaps,
                           TimestampUnit timestampUnit) {
    public BarCsvReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(gaps, "gaps");
        Objects.requireNonNull(timestampUnit, "timestampUnit");
        defects = List.copyOf(defects);
        long byDefect = 0;
        for (DefectCount d : defects) {
            byDefect += d.count();
        }
        if (accepted < 0 || skipped < 0 || malformed < 0 || blank < 0 || parsed != accepted + skipped + malformed
                || byDefect != malformed) {
            throw new IllegalArgumentException(source + ": row counts do not add up: parsed " + parsed + " != accepted "
                    + accepted + " + skipped " + skipped + " + malformed " + malformed + " (by defect " + byDefect + ")");
        }
    }

    /** Rows with {@code defect}; 0 when none. */
    public long count(RowDefect defect) {
        return defect(defect).map(DefectCount::count).orElse(0L);
    }

    /** The tally of one defect, empty when no row had it. */
    public Optional<DefectCount> defect(RowDefect defect) {
        return defects.stream().filter(d -> d.defect() == defect).findFirst();
    }

    /** The malformed rows as one line: {@code non-numeric field ×1 (line 3); high below low ×2 (lines 4, 9)}. */
    public String defectSummary() {
        StringBuilder s = new StringBuilder();
        for (DefectCount d : defects) {
            s.append(s.isEmpty() ? "" : "; ").append(d);
        }
        return s.isEmpty() ? "none" : s.toString();
    }

    /** One line for logs and the console; names the timestamp unit when it is not milliseconds. */
    @Override
    public String toString() {
        return source + " (" + instrument + (window.isAll() ? "" : ", window " + window) + "): " + parsed + " parsed, "
                + accepted + " accepted, " + skipped + " skipped (outside window), " + malformed + " malformed"
                + (malformed > 0 ? " [" + defectSummary() + "]" : "") + ", " + blank + " blank; " + gaps
                + (timestampUnit == TimestampUnit.MILLISECONDS ? "" : "; timestamps in epoch "
                + timestampUnit.displayName());
    }
}
