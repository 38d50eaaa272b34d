package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Rolling z-score: {@code (x - mean) / stdev} of the latest input against the last {@code period} inputs
 * (itself included), with the population standard deviation (divisor {@code period}). Dimensionless.
 * Lookback {@code period - 1}. TA-Lib has no equivalent.
 *
 * <p>The value is 0 when the window is flat (all {@code period} inputs equal), where the deviation is 0.
 * The mean and the sum of squared deviations are updated in O(1) per bar with Welford's sliding-window
 * recurrence, which unlike a running sum of squares does not cancel catastrophically for prices far from
 * zero. Its rounding error is a tiny fraction of the largest sum of squares seen, so the sums are recomputed
 * with two passes over the window once every {@code period} bars, and also whenever the sum of squares has
 * fallen below 1/1000 of its peak since the last recomputation (a volatile window turning nearly flat):
 * amortised O(1) on market data, allocation-free.
 */
public final class ZScore implements SingleInputIndicator {
    /** Recompute when the sum of squares falls below this fraction of its peak. */
    private static final double SHRINK = 1e-3;

    private final int period;
    /** {@code 1.0 / period}. */
    private final double reciprocal;
    /** The last {@code period} inputs; {@code window[next]} is the oldest once full. */
    private final double[] window;
    private int next;
    /** Inputs seen, counted up to {@code period} only. */
    private int filled;
    /** Updates until the sums are next recomputed with two passes: 1 during warm-up, then at most {@code period}. */
    private int untilResum = 1;
    /** Number of consecutive equal inputs ending with the latest, counted up to {@code period} only. */
    private int flatRun;
    private double previous;
    private double mean;
    /** Sum of squared deviations from {@code mean}. */
    private double m2;
    /** The largest {@code m2} since the last two-pass recomputation. */
    private double peak;
    private double value = Double.NaN;

    /** @throws IllegalArgumentException when {@code period < 2} */
    public ZScore(int period) {
        this.period = checkPeriod(period);
        this.reciprocal = 1.0 / period;
        this.window = new double[period];
    }

    /**
     * The z-score of every input against its window: same length as {@code values}, {@code NaN} before index
     * {@code period - 1}.
     *
     * @throws IllegalArgumentException when {@code period < 2}
     */
    public static double[] batch(double[] values, int period) {
        checkPeriod(period);
        int n = values.length;
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(n, period - 1), Double.NaN);
        double reciprocal = 1.0 / period;
        double mean = 0.0;
        double m2 = 0.0;
        double peak = 0.0;
        int flatRun = 0;
        int sinceResum = 0;
        for (int i = 0; i < n; i++) {
            double x = values[i];
            flatRun = i > 0 && x == values[i - 1] ? Math.min(flatRun + 1, period) : 1;
            if (i < period - 1) {
                continue;
            }
            boolean resum = i == period - 1 || ++sinceResum == period;
            if (!resum) {
                double oldest = values[i - period];
                double delta = x - oldest;
                double newMean = mean + delta * reciprocal;
                m2 += delta * ((x - newMean) + (oldest - mean));
                mean = newMean;
                resum = m2 < peak * SHRINK;
                peak = Math.max(peak, m2);
            }
            if (resum) {
                double sum = 0.0;
                for (int j = i - period + 1; j <= i; j++) {
                    sum += values[j];
                }
                mean = sum / period;
                m2 = 0.0;
                for (int j = i - period + 1; j <= i; j++) {
                    double d = values[j] - mean;
                    m2 += d * d;
                }
                peak = m2;
                sinceResum = 0;
            }
            out[i] = z(x, mean, m2, reciprocal, period, flatRun);
        }
        return out;
    }

    @Override
    public double update(double input) {
        if (--untilResum == 0) {
            return updateAndResum(input);
        }
        double[] ring = window;
        int slot = next;
        double oldest = ring[slot];
        ring[slot] = input;
        next = slot + 1 == ring.length ? 0 : slot + 1;
        int run = input == previous ? Math.min(flatRun + 1, period) : 1;
        flatRun = run;
        previous = input;
        double delta = input - oldest;
        double m = mean;
        double newMean = m + delta * reciprocal;
        double sq = m2 + delta * ((input - newMean) + (oldest - m));
        mean = newMean;
        m2 = sq;
        if (sq < peak * SHRINK) {
            return resumShrunk(input);
        }
        peak = Math.max(peak, sq);
        return value = z(input, newMean, sq, reciprocal, period, run);
    }

    /** The value of an input whose window's sum of squares fell below {@link #SHRINK} of its peak: fresh sums. */
    private double resumShrunk(double input) {
        resum();
        value = z(input, mean, m2, reciprocal, period, flatRun);
        return value;
    }

    /**
     * The warm-up inputs and every input on which the sums are recomputed ({@link #untilResum} reaching 0):
     * the first {@code period - 1} give {@code NaN}, the others a value from fresh sums. Kept out of
     * {@link #update} so that the per-bar method stays small enough for the JIT to inline.
     */
    private double updateAndResum(double input) {
        window[next] = input;
        if (++next == period) {
            next = 0;
        }
        flatRun = filled > 0 && input == previous ? Math.min(flatRun + 1, period) : 1;
        previous = input;
        if (filled < period && ++filled < period) {
            untilResum = 1;
            return Double.NaN;
        }
        resum();
        value = z(input, mean, m2, reciprocal, period, flatRun);
        return value;
    }

    /** Two passes over the window, oldest first. */
    private void resum() {
        double sum = 0.0;
        int slot = next;
        for (int i = 0; i < period; i++) {
            sum += window[slot];
            if (++slot == period) {
                slot = 0;
            }
        }
        mean = sum / period;
        m2 = 0.0;
        for (int i = 0; i < period; i++) {
            double d = window[slot] - mean;
            m2 += d * d;
            if (++slot == period) {
                slot = 0;
            }
        }
        peak = m2;
        untilResum = period;
    }

    /** {@code (x - mean) / sqrt(m2 / period)}, with {@code m2 / period} as {@code m2 * reciprocal}. */
    private static double z(double x, double mean, double m2, double reciprocal, int period, int flatRun) {
        if (flatRun >= period || !(m2 > 0.0)) {
            return 0.0;
        }
        return (x - mean) / Math.sqrt(m2 * reciprocal);
    }

    /** Number of inputs in the window. */
    public int period() {
        return period;
    }

    @Override
    public int lookback() {
        return period - 1;
    }

    @Override
    public boolean isReady() {
        return filled == period;
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public void reset() {
        Arrays.fill(window, 0.0);
        next = 0;
        filled = 0;
        untilResum = 1;
        flatRun = 0;
        previous = 0.0;
        mean = 0.0;
        m2 = 0.0;
        peak = 0.0;
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "ZSCORE(" + period + ")";
    }

    private static int checkPeriod(int period) {
        if (period < 2) {
            throw new IllegalArgumentException("z-score period must be >= 2, got " + period);
        }
        return period;
    }
}
