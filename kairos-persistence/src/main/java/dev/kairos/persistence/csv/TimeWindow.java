package dev.kairos.persistence.csv;

import java.time.Instant;

/**
 * A half-open time range {@code [fromInclusive, toExclusive)} of bar open times, epoch ms UTC.
 * {@link #ALL} admits every timestamp.
 *
 * @param fromInclusive first admitted timestamp
 * @param toExclusive   first timestamp after the window
 */
public record TimeWindow(long fromInclusive, long toExclusive) {
    /** The unbounded window. */
    public static final TimeWindow ALL = new TimeWindow(Long.MIN_VALUE, Long.MAX_VALUE);

    public TimeWindow {
        if (fromInclusive >= toExclusive) {
            throw new IllegalArgumentException("time window is empty: [" + fromInclusive + ", " + toExclusive + ")");
        }
    }

    /** The window {@code [fromInclusive, toExclusive)}. */
    public static TimeWindow between(long fromInclusive, long toExclusive) {
        return new TimeWindow(fromInclusive, toExclusive);
    }

    /** Everything at or after {@code fromInclusive}. */
    public static TimeWindow from(long fromInclusive) {
        return new TimeWindow(fromInclusive, Long.MAX_VALUE);
    }

    /** Everything before {@code toExclusive}. */
    public static TimeWindow until(long toExclusive) {
        return new TimeWindow(Long.MIN_VALUE, toExclusive);
    }

    public boolean contains(long timestamp) {
        return timestamp >= fromInclusive && timestamp < toExclusive;
    }

    public boolean isAll() {
        return fromInclusive == Long.MIN_VALUE && toExclusive == Long.MAX_VALUE;
    }

    /** {@code [2020-01-01T00:00:00Z, 2021-01-01T00:00:00Z)}, with {@code ..} for an open end. */
    @Override
    public String toString() {
        String from = fromInclusive == Long.MIN_VALUE ? ".." : Instant.ofEpochMilli(fromInclusive).toString();
        String to = toExclusive == Long.MAX_VALUE ? ".." : Instant.ofEpochMilli(toExclusive).toString();
        return "[" + from + ", " + to + ")";
    }
}
