package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * The maximum (or minimum) of the last {@code window} inputs, value only, in O(1) amortised per input whatever
 * the window and without a data-dependent branch; allocation-free after construction.
 *
 * <p>Van Herk / Gil-Werman: the inputs are cut into blocks of {@code window}. A window ending at offset
 * {@code j} of the current block covers offsets {@code j + 1 ..} of the previous block and {@code 0 .. j} of
 * the current one, so its extreme is the extreme of two numbers: the previous block's suffix extreme from
 * {@code j + 1} (computed once per block, when it is complete, in one backward pass over its inputs) and the
 * running extreme of the current block. Every comparison is a {@link Math#max}/{@link Math#min}, which the JIT
 * compiles without branches, so random-walk prices cost no mispredictions (TA-Lib's algorithm, "rescan when
 * the extreme leaves the window", branches on every input).
 *
 * <p>The value is exactly the largest (smallest) input of the window, by {@code Math.max}'s order: any NaN in
 * the window makes it NaN, and {@code +0.0} counts above {@code -0.0}. TA-Lib's MAX and MIN return the most
 * recent of equal extremes, so where the window's extreme is a zero of both signs they may return the other
 * zero (the same number); for every other input the value is TA-Lib's. Since the value does not depend on the
 * order the window is scanned in, {@link #highest} and {@link #lowest} give the same bits as this class.
 */
final class WindowExtreme {
    private final int window;
    private final boolean maximum;
    /**
     * Slots {@code 0 .. offset - 1}: the inputs of the current block; slots {@code offset .. window - 1}: the
     * suffix extremes of the previous block; slot {@code window}: the identity (−∞ for a maximum, +∞ for a
     * minimum), never written. Before the first block is complete the suffix slots hold the identity too.
     */
    private final double[] slots;
    private final double identity;
    /** Offset in the current block of the next input. */
    private int offset;
    /** The extreme of the current block's inputs so far (the identity when it has none). */
    private double prefix;
    private double extreme;
    /** Whether {@code window} inputs have been seen. */
    private boolean full;

    /**
     * @param window  number of most recent inputs the extreme is taken over, at least 1
     * @param maximum true for the maximum, false for the minimum
     */
    WindowExtreme(int window, boolean maximum) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, got " + window);
        }
        this.window = window;
        this.maximum = maximum;
        this.identity = maximum ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        this.slots = new double[window + 1];
        reset();
    }

    /** Consumes the next input. */
    void add(double x) {
        double[] s = slots;
        int j = offset;
        s[j] = x;
        if (maximum) {
            double p = Math.max(prefix, x);
            prefix = p;
            extreme = Math.max(s[j + 1], p);
        } else {
            double p = Math.min(prefix, x);
            prefix = p;
            extreme = Math.min(s[j + 1], p);
        }
        if (++j == window) {
            closeBlock();
        } else {
            offset = j;
        }
    }

    /** The block is complete: its inputs become its suffix extremes and a new block starts. */
    private void closeBlock() {
        double[] s = slots;
        double e = s[window - 1];
        if (maximum) {
            for (int k = window - 2; k >= 0; k--) {
                e = Math.max(s[k], e);
                s[k] = e;
            }
        } else {
            for (int k = window - 2; k >= 0; k--) {
                e = Math.min(s[k], e);
                s[k] = e;
            }
        }
        offset = 0;
        prefix = identity;
        full = true;
    }

    /** Whether {@code window} inputs have been seen. */
    boolean isFull() {
        return full;
    }

    /** The extreme of the last {@code window} inputs (of all inputs before the window is full). */
    double extreme() {
        return extreme;
    }

    /** Forgets every input. */
    void reset() {
        Arrays.fill(slots, identity);
        offset = 0;
        prefix = identity;
        extreme = identity;
        full = false;
    }

    /**
     * The highest of {@code values[i - window + 1 .. i]} for every {@code i}: same length, {@code NaN} before
     * index {@code window - 1}.
     */
    static double[] highest(double[] values, int window) {
        return extremes(values, new WindowExtreme(window, true));
    }

    /**
     * The lowest of {@code values[i - window + 1 .. i]} for every {@code i}: same length, {@code NaN} before
     * index {@code window - 1}.
     */
    static double[] lowest(double[] values, int window) {
        return extremes(values, new WindowExtreme(window, false));
    }

    private static double[] extremes(double[] values, WindowExtreme e) {
        int n = values.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            e.add(values[i]);
            out[i] = e.full ? e.extreme : Double.NaN;
        }
        return out;
    }
}
