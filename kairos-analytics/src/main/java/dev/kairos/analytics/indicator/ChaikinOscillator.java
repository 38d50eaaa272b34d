package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Chaikin oscillator: the fast EMA minus the slow EMA of the {@link AccumulationDistribution A/D line}, in
 * units of volume. Lookback {@code max(fastPeriod, slowPeriod) - 1}.
 *
 * <p>TA-Lib convention (ADOSC), which differs from {@link Ema}'s: both EMAs are seeded with the first A/D
 * value, not with an SMA, and are updated as {@code ema = k * ad + (1 - k) * ema} with
 * {@code k = 2 / (period + 1)}. The first {@code max(fastPeriod, slowPeriod) - 1} values are consumed as
 * warm-up, so the output depends on the first bar less and less. StockCharts describes the same EMAs of
 * the A/D line (3 and 10) without fixing the seed.
 */
public final class ChaikinOscillator implements BarIndicator {
    private final int fastPeriod;
    private final int slowPeriod;
    private final double fastK;
    private final double oneMinusFastK;
    private final double slowK;
    private final double oneMinusSlowK;
    /** Bars seen, counted up to {@code lookback() + 1} only. */
    private int seen;
    private double ad;
    private double fastEma;
    private double slowEma;
    private double value = Double.NaN;

    /**
     * @param fastPeriod period of the fast EMA (3 is usual), at least 2
     * @param slowPeriod period of the slow EMA (10 is usual), at least 2
     * @throws IllegalArgumentException when a period is below 2
     */
    public ChaikinOscillator(int fastPeriod, int slowPeriod) {
        checkPeriods(fastPeriod, slowPeriod);
        this.fastPeriod = fastPeriod;
        this.slowPeriod = slowPeriod;
        this.fastK = smoothing(fastPeriod);
        this.oneMinusFastK = 1.0 - fastK;
        this.slowK = smoothing(slowPeriod);
        this.oneMinusSlowK = 1.0 - slowK;
    }

    /**
     * The oscillator over every prefix: same length as the inputs, {@code NaN} before index
     * {@code max(fastPeriod, slowPeriod) - 1}.
     *
     * @throws IllegalArgumentException when the columns differ in length or a period is below 2
     */
    public static double[] batch(double[] high, double[] low, double[] close, double[] volume, int fastPeriod,
                                 int slowPeriod) {
        checkPeriods(fastPeriod, slowPeriod);
        int n = Columns.commonLength("high, low, close and volume", high, low, close, volume);
        int lookback = lookback(fastPeriod, slowPeriod);
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(n, lookback), Double.NaN);
        double fastK = smoothing(fastPeriod);
        double oneMinusFastK = 1.0 - fastK;
        double slowK = smoothing(slowPeriod);
        double oneMinusSlowK = 1.0 - slowK;
        double ad = 0.0;
        double fast = 0.0;
        double slow = 0.0;
        for (int i = 0; i < n; i++) {
            double range = high[i] - low[i];
            if (range > 0.0) {
                ad += (((close[i] - low[i]) - (high[i] - close[i])) / range) * volume[i];
            }
            if (i == 0) {
                fast = ad;
                slow = ad;
            } else {
                fast = (fastK * ad) + (oneMinusFastK * fast);
                slow = (slowK * ad) + (oneMinusSlowK * slow);
            }
            if (i >= lookback) {
                out[i] = fast - slow;
            }
        }
        return out;
    }

    @Override
    public double update(long timestamp, double open, double high, double low, double close, double volume) {
        ad += Columns.moneyFlowVolume(high, low, close, volume);
        if (seen <= lookback()) {
            return warmUp();
        }
        fastEma = (fastK * ad) + (oneMinusFastK * fastEma);
        slowEma = (slowK * ad) + (oneMinusSlowK * slowEma);
        value = fastEma - slowEma;
        return value;
    }

    /**
     * The averages' step for the bars up to the first value: the first bar seeds them. In its own method so
     * that {@link #update} stays small enough for the JIT to inline it where many indicators are updated
     * together.
     */
    private double warmUp() {
        if (seen == 0) {
            fastEma = ad;
            slowEma = ad;
        } else {
            fastEma = (fastK * ad) + (oneMinusFastK * fastEma);
            slowEma = (slowK * ad) + (oneMinusSlowK * slowEma);
        }
        if (seen < lookback()) {
            seen++;
            return Double.NaN;
        }
        seen = lookback() + 1;
        value = fastEma - slowEma;
        return value;
    }

    public int fastPeriod() {
        return fastPeriod;
    }

    public int slowPeriod() {
        return slowPeriod;
    }

    @Override
    public int lookback() {
        return lookback(fastPeriod, slowPeriod);
    }

    private static int lookback(int fastPeriod, int slowPeriod) {
        return Math.max(fastPeriod, slowPeriod) - 1;
    }

    @Override
    public boolean isReady() {
        return seen > lookback();
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public void reset() {
        seen = 0;
        ad = 0.0;
        fastEma = 0.0;
        slowEma = 0.0;
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "ADOSC(" + fastPeriod + ", " + slowPeriod + ")";
    }

    private static double smoothing(int period) {
        return 2.0 / (period + 1);
    }

    private static void checkPeriods(int fastPeriod, int slowPeriod) {
        if (fastPeriod < 2 || slowPeriod < 2) {
            throw new IllegalArgumentException("ADOSC periods must be >= 2, got " + fastPeriod + " and "
                    + slowPeriod);
        }
    }
}
