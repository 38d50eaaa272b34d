package dev.kairos.analytics.sentiment;

import dev.kairos.model.regime.SentimentState;

/**
 * The sentiment index as of a time: a value, or an explicit statement that there is none (no text yet) or that
 * the last one is too old to trust. Absent or stale sentiment is never reported as neutral.
 */
public sealed interface SentimentReading {
    /** The time asked about, epoch ms UTC. */
    long at();

    /**
     * A current value.
     *
     * @param value        the smoothed compound, a weighted mean of the texts' compounds, in [−1, 1]
     * @param weight       the texts' total weight at {@code at}: the effective number of texts behind the value
     * @param lastTextTime when the newest text counted arrived
     * @param texts        how many texts have been counted
     */
    record Known(long at, double value, SentimentState state, double weight, long lastTextTime, int texts)
            implements SentimentReading {
        public Known {
            if (!(value >= -1.0 && value <= 1.0) || !(weight > 0.0) || state == null || lastTextTime > at
                    || texts <= 0) {
                throw new IllegalArgumentException("bad reading: value " + value + ", state " + state + ", weight "
                        + weight + ", last text " + lastTextTime + " at " + at + ", texts " + texts);
            }
        }
    }

    /** Texts were seen, but the newest is older than the staleness limit: the last value is only for reference. */
    record Stale(long at, long lastTextTime, double lastValue, SentimentState lastState) implements SentimentReading {
        public Stale {
            if (lastTextTime >= at || lastState == null) {
                throw new IllegalArgumentException("a stale reading needs a last text before " + at + ", got "
                        + lastTextTime);
            }
        }

        /** How long ago the last text arrived, in ms. */
        public long ageMillis() {
            return at - lastTextTime;
        }
    }

    /** No text at or before {@code at}. */
    record Missing(long at) implements SentimentReading {
    }
}
