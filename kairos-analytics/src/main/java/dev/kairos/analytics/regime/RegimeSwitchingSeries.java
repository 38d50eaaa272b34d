package dev.kairos.analytics.regime;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.Timeframe;
import dev.kairos.model.regime.Regime;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A seeded synthetic market that switches between the four regimes, with the true regime of every bar: the
 * ground truth for measuring detectors ({@link RegimeEvaluation}). The same seed and spec always give the same
 * bars and labels.
 *
 * <p><b>Model.</b> The log price follows, within each bar, {@link Spec#stepsPerBar()} Euler steps of
 * {@code dx = κ·(anchor − x)·dt + μ·dt + σ·√dt·Z} with the {@link Dynamics} of the current regime (drift μ and
 * volatility σ per bar, mean reversion κ per bar towards the log price at which the regime began). Trends have
 * drift and no mean reversion; ranges have no drift and revert to their anchor. The open of a bar is the
 * previous close, the high and low are the extremes of the intra-bar path and the close its end. Each regime
 * lasts a dwell time drawn uniformly from {@code [minDwell, maxDwell]} bars, then a different regime is drawn
 * uniformly; each stretch scales its drift and volatility by factors drawn uniformly from
 * {@code [1 − variation, 1 + variation]}, so that no two stretches of one regime are alike. Volume is
 * log-normal around a base that grows with the bar's range.
 */
public final class RegimeSwitchingSeries {

    /**
     * How prices move in one regime, per bar of the series.
     *
     * @param drift         mean log return per bar (0.004 = 0.4 %)
     * @param volatility    standard deviation of the log return per bar, positive
     * @param meanReversion pull towards the regime's starting log price per bar, in [0, 1)
     */
    public record Dynamics(double drift, double volatility, double meanReversion) {
        public Dynamics {
            if (!Double.isFinite(drift) || Math.abs(drift) >= 0.5) {
                throw new IllegalArgumentException("drift per bar must be finite and within ±0.5: " + drift);
            }
            if (!(volatility > 0 && volatility < 0.5)) {
                throw new IllegalArgumentException("volatility per bar must be in (0, 0.5): " + volatility);
            }
            if (!(meanReversion >= 0 && meanReversion < 1)) {
                throw new IllegalArgumentException("mean reversion per bar must be in [0, 1): " + meanReversion);
            }
        }
    }

    /**
     * The generator's parameters.
     *
     * @param bullTrend     dynamics of {@link Regime#BULL_TREND}
     * @param bearTrend     dynamics of {@link Regime#BEAR_TREND}
     * @param volatileRange dynamics of {@link Regime#VOLATILE_RANGE}
     * @param quietRange    dynamics of {@link Regime#QUIET_RANGE}
     * @param minDwell      shortest stretch of one regime, in bars, at least 1
     * @param maxDwell      longest stretch, at least {@code minDwell}
     * @param variation     per-stretch scaling of drift and volatility, in [0, 1)
     * @param stepsPerBar   intra-bar path steps (OHLC come from the path), at least 1
     * @param timeframe     bar length; bars start at {@code startTime} on its grid
     * @param startTime     open time of the first bar, epoch ms UTC, on the timeframe's grid
     * @param startPrice    first open, positive
     */
    public record Spec(Dynamics bullTrend, Dynamics bearTrend, Dynamics volatileRange, Dynamics quietRange,
                       int minDwell, int maxDwell, double variation, int stepsPerBar, Timeframe timeframe,
                       long startTime, double startPrice) {
        public Spec {
            if (bullTrend == null || bearTrend == null || volatileRange == null || quietRange == null
                    || timeframe == null) {
                throw new IllegalArgumentException("the dynamics of all four regimes and the timeframe are required");
            }
            if (minDwell < 1 || maxDwell < minDwell) {
                throw new IllegalArgumentException("dwell bounds must satisfy 1 <= minDwell <= maxDwell: " + minDwell
                        + ", " + maxDwell);
            }
            if (!(variation >= 0 && variation < 1)) {
                throw new IllegalArgumentException("variation must be in [0, 1): " + variation);
            }
            if (stepsPerBar < 1) {
                throw new IllegalArgumentException("steps per bar must be >= 1: " + stepsPerBar);
            }
            if (!timeframe.isAligned(startTime)) {
                throw new IllegalArgumentException("start time " + startTime + " is not on the " + timeframe + " grid");
            }
            if (!(startPrice > 0) || !Double.isFinite(startPrice)) {
                throw new IllegalArgumentException("start price must be positive: " + startPrice);
            }
        }

        /**
         * 4h bars from 2024-01-01 UTC at 30 000: bull +0.5 %/bar at 1.0 % volatility, bear −0.6 %/bar at
         * 1.3 % (drift about half a standard deviation per bar, so that a trend is told from noise within some
         * 20–40 bars), volatile range 2.4 % and quiet range 0.6 % with mean reversion 0.10/bar; stretches of
         * 80–300 bars (13–50 days), ±20 % variation, 12 steps per bar.
         */
        public static Spec defaults() {
            return new Spec(new Dynamics(0.005, 0.010, 0.0), new Dynamics(-0.006, 0.013, 0.0),
                    new Dynamics(0.0, 0.024, 0.10), new Dynamics(0.0, 0.006, 0.10),
                    80, 300, 0.20, 12, Timeframe.FOUR_HOURS, 1_704_067_200_000L, 30_000.0);
        }

        /** The dynamics of {@code regime}. */
        public Dynamics dynamics(Regime regime) {
            return switch (regime) {
                case BULL_TREND -> bullTrend;
                case BEAR_TREND -> bearTrend;
                case VOLATILE_RANGE -> volatileRange;
                case QUIET_RANGE -> quietRange;
            };
        }

        /** A copy with other dwell bounds. */
        public Spec withDwell(int min, int max) {
            return new Spec(bullTrend, bearTrend, volatileRange, quietRange, min, max, variation, stepsPerBar,
                    timeframe, startTime, startPrice);
        }
    }

    private final BarSeries bars;
    private final Regime[] labels;
    private final long seed;

    private RegimeSwitchingSeries(BarSeries bars, Regime[] labels, long seed) {
        this.bars = bars;
        this.labels = labels;
        this.seed = seed;
    }

    /** {@code size} bars of the {@link Spec#defaults() default} spec. */
    public static RegimeSwitchingSeries generate(long seed, int size) {
        return generate(seed, size, Spec.defaults());
    }

    /**
     * {@code size} bars of {@code spec}, determined by {@code seed}.
     *
     * @throws IllegalArgumentException when {@code size < 1}
     */
    public static RegimeSwitchingSeries generate(long seed, int size, Spec spec) {
        if (size < 1) {
            throw new IllegalArgumentException("series size must be >= 1: " + size);
        }
        if (spec == null) {
            throw new IllegalArgumentException("spec is required");
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        BarSeries.Builder out = new BarSeries.Builder(InstrumentId.of("SYNTH-REGIME"), size);
        Regime[] labels = new Regime[size];
        long interval = spec.timeframe().millis();
        int steps = spec.stepsPerBar();
        double dt = 1.0 / steps;
        double sqrtDt = Math.sqrt(dt);
        double x = Math.log(spec.startPrice());
        Regime regime = Regime.of(rnd.nextInt(Regime.COUNT));
        int left = 0;
        double anchor = x;
        double drift = 0;
        double vol = 0;
        double kappa = 0;
        boolean first = true;
        for (int i = 0; i < size; i++) {
            if (left == 0) {
                if (!first) {
                    regime = Regime.of((regime.ordinal() + 1 + rnd.nextInt(Regime.COUNT - 1)) % Regime.COUNT);
                }
                first = false;
                left = rnd.nextInt(spec.minDwell(), spec.maxDwell() + 1);
                Dynamics d = spec.dynamics(regime);
                double v = spec.variation();
                drift = d.drift() * (v == 0 ? 1 : rnd.nextDouble(1 - v, 1 + v));
                vol = d.volatility() * (v == 0 ? 1 : rnd.nextDouble(1 - v, 1 + v));
                kappa = d.meanReversion();
                anchor = x;
            }
            left--;
            labels[i] = regime;
            double open = Math.exp(x);
            double hi = x;
            double lo = x;
            for (int s = 0; s < steps; s++) {
                x += kappa * (anchor - x) * dt + drift * dt + vol * sqrtDt * rnd.nextGaussian();
                hi = Math.max(hi, x);
                lo = Math.min(lo, x);
            }
            double close = Math.exp(x);
            double high = Math.max(Math.exp(hi), Math.max(open, close));
            double low = Math.min(Math.exp(lo), Math.min(open, close));
            double range = hi - lo;
            double volume = 1_000.0 * (0.3 + range / 0.01) * Math.exp(0.4 * rnd.nextGaussian());
            out.add(spec.startTime() + i * interval, open, high, low, close, volume);
        }
        return new RegimeSwitchingSeries(out.build(interval), labels, seed);
    }

    /** The bars. */
    public BarSeries bars() {
        return bars;
    }

    /** The true regime of bar {@code i}. */
    public Regime label(int i) {
        return labels[i];
    }

    /** A copy of the true regimes, one per bar. */
    public Regime[] labels() {
        return Arrays.copyOf(labels, labels.length);
    }

    public int size() {
        return labels.length;
    }

    public long seed() {
        return seed;
    }
}
