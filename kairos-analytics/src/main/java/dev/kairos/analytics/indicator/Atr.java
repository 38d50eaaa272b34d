package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Wilder's average true range, in price units. Lookback {@code period}.
 *
 * <p>TA-Lib convention: bar 0 has no {@link TrueRange true range}. The first value, at index
 * {@code period}, is the mean of {@code TR[1..period]}; after that
 * {@code atr = (atr * (period - 1) + TR) * (1 / period)}, the reciprocal computed once (TA-Lib divides by
 * {@code period}; the two differ by one rounding). (StockCharts' worked example also averages bar 0's
 * high − low into the seed, and differs slightly at the start.)
 */
public final class Atr implements HlcIndicator {
    private final int period;
    /** {@code 1.0 / period}. */
    private final double reciprocal;
    /** Bars still to come before the first value, that one included: {@code period + 1}, then 0 once ready. */
    private int warmUpLeft;
    private double previousClose;
    /** Sum of the first true ranges, during warm-up. */
    private double trSum;
    private double value = Double.NaN;

    /** @throws IllegalArgumentException when {@code period < 1} */
    public Atr(int period) {
        this.period = checkPeriod(period);
        this.reciprocal = 1.0 / period;
        this.warmUpLeft = period + 1;
    }

    /**
     * The ATR of every prefix of the bars: same length as the inputs, {@code NaN} before index
     * {@code period}.
     *
     * @throws IllegalArgumentException when the columns differ in length or {@code period < 1}
     */
    public static double[] batch(double[] high, double[] low, double[] close, int period) {
        checkPeriod(period);
        int n = TrueRange.checkLengths(high, low, close);
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(n, period), Double.NaN);
        if (n <= period) {
            return out;
        }
        double atr = 0.0;
        for (int i = 1; i <= period; i++) {
            atr += TrueRange.of(high[i], low[i], close[i - 1]);
        }
        atr /= period;
        out[period] = atr;
        double reciprocal = 1.0 / period;
        for (int i = period + 1; i < n; i++) {
            atr *= period - 1;
            atr += TrueRange.of(high[i], low[i], close[i - 1]);
            atr *= reciprocal;
            out[i] = atr;
        }
        return out;
    }

    @Override
    public double update(double high, double low, double close) {
        if (warmUpLeft != 0) {
            return warmUp(high, low, close);
        }
        double tr = TrueRange.of(high, low, previousClose);
        previousClose = close;
        double atr = value;
        atr *= period - 1;
        atr += tr;
        atr *= reciprocal;
        return value = atr;
    }

    /**
     * Bars {@code 0 .. period}: bar 0 gives the previous close, the next ones sum their true ranges, whose mean
     * is the first value. Kept out of {@link #update} so that the per-bar method stays small enough for the
     * JIT to inline.
     */
    private double warmUp(double high, double low, double close) {
        if (warmUpLeft-- == period + 1) {
            previousClose = close;
            return Double.NaN;
        }
        trSum += TrueRange.of(high, low, previousClose);
        previousClose = close;
        if (warmUpLeft != 0) {
            return Double.NaN;
        }
        value = trSum / period;
        return value;
    }

    public int period() {
        return period;
    }

    @Override
    public int lookback() {
        return period;
    }

    @Override
    public boolean isReady() {
        return warmUpLeft == 0;
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public void reset() {
        warmUpLeft = period + 1;
        previousClose = 0.0;
        trSum = 0.0;
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "ATR(" + period + ")";
    }

    private static int checkPeriod(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("ATR period must be >= 1, got " + period);
        }
        return period;
    }
}
