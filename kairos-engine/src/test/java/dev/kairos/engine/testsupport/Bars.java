package dev.kairos.engine.testsupport;

import dev.kairos.model.Instrument;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.InstrumentKind;
import dev.kairos.model.market.BarSeries;
import java.util.SplittableRandom;

/** Small hand-built and synthetic bar series for engine tests. */
public final class Bars {
    /** 2024-01-01T00:00Z. */
    public static final long T0 = 1_704_067_200_000L;
    public static final long MINUTE = 60_000L;
    public static final long HOUR = 3_600_000L;

    private Bars() {
    }

    /** A spot instrument with tick 0.01, lot 0.001 and min notional 1. */
    public static Instrument instrument(String symbol) {
        return new Instrument(InstrumentId.of(symbol), InstrumentKind.SPOT, 0.01, 0.001, 1.0);
    }

    /** Bars from rows {open, high, low, close, volume}, the first opening at {@link #T0}. */
    public static BarSeries series(InstrumentId id, long intervalMs, double[]... ohlcv) {
        BarSeries.Builder b = new BarSeries.Builder(id, ohlcv.length);
        for (int i = 0; i < ohlcv.length; i++) {
            double[] r = ohlcv[i];
            b.add(T0 + i * intervalMs, r[0], r[1], r[2], r[3], r[4]);
        }
        return b.build(intervalMs);
    }

    public static double[] bar(double open, double high, double low, double close, double volume) {
        return new double[] {open, high, low, close, volume};
    }

    /**
     * A seeded geometric random walk of {@code n} valid bars; from bar {@code perturbFrom} on (when
     * {@code >= 0}) the bars are drawn from a second random stream instead, so the two series share
     * exactly the bars before {@code perturbFrom} and differ in every OHLCV value after it.
     */
    public static BarSeries randomWalk(InstrumentId id, long intervalMs, int n, long seed, int perturbFrom,
                                       long perturbSeed) {
        SplittableRandom base = new SplittableRandom(seed);
        SplittableRandom other = new SplittableRandom(perturbSeed);
        BarSeries.Builder b = new BarSeries.Builder(id, n);
        double close = 100.0;
        for (int i = 0; i < n; i++) {
            SplittableRandom r = perturbFrom >= 0 && i >= perturbFrom ? other : base;
            double open = Math.max(1.0, close * (1 + 0.002 * r.nextGaussian()));
            double c = Math.max(1.0, open * Math.exp(0.012 * r.nextGaussian()));
            double high = Math.max(open, c) * (1 + 0.006 * r.nextDouble());
            double low = Math.min(open, c) * (1 - 0.006 * r.nextDouble());
            double volume = 20 + 400 * r.nextDouble();
            b.add(T0 + i * intervalMs, round(open), round(high), round(low), round(c), volume);
            close = round(c);
        }
        return b.build(intervalMs);
    }

    private static double round(double p) {
        return Math.rint(p * 100) / 100;
    }
}
