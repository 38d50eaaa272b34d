package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Rate of change in percent: {@code ((x / x[period bars ago]) - 1) * 100}. Lookback {@code period}.
 *
 * <p>TA-Lib ROC, including its guard: when the earlier input is 0 the value is 0 rather than infinite.
 * (StockCharts writes {@code (x - x[n]) / x[n] * 100}, which is the same number up to rounding.)
 */
public final class Roc implements SingleInputIndicator {
    private final int period;
    /** The last {@code period} inputs; {@code window[next]} is the one {@code period} bars before the next. */
    private final double[] window;
    private int next;
    /** Inputs seen, counted up to {@code period + 1} only. */
    private int seen;
    private double value = Double.NaN;

    /** @throws IllegalArgumentException when {@code period < 1} */
    public Roc(int period) {
        this.period = checkPeriod(period);
        this.window = new double[period];
    }

    /** The ROC of every prefix of {@code values}: same length, {@code NaN} before index {@code period}. */
    public static double[] batch(double[] values, int period) {
        checkPeriod(period);
        int n = values.length;
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(n, period), Double.NaN);
        for (int i = period; i < n; i++) {
            out[i] = percent(values[i], values[i - period]);
        }
        return out;
    }

    /** TA-Lib's rate of change from {@code earlier} to {@code x}, in percent; 0 when {@code earlier} is 0. */
    static double percent(double x, double earlier) {
        return earlier != 0.0 ? ((x / earlier) - 1.0) * 100.0 : 0.0;
    }

    @Override
    public double update(double input) {
        double earlier = window[next];
        window[next] = input;
        if (++next == period) {
            next = 0;
        }
        if (seen <= period && seen++ < period) {
            return Double.NaN;
        }
        value = percent(input, earlier);
        return value;
    }

    /** Number of bars between the two inputs compared. */
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
        Arrays.fill(window, 0.0);
        next = 0;
        seen = 0;
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "ROC(" + period + ")";
    }

    private static int checkPeriod(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("ROC period must be >= 1, got " + period);
        }
        return period;
    }
}
