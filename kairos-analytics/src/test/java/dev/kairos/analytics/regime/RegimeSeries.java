package dev.kairos.analytics.regime;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.market.BarSeries;
import java.util.SplittableRandom;

/** Seeded bar series for the fitted-detector tests: geometric Brownian motion with given drift and volatility. */
final class RegimeSeries {
    static final long T0 = 1_704_067_200_000L;
    static final long HOUR = 3_600_000L;

    /** Calm up-drift: +0.25% per bar, volatility 0.5% per bar. */
    static final double CALM_DRIFT = 0.0025;
    static final double CALM_VOLATILITY = 0.005;
    /** Volatile down-drift: -1.25% per bar, volatility 2.5% per bar. */
    static final double WILD_DRIFT = -0.0125;
    static final double WILD_VOLATILITY = 0.025;

    private RegimeSeries() {
    }

    /** A driftless random walk with {@code volatility} per bar. */
    static BarSeries randomWalk(long seed, int n, double volatility) {
        double[] drift = new double[n];
        double[] vol = new double[n];
        java.util.Arrays.fill(vol, volatility);
        return gbm(seed, drift, vol);
    }

    /** {@code calm} bars of calm up-drift, then {@code wild} bars of volatile down-drift. */
    static BarSeries twoRegimes(long seed, int calm, int wild) {
        return alternating(seed, new int[] {calm, wild});
    }

    /** Segments of the given lengths, alternating calm up-drift (first) and volatile down-drift. */
    static BarSeries alternating(long seed, int[] segments) {
        int n = 0;
        for (int s : segments) {
            n += s;
        }
        double[] drift = new double[n];
        double[] vol = new double[n];
        int i = 0;
        for (int k = 0; k < segments.length; k++) {
            for (int j = 0; j < segments[k]; j++, i++) {
                drift[i] = k % 2 == 0 ? CALM_DRIFT : WILD_DRIFT;
                vol[i] = k % 2 == 0 ? CALM_VOLATILITY : WILD_VOLATILITY;
            }
        }
        return gbm(seed, drift, vol);
    }

    /** Segments of the given lengths without drift, alternating volatility 0.5% (first) and 2.5% per bar. */
    static BarSeries ranges(long seed, int[] segments) {
        int n = 0;
        for (int s : segments) {
            n += s;
        }
        double[] drift = new double[n];
        double[] vol = new double[n];
        int i = 0;
        for (int k = 0; k < segments.length; k++) {
            for (int j = 0; j < segments[k]; j++, i++) {
                vol[i] = k % 2 == 0 ? CALM_VOLATILITY : WILD_VOLATILITY;
            }
        }
        return gbm(seed, drift, vol);
    }

    /** Log return of bar i: {@code drift[i] + vol[i] * Z}; open = previous close; high/low around open and close. */
    static BarSeries gbm(long seed, double[] drift, double[] vol) {
        SplittableRandom rnd = new SplittableRandom(seed);
        BarSeries.Builder b = new BarSeries.Builder(InstrumentId.of("TEST-USD"), drift.length);
        double price = 100.0;
        for (int i = 0; i < drift.length; i++) {
            double open = price;
            price = open * Math.exp(drift[i] + vol[i] * rnd.nextGaussian());
            double high = Math.max(open, price) * (1 + vol[i] * 0.3 * rnd.nextDouble());
            double low = Math.min(open, price) / (1 + vol[i] * 0.3 * rnd.nextDouble());
            b.add(T0 + i * HOUR, open, high, low, price, 10 + rnd.nextDouble());
        }
        return b.build(HOUR);
    }

    /** Copy of {@code bars} whose closes after bar {@code t} are multiplied by random factors (same length). */
    static BarSeries perturbedAfter(BarSeries bars, int t, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        BarSeries.Builder b = new BarSeries.Builder(bars.instrument(), bars.size());
        for (int i = 0; i < bars.size(); i++) {
            if (i <= t) {
                b.add(bars.bar(i));
                continue;
            }
            double f = Math.exp(rnd.nextGaussian() * 0.05);
            b.add(bars.timestamp(i), bars.open(i) * f, bars.high(i) * f * 1.05, bars.low(i) * f / 1.05,
                    bars.close(i) * f, bars.volume(i));
        }
        return b.build(bars.intervalMs());
    }
}
