package dev.kairos.persistence.csv;

import java.time.Duration;
import java.time.Instant;

/**
 * A stretch without bars between two consecutive bars of a series: the half-open range
 * {@code [start, end)} of epoch ms UTC.
 *
 * @param start       open time of the first missing bar: the previous bar's open time plus the interval
 * @param end         open time of the next bar present
 * @param missingBars bar slots of the interval grid inside {@code [start, end)}
 */
public record Gap(long start, long end, long missingBars) {
    public Gap {
        if (end <= start || missingBars < 0) {
            throw new IllegalArgumentException("bad gap [" + start + ", " + end + ") of " + missingBars + " bars");
        }
    }

    /** The time without bars, ms. */
    public long lengthMs() {
        return end - start;
    }

    /** {@code 2018-08-10T04:00:00Z +PT12H (3 bars)}. */
    @Override
    public String toString() {
        return Instant.ofEpochMilli(start) + " +" + Duration.ofMillis(lengthMs()) + " (" + missingBars
                + (missingBars == 1 ? " bar)" : " bars)");
    }
}
