package dev.kairos.analytics.regime;

import dev.kairos.analytics.indicator.ParkinsonVolatility;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.regime.Regime;

/**
 * Tells volatile from quiet markets: realised volatility ranked against its own recent distribution, plus the
 * volatility structure (short- versus long-horizon volatility). Name {@code volatility}.
 *
 * <p>Per bar: the {@link ParkinsonVolatility Parkinson} volatility {@code v} over {@link Params#period()} bars
 * (high–low ranges, a sharper estimator than close-to-close) is pushed into a {@link RollingPercentile} of its
 * logarithm over the last {@link Params#lookback()} bars. Two readings of where {@code ln v} sits in that
 * distribution are averaged into its level {@code q}: its percentile rank, and its position between the 5th and
 * 95th percentiles ({@code (ln v − p5) / (p95 − p5)}, clamped to [0, 1]); the position keeps volatile stretches
 * high even when they fill most of the window, where the rank alone drifts to the middle. The structure is
 * {@code s = ln(v_short / v_long)}. The volatile share of the ranges is
 * {@code H = logistic(rankSteepness · (q − 0.5) + structureWeight · s)}. This detector says nothing about
 * direction, and leaves the trend share at 0.5: its probabilities are {@code (0.25, 0.25, H/2, (1−H)/2)}.
 *
 * <p>Ready once the longest volatility has a value and {@link Params#minHistory()} volatilities are ranked.
 * Confidence: {@code |2H − 1|} scaled by how full the ranking window is. O(log 4096) per bar, allocation-free.
 */
public final class VolatilityDetector implements RegimeDetector {

    /**
     * @param period          bars of the volatility that is ranked, at least 2
     * @param shortPeriod     bars of the short volatility of the structure, at least 2
     * @param longPeriod      bars of the long volatility of the structure, above {@code shortPeriod}
     * @param lookback        bars of the ranking window, at least {@code minHistory}
     * @param minHistory      volatilities ranked before the detector is ready, at least 10
     * @param rankSteepness   logistic slope per unit of percentile rank, positive
     * @param structureWeight logistic weight of {@code ln(short / long)}, non-negative
     */
    public record Params(int period, int shortPeriod, int longPeriod, int lookback, int minHistory,
                         double rankSteepness, double structureWeight) {
        public Params {
            if (period < 2 || shortPeriod < 2) {
                throw new IllegalArgumentException("volatility periods must be >= 2: period " + period + ", short "
                        + shortPeriod);
            }
            if (longPeriod <= shortPeriod) {
                throw new IllegalArgumentException("long volatility period " + longPeriod
                        + " must exceed the short period " + shortPeriod);
            }
            if (minHistory < 10 || lookback < minHistory) {
                throw new IllegalArgumentException("need 10 <= minHistory <= lookback: " + minHistory + ", "
                        + lookback);
            }
            if (!(rankSteepness > 0) || !Double.isFinite(rankSteepness)) {
                throw new IllegalArgumentException("rank steepness must be positive: " + rankSteepness);
            }
            if (!(structureWeight >= 0) || !Double.isFinite(structureWeight)) {
                throw new IllegalArgumentException("structure weight must be >= 0: " + structureWeight);
            }
        }

        /** Period 20, structure 5 vs 60 bars, rank over 1000 bars once 100 are known, steepness 4, weight 1. */
        public static Params defaults() {
            return new Params(20, 5, 60, 1000, 100, 4.0, 1.0);
        }
    }

    private final Params params;
    private final ParkinsonVolatility volatility;
    private final ParkinsonVolatility shortVolatility;
    private final ParkinsonVolatility longVolatility;
    private final RollingPercentile ranks;
    private final double[] probabilities = {0.25, 0.25, 0.25, 0.25};
    private final BarSequence sequence = new BarSequence("volatility");
    private boolean ready;
    private double confidence;
    private double rank = Double.NaN;
    private double structure = Double.NaN;
    private double position = Double.NaN;

    public VolatilityDetector() {
        this(Params.defaults());
    }

    public VolatilityDetector(Params params) {
        if (params == null) {
            throw new IllegalArgumentException("params are required");
        }
        this.params = params;
        this.volatility = new ParkinsonVolatility(params.period());
        this.shortVolatility = new ParkinsonVolatility(params.shortPeriod());
        this.longVolatility = new ParkinsonVolatility(params.longPeriod());
        this.ranks = RollingPercentile.ofLogVolatility(params.lookback());
    }

    @Override
    public String name() {
        return "volatility";
    }

    @Override
    public void update(BarSeries bars, int i) {
        sequence.advance(i);
        double h = bars.high(i);
        double l = bars.low(i);
        double c = bars.close(i);
        double v = volatility.update(h, l, c);
        double vs = shortVolatility.update(h, l, c);
        double vl = longVolatility.update(h, l, c);
        if (!volatility.isReady()) {
            return;
        }
        double logV = Math.log(Math.max(v, 1e-12));
        ranks.push(logV);
        if (!longVolatility.isReady() || ranks.count() < params.minHistory()) {
            return;
        }
        rank = ranks.rank(logV);
        double low = ranks.quantile(0.05);
        double high = ranks.quantile(0.95);
        position = high > low ? Math.max(0, Math.min(1, (logV - low) / (high - low))) : 0.5;
        structure = vs > 0 && vl > 0 ? Math.log(vs / vl) : 0.0;
        double level = 0.5 * (rank + position);
        double share = RegimeFactors.logistic(params.rankSteepness() * (level - 0.5) + params.structureWeight() * structure);
        RegimeFactors.toProbabilities(0.5, 0.5, share, probabilities);
        double fill = (double) ranks.count() / ranks.window();
        confidence = Math.abs(2 * share - 1) * Math.sqrt(fill);
        ready = true;
    }

    @Override
    public boolean isReady() {
        return ready;
    }

    @Override
    public double probability(Regime regime) {
        return probabilities[regime.ordinal()];
    }

    @Override
    public void probabilities(double[] out) {
        System.arraycopy(probabilities, 0, out, 0, Regime.COUNT);
    }

    @Override
    public double confidence() {
        return ready ? confidence : 0.0;
    }

    /** Percentile rank of the current volatility in its window, in [0, 1]; NaN before ready. */
    public double rank() {
        return rank;
    }

    /** Position of the current log volatility between the window's 5th and 95th percentiles; NaN before ready. */
    public double position() {
        return position;
    }

    /** {@code ln(short / long)} volatility; NaN before ready. */
    public double structure() {
        return structure;
    }

    public Params params() {
        return params;
    }

    @Override
    public String toString() {
        return "VolatilityDetector" + params;
    }
}
