package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Momentum: {@code x - x[period bars ago]}, in the units of the input. Lookback {@code period}.
 *
 * <p>TA-Lib MOM. (Some charting packages call the ratio {@code x / x[n] * 100} "momentum"; that is TA-Lib's
 * ROCR100, not this.)
 */
public final class Momentum implements SingleInputIndicator {
    private final int period;
    /** The last {@code period} inputs; {@code window[next]} is the one {@code period} bars before the next. */
    private final double[] window;
    private int next;
    /** Inputs seen, counted up to {@code period + 1} only. */
    private int seen;
    private double value = Double.NaN;

    /** @throws IllegalArgumentException when {@code period < 1} */
    public Momentum(int period) {
        this.period = checkPeriod(period);
        this.window = new double[period];
    }

    /** The momentum of every prefix of {@code values}: same length, {@code NaN} before index {@code period}. */
    public static double[] batch(double[] values, int period) {
        checkPeriod(period);
        int n = values.length;
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(n, period), Double.NaN);
        for (int i = period; i < n; i++) {
            out[i] = values[i] - values[i - period];
        }
        return out;
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
        value = input - earlier;
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
        return "MOM(" + period + ")";
    }

    private static int checkPeriod(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("MOM period must be >= 1, got " + period);
        }
        return period;
    }
}
