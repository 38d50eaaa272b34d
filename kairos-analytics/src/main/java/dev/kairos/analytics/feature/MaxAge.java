package dev.kairos.analytics.feature;

import java.time.Duration;

/**
 * How old a side-input value may be at a bar's close and still be used: older than this, the feature is
 * missing. Either a fixed duration (for sources with their own cadence: order books, funding) or a number
 * of bar lengths (for sources that tick with the bars, e.g. a reference price from bars of the same
 * timeframe). The age of a value is the bar's close time minus the value's stamp; a value exactly
 * {@code millis} old is still used.
 */
public sealed interface MaxAge permits MaxAge.Fixed, MaxAge.Bars {

    /** The limit in milliseconds for bars of {@code barMillis}. */
    long millis(long barMillis);

    static MaxAge of(Duration duration) {
        return new Fixed(duration);
    }

    static MaxAge bars(int count) {
        return new Bars(count);
    }

    /** No limit: any value stamped at or before the close is used, however old. */
    static MaxAge unlimited() {
        return new Fixed(Duration.ofMillis(Long.MAX_VALUE));
    }

    /** @param duration the limit, zero or positive, at most {@link Long#MAX_VALUE} ms */
    record Fixed(Duration duration) implements MaxAge {
        public Fixed {
            if (duration == null || duration.isNegative()) {
                throw new IllegalArgumentException("maximum age must be zero or positive, got " + duration);
            }
            duration.toMillis(); // throws ArithmeticException when it does not fit in a long of ms
        }

        @Override
        public long millis(long barMillis) {
            return duration.toMillis();
        }

        @Override
        public String toString() {
            return duration.toMillis() == Long.MAX_VALUE ? "unlimited" : duration.toString();
        }
    }

    /** @param count the limit in bar lengths, zero or positive */
    record Bars(int count) implements MaxAge {
        public Bars {
            if (count < 0) {
                throw new IllegalArgumentException("maximum age in bars must be zero or positive, got " + count);
            }
        }

        @Override
        public long millis(long barMillis) {
            return Math.multiplyExact(barMillis, (long) count);
        }

        @Override
        public String toString() {
            return count + (count == 1 ? " bar" : " bars");
        }
    }
}
