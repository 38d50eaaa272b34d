package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Population standard deviation of the last {@code period} inputs, {@code sqrt(E[x²] - E[x]²)}, in the
 * units of the input. Lookback {@code period - 1}.
 *
 * <p>TA-Lib convention (STDDEV with one deviation): running sums of the inputs and of their squares; each
 * value is {@code sqrt(sumSq * r - mean * mean)} with {@code mean = sum * r} and {@code r = 1.0 / period}
 * (TA-Lib divides by {@code period}; the reciprocal, computed once, saves two divisions per update), after
 * which the oldest input of the window is subtracted from both sums. The divisor is {@code period}, not
 * {@code period - 1}.
 *
 * <p>Two deviations from TA-Lib, both about values that are zero up to rounding: TA-Lib returns 0 whenever
 * the variance is below 1e-8 in absolute terms, which flattens assets priced below about 1e-4 to a
 * deviation of exactly 0; here only a variance of at most 0 counts as zero, so the result scales with the
 * price. And when the whole window is one repeated value the deviation is exactly 0 (TA-Lib returns the
 * rounding residue of its running sums, or 0 when that residue is below 1e-8). {@link #mean()} is the SMA
 * of the window, bit for bit {@link Sma}'s value.
 */
public final class StdDev implements SingleInputIndicator {
    private final int period;
    /** {@code 1.0 / period}. */
    private final double reciprocal;
    private final double[] window;
    /** Ring buffer slot of the next write, which is also the oldest input once the window is full. */
    private int next;
    /** Inputs still to come before the first value, that one included: {@code period}, then 0 once ready. */
    private int warmUpLeft;
    /** The latest input. */
    private double previous;
    /** Number of trailing inputs equal to the latest one, counted up to {@code period} only. */
    private int run;
    /** Sums of the newest {@code period - 1} inputs and of their squares, between updates. */
    private double sum;
    private double sumSq;
    private double mean = Double.NaN;
    private double value = Double.NaN;

    /** @throws IllegalArgumentException when {@code period < 2} */
    public StdDev(int period) {
        this.period = checkPeriod(period);
        this.reciprocal = 1.0 / period;
        this.window = new double[period];
        this.warmUpLeft = period;
    }

    /**
     * The population standard deviation over every window of {@code values}: same length, {@code NaN}
     * before index {@code period - 1}.
     *
     * @throws IllegalArgumentException when {@code period < 2}
     */
    public static double[] batch(double[] values, int period) {
        checkPeriod(period);
        int n = values.length;
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(n, period - 1), Double.NaN);
        double reciprocal = 1.0 / period;
        double sum = 0.0;
        double sumSq = 0.0;
        int run = 0;
        for (int i = 0; i < n; i++) {
            double x = values[i];
            run = i > 0 && x == values[i - 1] ? Math.min(run + 1, period) : 1;
            sum += x;
            sumSq += x * x;
            if (i >= period - 1) {
                double m = sum * reciprocal;
                out[i] = deviation(sumSq * reciprocal - m * m, run == period);
                double old = values[i - period + 1];
                sum -= old;
                sumSq -= old * old;
            }
        }
        return out;
    }

    @Override
    public double update(double input) {
        if (warmUpLeft != 0) {
            return warmUp(input);
        }
        int r = input == previous ? Math.min(run + 1, period) : 1;
        run = r;
        previous = input;
        double[] ring = window;
        int slot = next;
        ring[slot] = input;
        slot = slot + 1 == ring.length ? 0 : slot + 1;
        next = slot;
        double s = sum + input;
        double sq = sumSq + input * input;
        double m = s * reciprocal;
        mean = m;
        double deviation = deviation(sq * reciprocal - m * m, r == period);
        double old = ring[slot];
        sum = s - old;
        sumSq = sq - old * old;
        return value = deviation;
    }

    /**
     * The first {@code period} inputs, the last of which gives the first value. Kept out of {@link #update} so
     * that the per-bar method stays small enough for the JIT to inline.
     */
    private double warmUp(double input) {
        run = warmUpLeft < period && input == previous ? Math.min(run + 1, period) : 1;
        previous = input;
        window[next] = input;
        if (++next == period) {
            next = 0;
        }
        sum += input;
        sumSq += input * input;
        if (--warmUpLeft != 0) {
            return Double.NaN;
        }
        mean = sum * reciprocal;
        value = deviation(sumSq * reciprocal - mean * mean, run == period);
        double old = window[next];
        sum -= old;
        sumSq -= old * old;
        return value;
    }

    /** {@code sqrt(variance)}, or exactly 0 for a flat window or a variance that rounding took to 0 or below. */
    static double deviation(double variance, boolean flat) {
        return flat || variance <= 0.0 ? 0.0 : Math.sqrt(variance);
    }

    /** The mean of the window (the SMA) after the latest update; {@code NaN} while warming up. */
    public double mean() {
        return mean;
    }

    public int period() {
        return period;
    }

    @Override
    public int lookback() {
        return period - 1;
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
        Arrays.fill(window, 0.0);
        next = 0;
        warmUpLeft = period;
        previous = 0.0;
        run = 0;
        sum = 0.0;
        sumSq = 0.0;
        mean = Double.NaN;
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "STDDEV(" + period + ")";
    }

    static int checkPeriod(int period) {
        if (period < 2) {
            throw new IllegalArgumentException("STDDEV period must be >= 2, got " + period);
        }
        return period;
    }
}
