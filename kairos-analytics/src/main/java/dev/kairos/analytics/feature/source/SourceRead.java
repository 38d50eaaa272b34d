package dev.kairos.analytics.feature.source;

import dev.kairos.analytics.feature.TimedSeries;
import java.util.List;

/**
 * A side-input series read from a file, with an account of every data row:
 * {@code parsed == accepted + skipped + malformed}. A row is skipped when it is well formed but yields no
 * value (e.g. an empty or crossed book), malformed when it cannot be read (wrong field count, a field that
 * is not a finite number, an impossible price or size, a time before the previous row's).
 *
 * @param series    the accepted values, stamped when they became known
 * @param problems  the first {@link #MAX_PROBLEMS} skipped or malformed rows, as {@code line N: why}
 *                  (1-based file lines; the header is line 1)
 */
public record SourceRead(TimedSeries series, int parsed, int accepted, int skipped, int malformed,
                         List<String> problems) {
    /** How many problem rows are described; the counts cover all of them. */
    public static final int MAX_PROBLEMS = 20;

    public SourceRead {
        if (series == null || problems == null) {
            throw new IllegalArgumentException("series and problems are required");
        }
        if (parsed != accepted + skipped + malformed || accepted != series.size()) {
            throw new IllegalArgumentException("row counts do not add up: parsed " + parsed + ", accepted " + accepted
                    + ", skipped " + skipped + ", malformed " + malformed + ", series " + series.size());
        }
        problems = List.copyOf(problems);
    }
}
