package dev.kairos.analytics.sentiment;

/**
 * How fast old texts fade from the {@link SentimentIndex}: a text's weight halves every {@link Time#millis()}
 * milliseconds, or with every {@link Texts#count()} newer texts.
 */
public sealed interface HalfLife {
    /** The factor by which earlier weights shrink when a text arrives {@code elapsedMillis} after the last one. */
    double decayPerText(long elapsedMillis);

    /** The factor by which weights shrink over {@code elapsedMillis} without texts (1 for a half-life in texts). */
    double decayOverTime(long elapsedMillis);

    /** Weight halves every {@code millis} milliseconds of feed time. */
    record Time(long millis) implements HalfLife {
        private static final double LN2 = Math.log(2.0);

        public Time {
            if (millis <= 0) {
                throw new IllegalArgumentException("a half-life in time must be > 0 ms, got " + millis);
            }
        }

        @Override
        public double decayPerText(long elapsedMillis) {
            return decayOverTime(elapsedMillis);
        }

        @Override
        public double decayOverTime(long elapsedMillis) {
            return Math.exp(-LN2 * elapsedMillis / millis);
        }
    }

    /** Weight halves with every {@code count} newer texts, whatever the time between them. */
    record Texts(double count) implements HalfLife {
        private static final double LN2 = Math.log(2.0);

        public Texts {
            if (!(count > 0.0) || !Double.isFinite(count)) {
                throw new IllegalArgumentException("a half-life in texts must be a finite number > 0, got " + count);
            }
        }

        @Override
        public double decayPerText(long elapsedMillis) {
            return Math.exp(-LN2 / count);
        }

        @Override
        public double decayOverTime(long elapsedMillis) {
            return 1.0;
        }
    }
}
