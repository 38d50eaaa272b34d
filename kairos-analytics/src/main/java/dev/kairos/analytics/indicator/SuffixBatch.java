package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Batch moving averages of a column that only has values from some index on (e.g. an EMA of an EMA): the
 * average is taken of {@code values[from..]}, as TA-Lib does when it chains functions, and placed back at the
 * same indices. Pure and thread-safe.
 */
final class SuffixBatch {
    private SuffixBatch() {
    }

    /** {@link Ema#batch} of {@code values[from..]}, at the same indices; {@code NaN} before. */
    static double[] ema(double[] values, int from, int period) {
        int n = values.length;
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        if (from < n) {
            double[] tail = Ema.batch(Arrays.copyOfRange(values, from, n), period);
            System.arraycopy(tail, 0, out, from, n - from);
        }
        return out;
    }

    /** {@link Sma#batch} of {@code values[from..]}, at the same indices; {@code NaN} before. */
    static double[] sma(double[] values, int from, int period) {
        return sma(values, from, period, false);
    }

    /** {@link #sma(double[], int, int)} with the arithmetic of {@code new Sma(period, dividing)}. */
    static double[] sma(double[] values, int from, int period, boolean dividing) {
        int n = values.length;
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        if (from < n) {
            double[] tail = Sma.batch(Arrays.copyOfRange(values, from, n), period, dividing);
            System.arraycopy(tail, 0, out, from, n - from);
        }
        return out;
    }
}
