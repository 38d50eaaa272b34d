package dev.kairos.analytics.regime;

import dev.kairos.model.market.BarSeries;
import dev.kairos.model.regime.Regime;

/**
 * One way of telling the market regime. Fed every bar of one series in order ({@code i = 0, 1, 2, ...});
 * after each update it holds probabilities over the four regimes and its own confidence in them.
 *
 * <p>Contract: {@link #update} reads only bars {@code 0..i} of the series (no lookahead), runs in O(1)
 * amortised time apart from scheduled refits, and does not allocate per bar. While not
 * {@link #isReady() ready} the probabilities are uniform and the confidence is 0.
 */
public interface RegimeDetector {

    /** Short lower-case name used on the command line and in reports, e.g. {@code volatility}, {@code hmm}. */
    String name();

    /** Consumes bar {@code i} of {@code bars}; bars must be fed in order, each once. */
    void update(BarSeries bars, int i);

    /** True once warm-up (and, for fitted detectors, the first fit) is complete. */
    boolean isReady();

    /** The probability of {@code regime} after the last update; the four sum to 1. */
    double probability(Regime regime);

    /** Copies the four probabilities, indexed by {@link Regime#ordinal()}, into {@code out}. */
    default void probabilities(double[] out) {
        for (int r = 0; r < Regime.COUNT; r++) {
            out[r] = probability(Regime.of(r));
        }
    }

    /** The detector's own confidence in its probabilities, in [0, 1]; 0 while not ready. */
    double confidence();
}
