package dev.kairos.model.market;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bar length, with the UTC grid its bars sit on. The bucket of a timestamp starts at
 * {@code floor(ts / millis) × millis} (epoch ms UTC): minutes and hours start on the minute and the hour,
 * {@code 1d} buckets start at UTC midnight, and every length is aligned to the Unix epoch (so {@code 2d}
 * buckets start on even days since 1970-01-01, {@code 5h} buckets are not aligned to days). There are no
 * weeks or months: they have no fixed length on this grid.
 *
 * <p>Text form: a count and a unit, {@code s} (seconds), {@code m} (minutes), {@code h} (hours) or
 * {@code d} (days), e.g. {@code 1s}, {@code 1m}, {@code 5m}, {@code 4h}, {@code 1d}. {@link #toString()}
 * gives the shortest such form ({@code 60m} prints as {@code 1h}); lengths that are not whole seconds print
 * in milliseconds ({@code 250ms}).
 *
 * @param millis the bar length in milliseconds, positive
 */
public record Timeframe(long millis) {
    public static final Timeframe ONE_SECOND = new Timeframe(1_000L);
    public static final Timeframe ONE_MINUTE = new Timeframe(60_000L);
    public static final Timeframe FIVE_MINUTES = new Timeframe(300_000L);
    public static final Timeframe ONE_HOUR = new Timeframe(3_600_000L);
    public static final Timeframe FOUR_HOURS = new Timeframe(14_400_000L);
    public static final Timeframe ONE_DAY = new Timeframe(86_400_000L);

    private static final Pattern TEXT = Pattern.compile("([0-9]{1,9})([a-zA-Z]+)");
    private static final long[] UNIT_MS = {86_400_000L, 3_600_000L, 60_000L, 1_000L};
    private static final String[] UNIT = {"d", "h", "m", "s"};

    public Timeframe {
        if (millis <= 0) {
            throw new IllegalArgumentException("timeframe must be positive: " + millis + " ms");
        }
    }

    /** The timeframe of {@code millis} milliseconds. */
    public static Timeframe ofMillis(long millis) {
        return new Timeframe(millis);
    }

    /**
     * Parses {@code 1s}, {@code 1m}, {@code 15m}, {@code 1h}, {@code 4h}, {@code 1d}, ... Units are
     * case-insensitive except {@code M}, which is refused because elsewhere it means months.
     *
     * @throws IllegalArgumentException naming the problem, when the text is not a timeframe
     */
    public static Timeframe parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("timeframe is empty; expected e.g. 1m, 4h or 1d");
        }
        String t = text.strip();
        Matcher m = TEXT.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a timeframe: '" + text + "'; expected a count and a unit (s, m, h, d),"
                    + " e.g. 1m, 4h or 1d");
        }
        long count = Long.parseLong(m.group(1));
        String unit = m.group(2);
        if (unit.equals("M")) {
            throw new IllegalArgumentException("timeframe '" + text + "': months are not supported (write m for minutes)");
        }
        long unitMs = switch (unit.toLowerCase(Locale.ROOT)) {
            case "s" -> 1_000L;
            case "m" -> 60_000L;
            case "h" -> 3_600_000L;
            case "d" -> 86_400_000L;
            case "w", "y" -> throw new IllegalArgumentException("timeframe '" + text
                    + "': weeks, months and years are not supported (no fixed UTC grid); use days, e.g. 7d");
            default -> throw new IllegalArgumentException("timeframe '" + text + "': unknown unit '" + unit
                    + "'; use s, m, h or d");
        };
        if (count == 0) {
            throw new IllegalArgumentException("timeframe '" + text + "' is zero");
        }
        return new Timeframe(Math.multiplyExact(count, unitMs));
    }

    /**
     * The bar length of a series: its {@link BarSeries#intervalMs() interval} (the most common spacing),
     * or the smallest spacing between consecutive bars when that is shorter and divides the interval.
     * The second case is sparse data, e.g. a 1s file that holds only the seconds with trades, whose most
     * common spacing is some multiple of a second.
     */
    public static Timeframe of(BarSeries series) {
        long interval = series.intervalMs();
        long smallest = Long.MAX_VALUE;
        for (int i = 1; i < series.size(); i++) {
            smallest = Math.min(smallest, series.timestamp(i) - series.timestamp(i - 1));
        }
        return new Timeframe(smallest < interval && interval % smallest == 0 ? smallest : interval);
    }

    /** Open time of the bucket holding {@code timestamp}: {@code floor(timestamp / millis) × millis}. */
    public long bucketStart(long timestamp) {
        return Math.floorDiv(timestamp, millis) * millis;
    }

    /** End (exclusive) of the bucket holding {@code timestamp}: its start plus the length. */
    public long bucketEnd(long timestamp) {
        return bucketStart(timestamp) + millis;
    }

    /** Whether {@code timestamp} is a bucket start of this grid. */
    public boolean isAligned(long timestamp) {
        return Math.floorMod(timestamp, millis) == 0;
    }

    /** Whether bars of {@code lower} fit whole into bars of this timeframe (this is a multiple of it). */
    public boolean isMultipleOf(Timeframe lower) {
        return millis % lower.millis == 0;
    }

    /**
     * How many {@code lower} bars make one bar of this timeframe.
     *
     * @throws IllegalArgumentException when this is not a multiple of {@code lower}
     */
    public int barsOf(Timeframe lower) {
        if (!isMultipleOf(lower)) {
            throw new IllegalArgumentException(this + " is not a whole multiple of " + lower);
        }
        return Math.toIntExact(millis / lower.millis);
    }

    public Duration duration() {
        return Duration.ofMillis(millis);
    }

    /** The shortest text form: {@code 1m}, {@code 4h}, {@code 1d}, {@code 90s}, {@code 250ms}. */
    @Override
    public String toString() {
        for (int i = 0; i < UNIT_MS.length; i++) {
            if (millis % UNIT_MS[i] == 0) {
                return millis / UNIT_MS[i] + UNIT[i];
            }
        }
        return millis + "ms";
    }
}
