package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Linearly weighted moving average: the newest of the last {@code period} inputs has weight {@code period},
 * the oldest weight 1, divided by {@code period * (period + 1) / 2}. Lookback {@code period - 1}.
 *
 * <p>TA-Lib WMA: O(1) per update with two running sums, the plain sum of the window ({@code periodSub}) and
 * the weighted sum ({@code periodSum}); after each value the weighted sum drops the plain sum, which ages
 * every weight by one. The operations are TA-Lib's, in TA-Lib's order, except that the weighted sum is
 * multiplied by the reciprocal of the divider, computed once, where TA-Lib divides by the divider: values
 * agree with TA-Lib's to one rounding. Period 1 returns the input, as TA-Lib does. StockCharts' worked
 * example agrees to its rounding.
 */
public final class Wma implements SingleInputIndicator {
    private final int period;
    /** {@code 1 / divider(period)}. */
    private final double reciprocal;
    private final double[] window;
    /** Ring buffer slot of the next write, which is also the oldest input once the window is full. */
    private int next;
    /** Inputs seen, counted up to {@code period} only. */
    private int filled;
    /** Whether the window is full (and {@code period > 1}): {@link #update}'s arithmetic applies. */
    private boolean steady;
    private double periodSub;
    private double periodSum;
    private double value = Double.NaN;

    /** @throws IllegalArgumentException when {@code period < 1} */
    public Wma(int period) {
        this.period = checkPeriod(period);
        this.reciprocal = 1.0 / divider(period);
        this.window = new double[period];
    }

    /** The WMA of every prefix of {@code values}: same length, {@code NaN} before index {@code period - 1}. */
    public static double[] batch(double[] values, int period) {
        checkPeriod(period);
        int n = values.length;
        if (period == 1) {
            return values.clone();
        }
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(n, period - 1), Double.NaN);
        if (n < period) {
            return out;
        }
        double reciprocal = 1.0 / divider(period);
        double periodSub = 0.0;
        double periodSum = 0.0;
        int in = 0;
        for (int i = 1; i < period; i++) {
            double x = values[in++];
            periodSub += x;
            periodSum += x * i;
        }
        double trailingValue = 0.0;
        int trailing = 0;
        while (in < n) {
            double x = values[in];
            periodSub += x;
            periodSub -= trailingValue;
            periodSum += x * period;
            trailingValue = values[trailing++];
            out[in++] = periodSum * reciprocal;
            periodSum -= periodSub;
        }
        return out;
    }

    @Override
    public double update(double input) {
        if (!steady) {
            return warmUp(input);
        }
        double[] ring = window;
        int slot = next;
        // the slot holds the input that leaves the plain sum now (0.0 on the first value, as TA-Lib starts)
        double trailingValue = ring[slot];
        ring[slot] = input;
        next = slot + 1 == ring.length ? 0 : slot + 1;
        double sub = periodSub + input;
        sub -= trailingValue;
        periodSub = sub;
        double sum = periodSum + input * period;
        periodSum = sum - sub;
        return value = sum * reciprocal;
    }

    /**
     * Period 1 (the input itself), and the first {@code period - 1} inputs of a longer period, which seed the
     * two sums; after those the count says ready and the input is an ordinary step. Kept out of {@link #update}
     * so that the per-bar method stays small enough for the JIT to inline.
     */
    private double warmUp(double input) {
        if (period == 1) {
            filled = 1;
            value = input;
            return value;
        }
        if (filled == period - 1) {
            filled = period;
            steady = true;
            return update(input);
        }
        window[next++] = input;
        filled++;
        periodSub += input;
        periodSum += input * filled;
        return Double.NaN;
    }

    /** Number of inputs averaged. */
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
        steady = false;
        periodSub = 0.0;
        periodSum = 0.0;
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "WMA(" + period + ")";
    }

    /** {@code period * (period + 1) / 2}, exact (TA-Lib computes it in {@code int}, which overflows above 46,340). */
    private static double divider(int period) {
        return (double) ((long) period * (period + 1) / 2);
    }

    private static int checkPeriod(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("WMA period must be >= 1, got " + period);
        }
        return period;
    }
}
