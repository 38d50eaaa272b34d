package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Triple exponential moving average (Mulloy): {@code 3 * e1 - 3 * e2 + e3} where {@code e1 = EMA(x)},
 * {@code e2 = EMA(e1)}, {@code e3 = EMA(e2)}, all of the same {@code period}. Lookback
 * {@code 3 * (period - 1)}.
 *
 * <p>TA-Lib TEMA: each {@link Ema} is seeded with the SMA of its first {@code period} inputs, and the value
 * is computed as TA-Lib does, {@code e3 + ((3 * e1) - (3 * e2))}.
 */
public final class Tema implements SingleInputIndicator {
    private final int period;
    private final Ema first;
    private final Ema second;
    private final Ema third;
    private double value = Double.NaN;

    /** @throws IllegalArgumentException when {@code period < 1} */
    public Tema(int period) {
        this.period = checkPeriod(period);
        this.first = new Ema(period);
        this.second = new Ema(period);
        this.third = new Ema(period);
    }

    /** The TEMA of every prefix of {@code values}: same length, {@code NaN} before index {@code 3 * (period - 1)}. */
    public static double[] batch(double[] values, int period) {
        checkPeriod(period);
        int n = values.length;
        double[] e1 = Ema.batch(values, period);
        double[] e2 = SuffixBatch.ema(e1, period - 1, period);
        double[] e3 = SuffixBatch.ema(e2, 2 * (period - 1), period);
        double[] out = new double[n];
        int start = Math.min(n, 3 * (period - 1));
        Arrays.fill(out, 0, start, Double.NaN);
        for (int i = start; i < n; i++) {
            out[i] = e3[i] + ((3.0 * e1[i]) - (3.0 * e2[i]));
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
        double e3 = third.update(e2);
        if (Double.isNaN(e3)) {
            return Double.NaN;
        }
        value = e3 + ((3.0 * e1) - (3.0 * e2));
        return value;
    }

    /** The period of the three EMAs. */
    public int period() {
        return period;
    }

    @Override
    public int lookback() {
        return 3 * (period - 1);
    }

    @Override
    public boolean isReady() {
        return third.isReady();
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public void reset() {
        first.reset();
        second.reset();
        third.reset();
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "TEMA(" + period + ")";
    }

    private static int checkPeriod(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("TEMA period must be >= 1, got " + period);
        }
        return period;
    }
}
