package dev.kairos.analytics.sentiment;

import dev.kairos.model.regime.SentimentState;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link SentimentIndex} run over a whole feed: each text's compound and the index after it, and point-in-time
 * readings at any time by {@link #asOf}. Immutable and thread-safe.
 */
public final class SentimentTimeline {
    private static final SentimentState[] STATES = SentimentState.values();

    private final List<TimedText> texts;
    private final SentimentIndexConfig config;
    private final long[] times;
    private final double[] compounds;
    private final double[] values;
    private final double[] weights;
    private final byte[] states;

    private SentimentTimeline(List<TimedText> texts, SentimentIndexConfig config, double[] compounds,
                              double[] values, double[] weights, byte[] states) {
        this.texts = texts;
        this.config = config;
        this.times = texts.stream().mapToLong(TimedText::time).toArray();
        this.compounds = compounds;
        this.values = values;
        this.weights = weights;
        this.states = states;
    }

    /**
     * Scores each text and runs the index over them.
     *
     * @throws IllegalArgumentException when the texts are not in time order
     */
    public static SentimentTimeline build(List<TimedText> texts, VaderScorer scorer, SentimentIndexConfig config) {
        List<TimedText> copy = List.copyOf(texts);
        int n = copy.size();
        double[] compounds = new double[n];
        for (int i = 0; i < n; i++) {
            compounds[i] = scorer.compound(copy.get(i).text());
        }
        return of(copy, compounds, config);
    }

    /** Runs the index over texts whose compounds are already known ({@code compounds[i]} of text {@code i}). */
    public static SentimentTimeline of(List<TimedText> texts, double[] compounds, SentimentIndexConfig config) {
        if (texts.size() != compounds.length) {
            throw new IllegalArgumentException(texts.size() + " texts but " + compounds.length + " compounds");
        }
        int n = compounds.length;
        double[] values = new double[n];
        double[] weights = new double[n];
        byte[] states = new byte[n];
        SentimentIndex index = new SentimentIndex(config);
        for (int i = 0; i < n; i++) {
            index.add(texts.get(i).time(), compounds[i]);
            values[i] = index.value();
            weights[i] = index.weight();
            states[i] = (byte) index.currentState().ordinal();
        }
        return new SentimentTimeline(List.copyOf(texts), config, compounds.clone(), values, weights, states);
    }

    public int size() {
        return times.length;
    }

    public TimedText text(int i) {
        return texts.get(i);
    }

    public double compound(int i) {
        return compounds[i];
    }

    /**
     * The index as of {@code at}: from every text at or before {@code at} (all texts of the same timestamp
     * included), {@link SentimentReading.Missing} before the first text, {@link SentimentReading.Stale} when the
     * last one is older than the staleness limit.
     */
    public SentimentReading asOf(long at) {
        int k = lastAtOrBefore(at);
        if (k < 0) {
            return new SentimentReading.Missing(at);
        }
        return SentimentIndex.reading(at, times[k], values[k], weights[k], STATES[states[k]], k + 1, config);
    }

    /** The index of the last text at or before {@code at}, or −1. */
    private int lastAtOrBefore(long at) {
        int i = Arrays.binarySearch(times, at);
        if (i < 0) {
            return -i - 2;
        }
        while (i + 1 < times.length && times[i + 1] == at) {
            i++;
        }
        return i;
    }
}
