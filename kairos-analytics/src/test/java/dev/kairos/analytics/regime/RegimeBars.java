package dev.kairos.analytics.regime;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.market.BarSeries;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;

/** Hand-built and seeded bar series for the regime tests (4h bars from 2024-01-01 UTC). */
final class RegimeBars {
    static final long T0 = 1_704_067_200_000L;
    static final long H4 = 14_400_000L;

    private RegimeBars() {
    }

    /**
     * Bars whose close is {@code close(i)}, open the previous close, and high/low {@code wick} (a fraction) outside
     * the body.
     */
    static BarSeries ofCloses(int n, IntToDoubleFunction close, double wick) {
        BarSeries.Builder b = new BarSeries.Builder(InstrumentId.of("TEST-REGIME"), n);
        double previous = close.applyAsDouble(0);
        for (int i = 0; i < n; i++) {
            double c = close.applyAsDouble(i);
            double o = previous;
            b.add(T0 + i * H4, o, Math.max(o, c) * (1 + wick), Math.min(o, c) * (1 - wick), c, 1_000);
            previous = c;
        }
        return b.build(H4);
    }

    /** A steady trend of {@code drift} per bar (log), with a small zig-zag so that not every bar moves one way. */
    static BarSeries trend(int n, double drift) {
        return ofCloses(n, i -> 100 * Math.exp(drift * i + 0.003 * ((i % 3) - 1)), 0.002);
    }

    /** A range: a sine of amplitude {@code amplitude} (fraction) around 100, period 16 bars, wicks {@code wick}. */
    static BarSeries range(int n, double amplitude, double wick) {
        return ofCloses(n, i -> 100 * (1 + amplitude * Math.sin(i * 2 * Math.PI / 16)), wick);
    }

    /** A seeded random walk with random volatility changes: valid bars, nothing else promised. */
    static BarSeries random(long seed, int n) {
        SplittableRandom rnd = new SplittableRandom(seed);
        BarSeries.Builder b = new BarSeries.Builder(InstrumentId.of("TEST-REGIME"), n);
        double price = 100 * Math.exp(rnd.nextDouble(-3, 3));
        double vol = 0.01;
        double drift = 0;
        for (int i = 0; i < n; i++) {
            if (rnd.nextInt(50) == 0) {
                vol = Math.exp(rnd.nextDouble(Math.log(0.0005), Math.log(0.08)));
                drift = rnd.nextDouble(-0.01, 0.01);
            }
            double o = price;
            boolean flat = rnd.nextInt(40) == 0;
            price = flat ? price : price * Math.exp(drift + vol * rnd.nextGaussian());
            double hi = flat ? price : Math.max(o, price) * (1 + Math.abs(rnd.nextGaussian()) * vol / 2);
            double lo = flat ? price : Math.min(o, price) * (1 - Math.abs(rnd.nextGaussian()) * vol / 2);
            b.add(T0 + i * H4, o, hi, lo, price, flat ? 0 : rnd.nextDouble(0, 5_000));
        }
        return b.build(H4);
    }

    /**
     * {@code base} up to bar {@code t}, then different (seeded random) bars: the same timestamps, valid, unrelated
     * prices.
     */
    static BarSeries perturbedAfter(BarSeries base, int t, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        BarSeries.Builder b = new BarSeries.Builder(base.instrument(), base.size());
        double price = base.close(t);
        for (int i = 0; i < base.size(); i++) {
            if (i <= t) {
                b.add(base.timestamp(i), base.open(i), base.high(i), base.low(i), base.close(i), base.volume(i));
                continue;
            }
            double o = price;
            price = price * Math.exp(0.05 * rnd.nextGaussian());
            b.add(base.timestamp(i), o, Math.max(o, price) * 1.01, Math.min(o, price) * 0.99, price,
                    rnd.nextDouble(0, 1e6));
        }
        return b.build(base.intervalMs());
    }
}
