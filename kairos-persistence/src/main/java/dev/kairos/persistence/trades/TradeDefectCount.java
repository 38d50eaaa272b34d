package dev.kairos.persistence.trades;

import java.util.List;
import java.util.Objects;

/**
 * How many trade rows had one defect, and where the first of them are.
 *
 * @param defect      the defect
 * @param count       rows with it (at least one)
 * @param firstLines  1-based file line numbers of the first {@value #MAX_LINES} such rows, ascending
 * @param description what the rows have, as shown: the defect's description, or for
 *                    {@link TradeDefect#WRONG_TIMESTAMP_UNIT} the units, e.g. {@code timestamp in seconds in a file of
 *                    milliseconds}
 */
public record TradeDefectCount(TradeDefect defect, long count, List<Long> firstLines, String description) {
    /** How many line numbers are kept per defect. */
    public static final int MAX_LINES = 5;

    public TradeDefectCount {
        Objects.requireNonNull(defect, "defect");
        Objects.requireNonNull(description, "description");
        firstLines = List.copyOf(firstLines);
        if (count < 1 || firstLines.isEmpty() || firstLines.size() > Math.min(count, MAX_LINES)) {
            throw new IllegalArgumentException(defect + ": count " + count + " with lines " + firstLines);
        }
    }

    /** The tally with the defect's own description. */
    public TradeDefectCount(TradeDefect defect, long count, List<Long> firstLines) {
        this(defect, count, firstLines, defect.description());
    }

    /** {@code price is not a number ×2 (lines 4, 9)}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(description).append(" ×").append(count)
                .append(firstLines.size() == 1 ? " (line " : " (lines ");
        for (int i = 0; i < firstLines.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(firstLines.get(i));
        }
        if (count > firstLines.size()) {
            s.append(", …");
        }
        return s.append(')').toString();
    }
}
