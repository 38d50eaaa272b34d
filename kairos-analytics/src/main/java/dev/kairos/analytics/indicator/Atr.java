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
    /** Bars seen, counted up to {@code period + 1} only. */
    private int seen;
    private double previousClose;
    /** Sum of the first true ranges during warm-up, then the ATR. */
    private double atr;
    private double value = Double.NaN;

    /** @throws IllegalArgumentException when {@code period < 1} */
    public Atr(int period) {
        this.period = checkPeriod(period);
        this.reciprocal = 1.0 / period;
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
        if (seen == 0) {
            previousClose = close;
            seen = 1;
            return Double.NaN;
        }
        double tr = TrueRange.of(high, low, previousClose);
        previousClose = close;
        if (seen <= period) {
            atr += tr;
            if (seen++ < period) {
                return Double.NaN;
            }
            atr /= period;
        } else {
            atr *= period - 1;
            atr += tr;
            atr *= reciprocal;
        }
        value = atr;
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
        return seen > period;
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public void reset() {
        seen = 0;
        previousClose = 0.0;
        atr = 0.0;
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
