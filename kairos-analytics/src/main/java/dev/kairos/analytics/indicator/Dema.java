package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Double exponential moving average (Mulloy): {@code 2 * EMA(x) - EMA(EMA(x))}, both EMAs of the same
 * {@code period}. Lookback {@code 2 * (period - 1)}.
 *
 * <p>TA-Lib DEMA: each {@link Ema} is seeded TA-Lib's way, with the SMA of its first {@code period} inputs,
 * so the second EMA starts {@code period - 1} bars after the first and its seed is the mean of the first
 * {@code period} values of the first EMA.
 */
public final class Dema implements SingleInputIndicator {
    private final int period;
    private final Ema first;
    private final Ema second;
    private double value = Double.NaN;

    /** @throws IllegalArgumentException when {@code period < 1} */
    public Dema(int period) {
        this.period = checkPeriod(period);
        this.first = new Ema(period);
        this.second = new Ema(period);
    }

    /** The DEMA of every prefix of {@code values}: same length, {@code NaN} before index {@code 2 * (period - 1)}. */
    public static double[] batch(double[] values, int period) {
        checkPeriod(period);
        int n = values.length;
        double[] e1 = Ema.batch(values, period);
        double[] e2 = SuffixBatch.ema(e1, period - 1, period);
        double[] out = new double[n];
        int start = Math.min(n, 2 * (period - 1));
        Arrays.fill(out, 0, start, Double.NaN);
        for (int i = start; i < n; i++) {
            out[i] = (2.0 * e1[i]) - e2[i];
        }
        return out;
    }

    @Override
    public double update(double input) {
        double e1 = first.update(input);
        if (Double.isNaN(e1)) {
            return Double.NaN;
        }
        double e2 = second.update(e1);
        if (Double.isNaN(e2)) {
            return Double.NaN;
        }
        value = (2.0 * e1) - e2;
        return value;
    }

    /** The period of both EMAs. */
    public int period() {
        return period;
    }

    @Override
    public int lookback() {
        return 2 * (period - 1);
    }

    @Override
    public boolean isReady() {
        return second.isReady();
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public void reset() {
        first.reset();
        second.reset();
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "DEMA(" + period + ")";
    }

    private static int checkPeriod(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("DEMA period must be >= 1, got " + period);
        }
        return period;
    }
}
