package dev.kairos.analytics.sentiment;

import dev.kairos.model.regime.SentimentState;

/**
 * A smoothed sentiment index over a stream of compound scores, with a five-state label.
 *
 * <p>The value is an exponentially weighted mean of the compounds seen so far: each text enters with weight 1
 * and earlier weights shrink by the {@link HalfLife} (per elapsed time, or per newer text), so
 * {@code value = Σ wᵢ·xᵢ / Σ wᵢ}. Being a mean of compounds, it stays in [−1, 1] and needs no warm-up
 * correction; {@code Σ wᵢ} is reported as the weight (the effective number of texts behind the value). After
 * each text the state moves by {@link SentimentBands#next} (hysteresis); the first text sets it from its band.
 *
 * <p>Point in time: texts are added in time order and a reading at {@code t} is only allowed once every text
 * added is at or before {@code t}, so a reading never includes a later text. With no text yet the reading is
 * {@link SentimentReading.Missing}; more than {@code staleAfterMillis} after the last text it is
 * {@link SentimentReading.Stale}.
 *
 * <p>{@link #add} is O(1) and allocation-free. Mutable and single-threaded.
 */
public final class SentimentIndex {
    private final SentimentIndexConfig config;
    private double weightedSum;
    private double weight;
    private long lastTime = Long.MIN_VALUE;
    private int texts;
    private int state = -1;

    public SentimentIndex(SentimentIndexConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config is required");
        }
        this.config = config;
    }

    public SentimentIndexConfig config() {
        return config;
    }

    /**
     * Counts one text's compound score.
     *
     * @param time     when the text became known, epoch ms UTC; not before the previous text's
     * @param compound its compound score, within [−1, 1]
     */
    public void add(long time, double compound) {
        if (!(compound >= -1.0 && compound <= 1.0)) {
            throw new IllegalArgumentException("compound must be within -1..1, got " + compound);
        }
        if (texts > 0) {
            if (time < lastTime) {
                throw new IllegalArgumentException("texts must come in time order: " + time + " is before the last "
                        + "text's " + lastTime);
            }
            double decay = config.halfLife().decayPerText(time - lastTime);
            weightedSum *= decay;
            weight *= decay;
        }
        weightedSum += compound;
        weight += 1.0;
        lastTime = time;
        texts++;
        double v = value();
        state = state < 0 ? config.bands().bandIndex(v) : config.bands().nextIndex(state, v);
    }

    /**
     * The index as of {@code at}.
     *
     * @throws IllegalArgumentException when {@code at} is before the last text added (the reading would include a
     *                                  text from after {@code at})
     */
    public SentimentReading readingAt(long at) {
        if (texts == 0) {
            return new SentimentReading.Missing(at);
        }
        if (at < lastTime) {
            throw new IllegalArgumentException("a reading at " + at + " would include the text of " + lastTime
                    + ", which is later");
        }
        return reading(at, lastTime, value(), weight, currentState(), texts, config);
    }

    /** Texts counted so far. */
    public int texts() {
        return texts;
    }

    /** The time of the last text, or {@link Long#MIN_VALUE} before the first. */
    public long lastTime() {
        return lastTime;
    }

    /** The smoothed value after the last text; NaN before the first. */
    double value() {
        return texts == 0 ? Double.NaN : Math.max(-1.0, Math.min(1.0, weightedSum / weight));
    }

    /** The weight at the last text's time. */
    double weight() {
        return weight;
    }

    SentimentState currentState() {
        return SentimentState.values()[state];
    }

    /** The reading at {@code at} of an index whose last text, at {@code last}, left the given value and state. */
    static SentimentReading reading(long at, long last, double value, double weightAtLast, SentimentState state,
                                    int texts, SentimentIndexConfig config) {
        long age = at - last;
        if (age > config.staleAfterMillis()) {
            return new SentimentReading.Stale(at, last, value, state);
        }
        return new SentimentReading.Known(at, value, state, weightAtLast * config.halfLife().decayOverTime(age), last,
                texts);
    }
}
