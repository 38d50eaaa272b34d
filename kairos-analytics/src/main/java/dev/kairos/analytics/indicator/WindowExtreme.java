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
 * running extreme of the current block. The inputs are kept as longs that order as the doubles do (a minimum
 * is the maximum of the negated inputs), so every comparison is a {@code Math.max(long, long)}, which the JIT
 * compiles to a conditional move: random-walk prices cost no mispredictions (TA-Lib's algorithm, "rescan
 * when the extreme leaves the window", branches on every input), and the backward pass is a chain of
 * one-cycle steps ({@code Math.max(double, double)}, with its NaN and signed-zero rules, takes several).
 *
 * <p>The value is exactly the largest (smallest) input of the window, by {@code Math.max}'s order: any NaN in
 * the window makes it NaN, and {@code +0.0} counts above {@code -0.0}. TA-Lib's MAX and MIN return the most
 * recent of equal extremes, so where the window's extreme is a zero of both signs they may return the other
 * zero (the same number); for every other input the value is TA-Lib's. Since the value does not depend on the
 * order the window is scanned in, {@link #highest} and {@link #lowest} give the same bits as this class.
 */
final class WindowExtreme {
    private final int window;
    /** 1 for a maximum, -1 for a minimum: inputs are multiplied by it (exactly) and the maximum taken. */
    private final double sign;
    /**
     * Slots {@code 0 .. offset - 1}: the keys of the current block's (signed) inputs; slots
     * {@code offset .. window - 1}: the suffix maxima of the previous block's keys; slot {@code window}:
     * {@link Long#MIN_VALUE}, below every key, never written. Before the first block is complete the suffix
     * slots hold {@code Long.MIN_VALUE} too.
     */
    private final long[] slots;
    /** Offset in the current block of the next input. */
    private int offset;
    /** The largest key of the current block's inputs so far ({@code Long.MIN_VALUE} when it has none). */
    private long prefix;
    private long extreme;
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
        this.sign = maximum ? 1.0 : -1.0;
        this.slots = new long[window + 1];
        reset();
    }

    /**
     * A long that orders as {@link Math#max} orders doubles: the bits of a non-negative double, the bits of a
     * negative one with all but the sign bit flipped ({@code -0.0} just below {@code 0.0}); every NaN is the
     * canonical one, above {@code +∞}. The map is its own inverse on the bits.
     */
    static long key(double x) {
        long bits = Double.doubleToLongBits(x);
        return bits ^ ((bits >> 63) >>> 1);
    }

    /** The double whose {@link #key} is {@code key}. */
    static double value(long key) {
        return Double.longBitsToDouble(key ^ ((key >> 63) >>> 1));
    }

    /** Consumes the next input. */
    void add(double x) {
        long[] s = slots;
        int j = offset;
        long k = key(x * sign);
        s[j] = k;
        long p = Math.max(prefix, k);
        prefix = p;
        extreme = Math.max(s[j + 1], p);
        if (++j == window) {
            closeBlock();
        } else {
            offset = j;
        }
    }

    /** The block is complete: its keys become its suffix maxima and a new block starts. */
    private void closeBlock() {
        long[] s = slots;
        long e = s[window - 1];
        for (int k = window - 2; k >= 0; k--) {
            e = Math.max(s[k], e);
            s[k] = e;
        }
        offset = 0;
        prefix = Long.MIN_VALUE;
        full = true;
    }

    /** Whether {@code window} inputs have been seen. */
    boolean isFull() {
        return full;
    }

    /** The extreme of the last {@code window} inputs (of all inputs before the window is full). */
    double extreme() {
        return value(extreme) * sign;
    }

    /** Forgets every input. */
    void reset() {
        Arrays.fill(slots, Long.MIN_VALUE);
        offset = 0;
        prefix = Long.MIN_VALUE;
        extreme = Long.MIN_VALUE;
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
            out[i] = e.full ? e.extreme() : Double.NaN;
        }
        return out;
    }
}
