package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Exponential moving average with smoothing factor {@code k = 2 / (period + 1)}. Lookback
 * {@code period - 1}.
 *
 * <p>TA-Lib convention: the first value, at index {@code period - 1}, is the SMA of the first
 * {@code period} inputs; after that {@code ema = (x - ema) * k + ema}. (Libraries that seed with the first
 * input instead, such as ta4j, agree only after a long warm-up.)
 */
public final class Ema implements SingleInputIndicator {
    private final int period;
    private final double k;
    /** Inputs seen, counted up to {@code period} only. */
    private int seen;
    private double seedSum;
    private double value = Double.NaN;

    /** @throws IllegalArgumentException when {@code period < 1} */
    public Ema(int period) {
        this.period = checkPeriod(period);
        this.k = smoothing(period);
    }

    /** The EMA of every prefix of {@code values}: same length, {@code NaN} before index {@code period - 1}. */
    public static double[] batch(double[] values, int period) {
        checkPeriod(period);
        double k = smoothing(period);
        int n = values.length;
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(n, period - 1), Double.NaN);
        if (n < period) {
            return out;
        }
        double sum = 0.0;
        for (int i = 0; i < period; i++) {
            sum += values[i];
        }
        double ema = sum / period;
        out[period - 1] = ema;
        for (int i = period; i < n; i++) {
            ema = ((values[i] - ema) * k) + ema;
            out[i] = ema;
        }
        return out;
    }

    @Override
    public double update(double input) {
        if (seen < period) {
            return seed(input);
        }
        value = ((input - value) * k) + value;
        return value;
    }

    /**
     * One of the first {@code period} inputs: summed for the seed, the mean once all are in. In its own method
     * so that {@link #update} stays small enough for the JIT to inline it where many indicators are updated
     * together (this runs {@code period} times per series).
     */
    private double seed(double input) {
        seedSum += input;
        if (++seen < period) {
            return Double.NaN;
        }
        value = seedSum / period;
        return value;
    }

    public int period() {
        return period;
    }

    /** The smoothing factor {@code 2 / (period + 1)}. */
    public double smoothing() {
        return k;
    }

    @Override
    public int lookback() {
        return period - 1;
    }

    @Override
    public boolean isReady() {
        return seen == period;
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public void reset() {
        seen = 0;
        seedSum = 0.0;
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "EMA(" + period + ")";
    }

    private static double smoothing(int period) {
        return 2.0 / (period + 1);
    }

    private static int checkPeriod(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("EMA period must be >= 1, got " + period);
        }
        return period;
    }
}
