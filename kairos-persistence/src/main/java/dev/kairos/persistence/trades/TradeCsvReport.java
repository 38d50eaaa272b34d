package dev.kairos.persistence.trades;

import dev.kairos.persistence.csv.TimeWindow;
import dev.kairos.persistence.csv.TimestampUnit;
import java.util.List;
import java.util.Objects;

/**
 * What happened to every line of one trade file. Every non-blank line after the header (or every
 * non-blank line, when the file has none) is a parsed row and ends in exactly one bucket:
 * {@code parsed == accepted + skipped + malformed}.
 *
 * @param source        the file as given
 * @param window        the requested time window
 * @param header        whether the file had a header line
 * @param columns       the columns read, in file order: {@code timestamp}, {@code price}, then those of
 *                      {@code amount}, {@code side}, {@code id} the file has
 * @param parsed        non-blank data lines
 * @param accepted      trades kept
 * @param skipped       valid rows outside the time window
 * @param malformed     rows with a defect
 * @param blank         empty or whitespace-only lines (not errors, not parsed)
 * @param withoutAmount accepted trades without an amount (they add no volume)
 * @param buys          accepted trades whose taker side is buy
 * @param sells         accepted trades whose taker side is sell
 * @param defects       malformed rows by defect, in {@link TradeDefect} order, only defects that occurred
 * @param timestampUnit the unit the file's timestamps were read in (detected from its first valid row, then
 *                      converted to epoch ms); {@link TimestampUnit#MILLISECONDS} when no row was valid
 */
public record TradeCsvReport(String source, TimeWindow window, boolean header, List<String> columns, long parsed,
                             long accepted, long skipped, long malformed, long blank, long withoutAmount, long buys,
                             long sells, List<TradeDefectCount> defects, TimestampUnit timestampUnit) {
    public TradeCsvReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(timestampUnit, "timestampUnit");
        columns = List.copyOf(columns);
        defects = List.copyOf(defects);
        long byDefect = 0;
        for (TradeDefectCount d : defects) {
            byDefect += d.count();
        }
        if (accepted < 0 || skipped < 0 || malformed < 0 || blank < 0 || parsed != accepted + skipped + malformed
                || byDefect != malformed || withoutAmount > accepted || buys + sells > accepted) {
            throw new IllegalArgumentException(source + ": row counts do not add up: parsed " + parsed
                    + " != accepted " + accepted + " + skipped " + skipped + " + malformed " + malformed
                    + " (by defect " + byDefect + ")");
        }
    }

    /** Rows with {@code defect}; 0 when none. */
    public long count(TradeDefect defect) {
        return defects.stream().filter(d -> d.defect() == defect).mapToLong(TradeDefectCount::count).sum();
    }

    /** The malformed rows as one line: {@code price is not a number ×1 (line 3); ...}, or {@code none}. */
    public String defectSummary() {
        StringBuilder s = new StringBuilder();
        for (TradeDefectCount d : defects) {
            s.append(s.isEmpty() ? "" : "; ").append(d);
        }
        return s.isEmpty() ? "none" : s.toString();
    }

    /**
     * One line for logs: {@code f.csv: 12477 parsed, 12477 accepted, 0 skipped, 0 malformed, 0 blank}, with
     * {@code ; timestamps in epoch seconds} at the end when the unit is not milliseconds.
     */
    @Override
    public String toString() {
        return source + (window.isAll() ? "" : " (window " + window + ")") + ": " + parsed + " parsed, " + accepted
                + " accepted, " + skipped + " skipped (outside window), " + malformed + " malformed"
                + (malformed > 0 ? " [" + defectSummary() + "]" : "") + ", " + blank + " blank"
                + (withoutAmount > 0 ? "; " + withoutAmount + " without amount" : "")
                + (timestampUnit == TimestampUnit.MILLISECONDS ? "" : "; timestamps in epoch "
                + timestampUnit.displayName());
    }
}
