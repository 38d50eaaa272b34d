package dev.kairos.persistence.csv;

import java.util.Objects;
import java.util.Set;

/**
 * How the timestamps of one file are read: the {@link TimestampUnit} detected from its first valid
 * timestamp, and the magnitudes {@code [minMagnitude, maxMagnitude]} the other rows' timestamps may have.
 * A row outside that range is in another unit and is malformed; a row inside it is converted to epoch
 * milliseconds with {@link #toMillis(long)}. Immutable.
 *
 * <p>One exception to the plain magnitude ranges: a file whose first valid timestamp is below
 * {@value #NEAR_EPOCH} in magnitude is read in milliseconds, with every magnitude below the microsecond
 * range admitted. Such a file starts before 1973-03-03 if it were seconds, and within 28 hours of the
 * epoch in milliseconds: no market data does either, but test and synthetic files counted from the
 * epoch in milliseconds do, and they are read as they always were.
 *
 * @param unit         the unit of the file's timestamps
 * @param minMagnitude the smallest admitted {@code |t|}
 * @param maxMagnitude the largest admitted {@code |t|}; below {@code minMagnitude} for {@link #UNDETECTED}
 */
public record TimestampScale(TimestampUnit unit, long minMagnitude, long maxMagnitude) {
    /** First timestamps below this magnitude make the file one of milliseconds (see the class comment). */
    public static final long NEAR_EPOCH = 100_000_000L;

    /** Before the first valid row: admits no timestamp (so the first one is detected), reports milliseconds. */
    public static final TimestampScale UNDETECTED = new TimestampScale(TimestampUnit.MILLISECONDS, 1, 0);

    public TimestampScale {
        Objects.requireNonNull(unit, "unit");
        if (minMagnitude < 0 || maxMagnitude < 0) {
            throw new IllegalArgumentException("magnitudes must not be negative: [" + minMagnitude + ", "
                    + maxMagnitude + "]");
        }
    }

    /** The scale of a file whose first valid timestamp is {@code first}. */
    public static TimestampScale detect(long first) {
        if (Math.abs(first) < NEAR_EPOCH && first != Long.MIN_VALUE) {
            return new TimestampScale(TimestampUnit.MILLISECONDS, 0, TimestampUnit.MILLISECONDS.maxMagnitude());
        }
        TimestampUnit u = TimestampUnit.ofMagnitude(first);
        return new TimestampScale(u, u.minMagnitude(), u.maxMagnitude());
    }

    /** Whether {@code t} has a magnitude of this file's unit. */
    public boolean admits(long t) {
        long a = Math.abs(t);
        return a >= minMagnitude && a <= maxMagnitude;
    }

    /** {@code t}, admitted, in epoch milliseconds ({@link TimestampUnit#toMillis(long)}). */
    public long toMillis(long t) {
        return unit.toMillis(t);
    }

    /**
     * What is wrong with rows whose timestamps are in {@code rowUnits}:
     * {@code timestamp in seconds in a file of milliseconds}, or {@code timestamp in seconds or nanoseconds
     * in a file of milliseconds}.
     */
    public String mismatch(Set<TimestampUnit> rowUnits) {
        StringBuilder s = new StringBuilder("timestamp in ");
        int i = 0;
        for (TimestampUnit u : TimestampUnit.values()) {
            if (rowUnits.contains(u)) {
                s.append(i++ == 0 ? "" : " or ").append(u.displayName());
            }
        }
        if (i == 0) {
            throw new IllegalArgumentException("no row units given");
        }
        return s.append(" in a file of ").append(unit.displayName()).toString();
    }
}
