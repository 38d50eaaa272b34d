package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * TRIX: the one-bar rate of change, in percent, of a triple-smoothed EMA, {@code e3 = EMA(EMA(EMA(x)))} with
 * the same {@code period} three times. Lookback {@code 3 * (period - 1) + 1}.
 *
 * <p>TA-Lib TRIX: each {@link Ema} is seeded with the SMA of its first {@code period} inputs and the value
 * is TA-Lib's ROC, {@code ((e3 / previousE3) - 1) * 100}, or 0 when the previous {@code e3} is 0.
 */
public final class Trix implements SingleInputIndicator {
    private final int period;
    private final Ema first;
    private final Ema second;
    private final Ema third;
    private double previous = Double.NaN;
    private double value = Double.NaN;

    /** @throws IllegalArgumentException when {@code period < 1} */
    public Trix(int period) {
        this.period = checkPeriod(period);
        this.first = new Ema(period);
        this.second = new Ema(period);
        this.third = new Ema(period);
    }

    /**
     * The TRIX of every prefix of {@code values}: same length, {@code NaN} before index
     * {@code 3 * (period - 1) + 1}.
     */
    public static double[] batch(double[] values, int period) {
        checkPeriod(period);
        int n = values.length;
        double[] e1 = Ema.batch(values, period);
        double[] e2 = SuffixBatch.ema(e1, period - 1, period);
        double[] e3 = SuffixBatch.ema(e2, 2 * (period - 1), period);
        double[] out = new double[n];
        int start = Math.min(n, 3 * (period - 1) + 1);
        Arrays.fill(out, 0, start, Double.NaN);
        for (int i = start; i < n; i++) {
            out[i] = Roc.percent(e3[i], e3[i - 1]);
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
        double before = previous;
        previous = e3;
        if (Double.isNaN(before)) {
            return Double.NaN;
        }
        value = Roc.percent(e3, before);
        return value;
    }

    /** The period of the three EMAs. */
    public int period() {
        return period;
    }

    @Override
    public int lookback() {
        return 3 * (period - 1) + 1;
    }

    @Override
    public boolean isReady() {
        return !Double.isNaN(value);
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
        previous = Double.NaN;
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "TRIX(" + period + ")";
    }

    private static int checkPeriod(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("TRIX period must be >= 1, got " + period);
        }
        return period;
    }
}
