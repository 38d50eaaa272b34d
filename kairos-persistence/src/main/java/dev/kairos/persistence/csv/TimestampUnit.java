package dev.kairos.persistence.csv;

import java.util.Optional;

/**
 * The unit of the integer epoch timestamps of a data file (all UTC). Readers detect it per file from the
 * magnitude of the first valid timestamp ({@link TimestampScale#detect(long)}) and convert every timestamp
 * to epoch milliseconds.
 *
 * <p>By magnitude {@code |t|}: seconds below 10<sup>11</sup>, milliseconds below 10<sup>14</sup>,
 * microseconds below 10<sup>17</sup>, nanoseconds above. For dates from 1973-03-03 to the year 5138
 * every unit falls in its own range, so they cannot be confused.
 */
public enum TimestampUnit {
    SECONDS("seconds", 1_000, 1, 0, 99_999_999_999L),
    MILLISECONDS("milliseconds", 1, 1, 100_000_000_000L, 99_999_999_999_999L),
    MICROSECONDS("microseconds", 1, 1_000, 100_000_000_000_000L, 99_999_999_999_999_999L),
    NANOSECONDS("nanoseconds", 1, 1_000_000, 100_000_000_000_000_000L, Long.MAX_VALUE);

    private final String displayName;
    private final long multiplier;
    private final long divisor;
    private final long minMagnitude;
    private final long maxMagnitude;

    TimestampUnit(String displayName, long multiplier, long divisor, long minMagnitude, long maxMagnitude) {
        this.displayName = displayName;
        this.multiplier = multiplier;
        this.divisor = divisor;
        this.minMagnitude = minMagnitude;
        this.maxMagnitude = maxMagnitude;
    }

    /** {@code seconds}, {@code milliseconds}, {@code microseconds}, {@code nanoseconds}. */
    public String displayName() {
        return displayName;
    }

    /**
     * A one-line note for the log when this is not milliseconds:
     * {@code timestamps read as epoch seconds and converted to ms}; empty for milliseconds.
     */
    public Optional<String> conversionNote() {
        return switch (this) {
            case MILLISECONDS -> Optional.empty();
            case SECONDS -> Optional.of("timestamps read as epoch seconds and converted to ms");
            case MICROSECONDS, NANOSECONDS -> Optional.of("timestamps read as epoch " + displayName
                    + " and converted to ms (rounded down to the millisecond)");
        };
    }

    /** The smallest {@code |t|} of this unit's range. */
    public long minMagnitude() {
        return minMagnitude;
    }

    /** The largest {@code |t|} of this unit's range; {@link Long#MAX_VALUE} for nanoseconds. */
    public long maxMagnitude() {
        return maxMagnitude;
    }

    /**
     * The unit whose range holds {@code |t|}. ({@code Math.abs(Long.MIN_VALUE)} is negative, so that one
     * value counts as seconds; the readers never parse it.)
     */
    public static TimestampUnit ofMagnitude(long t) {
        long a = Math.abs(t);
        if (a <= SECONDS.maxMagnitude) {
            return SECONDS;
        }
        if (a <= MILLISECONDS.maxMagnitude) {
            return MILLISECONDS;
        }
        return a <= MICROSECONDS.maxMagnitude ? MICROSECONDS : NANOSECONDS;
    }

    /**
     * {@code t} of this unit in epoch milliseconds: seconds times 1000, microseconds and nanoseconds
     * floor-divided (so order is kept and instants before 1970 round down, too).
     *
     * @throws IllegalArgumentException when {@code t} seconds are beyond the range of epoch milliseconds
     *                                  in a {@code long}
     */
    public long toMillis(long t) {
        if (divisor != 1) {
            return Math.floorDiv(t, divisor);
        }
        try {
            return Math.multiplyExact(t, multiplier);
        } catch (ArithmeticException overflow) {
            throw new IllegalArgumentException("timestamp " + t + " " + displayName
                    + " is beyond the range of epoch milliseconds (±" + Long.MAX_VALUE + ")", overflow);
        }
    }
}
