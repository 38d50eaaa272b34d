package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Simple moving average: the arithmetic mean of the last {@code period} inputs. Lookback
 * {@code period - 1}.
 *
 * <p>As in TA-Lib, it keeps a running sum: each value is {@code sum * (1.0 / period)} (the reciprocal is
 * computed once: a multiply costs a fraction of a division, and the result differs from TA-Lib's
 * {@code sum / period} by at most one rounding), after which the oldest input of the window is subtracted.
 * The incremental form keeps the window in a ring buffer allocated in the constructor.
 *
 * <p>An SMA whose values feed another running sum (the slow stochastic's %K, averaged again into %D) divides
 * as TA-Lib does ({@link #Sma(int, boolean)}): a running sum keeps the rounding residue of the values that
 * passed through it, and where its window then holds only zeros the residue is all of the value, so inputs
 * that differ from TA-Lib's by a rounding would give a different residue, not a nearby one.
 */
public final class Sma implements SingleInputIndicator {
    private final int period;
    /** {@code 1.0 / period}. */
    private final double reciprocal;
    /** Whether each value is {@code sum / period} (TA-Lib's arithmetic) rather than {@code sum * reciprocal}. */
    private final boolean dividing;
    private final double[] window;
    /** Ring buffer slot of the next write, which is also the oldest input once the window is full. */
    private int next;
    /** Inputs seen, counted up to {@code period} only. */
    private int filled;
    /** Sum of the newest {@code period - 1} inputs between updates. */
    private double sum;
    private double value = Double.NaN;

    /** @throws IllegalArgumentException when {@code period < 1} */
    public Sma(int period) {
        this(period, false);
    }

    /**
     * @param dividing whether each value is {@code sum / period}, TA-Lib's arithmetic bit for bit, rather than
     *                 {@code sum * (1.0 / period)}
     * @throws IllegalArgumentException when {@code period < 1}
     */
    Sma(int period, boolean dividing) {
        this.period = checkPeriod(period);
        this.reciprocal = 1.0 / period;
        this.dividing = dividing;
        this.window = new double[period];
    }

    /** The SMA of every prefix of {@code values}: same length, {@code NaN} before index {@code period - 1}. */
    public static double[] batch(double[] values, int period) {
        return batch(values, period, false);
    }

    /** {@link #batch(double[], int)} with the arithmetic of {@link #Sma(int, boolean)}. */
    static double[] batch(double[] values, int period, boolean dividing) {
        checkPeriod(period);
        int n = values.length;
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(n, period - 1), Double.NaN);
        double reciprocal = 1.0 / period;
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            sum += values[i];
            if (i >= period - 1) {
                out[i] = dividing ? sum / period : sum * reciprocal;
                sum -= values[i - period + 1];
            }
        }
        return out;
    }

    @Override
    public double update(double input) {
        if (filled < period) {
            return warmUp(input);
        }
        add(input);
        return average();
    }

    /**
     * One of the first {@code period} inputs, the last of which gives the first value. In its own method so
     * that {@link #update} stays small enough for the JIT to inline it where many indicators are updated
     * together.
     */
    private double warmUp(double input) {
        add(input);
        if (++filled < period) {
            return Double.NaN;
        }
        return average();
    }

    /** The input joins the window and the running sum. */
    private void add(double input) {
        window[next] = input;
        if (++next == period) {
            next = 0;
        }
        sum += input;
    }

    /** The window's mean; the oldest value then leaves the sum, making room for the next input. */
    private double average() {
        value = dividing ? sum / period : sum * reciprocal;
        sum -= window[next];
        return value;
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
        sum = 0.0;
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "SMA(" + period + ")";
    }

    private static int checkPeriod(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("SMA period must be >= 1, got " + period);
        }
        return period;
    }
}
