package dev.kairos.analytics.regime;

/**
 * How a {@link RegimeEnsemble} pools its detectors, scores them and publishes its regime.
 *
 * @param weights            {@link WeightsMode#EQUAL equal} weights, or weights from each detector's
 *                           measured skill against realised outcomes
 * @param switchMargin       probability lead, in [0, 1), a new regime must hold over the published one to
 *                           replace it
 * @param minDwellBars       consecutive bars the lead must hold before the switch, at least 1
 * @param horizonBars        bars h after a call at which it is scored against what the market did over those h
 *                           bars (forward return and realised volatility), at least 2
 * @param volatilityBuckets  contexts for the skill scores: the realised-volatility rank split into this many
 *                           equal buckets (1 = one context), 1 to 10
 * @param accuracyMemoryBars time constant, in scored bars, of the exponentially weighted skill and accuracy
 *                           averages, at least 10
 * @param trendThreshold     realised |return| over h bars, in units of {@code σ·√h}, from which the realised
 *                           outcome counts as a trend, positive
 * @param volatilityLookback bars over which the realised volatility is ranked (for the realised outcome, the
 *                           context buckets and the volatility modifier), at least 50
 */
public record RegimeEnsembleConfig(WeightsMode weights, double switchMargin, int minDwellBars, int horizonBars,
                                   int volatilityBuckets, int accuracyMemoryBars, double trendThreshold,
                                   int volatilityLookback) {

    /** How detector weights are chosen. */
    public enum WeightsMode {
        /** Every ready detector counts the same in every factor. */
        EQUAL,
        /**
         * Each detector counts, per factor (trend, direction, kind of range) and per volatility bucket, in
         * proportion to its measured skill: the exponentially weighted log-score, in bits above a coin flip, of
         * its calls h bars ago against the realised outcome. A detector without skill in a factor gets no weight
         * in it; where no detector has skill yet, weights are equal.
         */
        ACCURACY
    }

    public RegimeEnsembleConfig {
        if (weights == null) {
            throw new IllegalArgumentException("weights mode is required (equal or accuracy)");
        }
        if (!(switchMargin >= 0 && switchMargin < 1)) {
            throw new IllegalArgumentException("switch margin must be in [0, 1): " + switchMargin);
        }
        if (minDwellBars < 1) {
            throw new IllegalArgumentException("minimum dwell must be >= 1 bar: " + minDwellBars);
        }
        if (horizonBars < 2) {
            throw new IllegalArgumentException("scoring horizon must be >= 2 bars: " + horizonBars);
        }
        if (volatilityBuckets < 1 || volatilityBuckets > 10) {
            throw new IllegalArgumentException("volatility buckets must be in 1..10: " + volatilityBuckets);
        }
        if (accuracyMemoryBars < 10) {
            throw new IllegalArgumentException("accuracy memory must be >= 10 bars: " + accuracyMemoryBars);
        }
        if (!(trendThreshold > 0) || !Double.isFinite(trendThreshold)) {
            throw new IllegalArgumentException("trend threshold must be positive: " + trendThreshold);
        }
        if (volatilityLookback < 50) {
            throw new IllegalArgumentException("volatility lookback must be >= 50 bars: " + volatilityLookback);
        }
    }

    /**
     * Accuracy weights, margin 0.10 held for 3 bars, horizon 20 bars, 3 volatility buckets, memory 300 bars,
     * trend threshold 1.0, volatility ranked over 1000 bars.
     */
    public static RegimeEnsembleConfig defaults() {
        return new RegimeEnsembleConfig(WeightsMode.ACCURACY, 0.10, 3, 20, 3, 300, 1.0, 1000);
    }

    /** A copy with another weights mode. */
    public RegimeEnsembleConfig withWeights(WeightsMode mode) {
        return new RegimeEnsembleConfig(mode, switchMargin, minDwellBars, horizonBars, volatilityBuckets,
                accuracyMemoryBars, trendThreshold, volatilityLookback);
    }

    /** A copy with other hysteresis settings. */
    public RegimeEnsembleConfig withHysteresis(double margin, int dwellBars) {
        return new RegimeEnsembleConfig(weights, margin, dwellBars, horizonBars, volatilityBuckets,
                accuracyMemoryBars, trendThreshold, volatilityLookback);
    }

    /** A copy with another number of volatility buckets. */
    public RegimeEnsembleConfig withVolatilityBuckets(int buckets) {
        return new RegimeEnsembleConfig(weights, switchMargin, minDwellBars, horizonBars, buckets,
                accuracyMemoryBars, trendThreshold, volatilityLookback);
    }
}
