package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * The maximum (or minimum) of the last {@code window} inputs and its age, the inputs since it, allocation-free
 * after construction and O(1) amortised per input whatever the window. Among equal extremes the most recent
 * one wins, as in TA-Lib's AROON, MAX and MIN. For the extreme alone, {@link WindowExtreme} is cheaper.
 *
 * <p>The same van Herk / Gil-Werman blocks as {@link WindowExtreme}, each candidate carrying the offset in its
 * block where it was seen: a window ending at offset {@code j} of the current block takes the better of the
 * previous block's suffix extreme from {@code j + 1} (computed once per block, in one backward pass) and the
 * running extreme of the current block, the current block winning ties because its inputs are newer. Every
 * choice is made with bit masks ({@link BranchFree}) rather than branches, which the price's random walk
 * would mispredict. Comparisons are by subtraction, so {@code 0.0} and {@code -0.0} are equal (the more recent
 * wins, as in TA-Lib). For finite inputs the extreme and age are TA-Lib's; inputs must be finite (a NaN
 * does not poison the state, it only gives meaningless ages while it is in the window).
 *
 * <p>A minimum is kept as the maximum of the negated inputs (negation is exact and preserves ties).
 */
final class SlidingExtreme {
    private final int window;
    /** 1 for a maximum, -1 for a minimum: inputs are multiplied by it (exactly) and the maximum taken. */
    private final double sign;
    /**
     * Slots {@code 0 .. offset - 1}: the (signed) inputs of the current block; slots {@code offset .. window - 1}:
     * the suffix maxima of the previous block; slot {@code window}: −∞, never written. Before the first block
     * is complete the suffix slots hold −∞ too.
     */
    private final double[] values;
    /** For each suffix slot, the offset in the previous block of its maximum (the latest of equal ones). */
    private final int[] offsets;
    /** Offset in the current block of the next input. */
    private int offset;
    /** The maximum of the current block's inputs so far (−∞ when it has none) and its offset. */
    private double prefix;
    private int prefixAt;
    private double extreme;
    private int age;
    /** Whether {@code window} inputs have been seen. */
    private boolean full;

    /**
     * @param window  number of most recent inputs the extreme is taken over, at least 1
     * @param maximum true for the maximum, false for the minimum
     */
    SlidingExtreme(int window, boolean maximum) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, got " + window);
        }
        this.window = window;
        this.sign = maximum ? 1.0 : -1.0;
        this.values = new double[window + 1];
        this.offsets = new int[window + 1];
        reset();
    }

    /** Consumes the next input. */
    void add(double input) {
        double x = input * sign;
        double[] v = values;
        int j = offset;
        v[j] = x;
        // x >= prefix: the newer input wins ties
        long takeInput = ~BranchFree.positiveMask(prefix - x);
        double p = select(takeInput, x, prefix);
        int pAt = (int) takeInput & j | ~(int) takeInput & prefixAt;
        prefix = p;
        prefixAt = pAt;
        // the current block's maximum against the previous block's suffix from j + 1, the current block winning ties
        double s = v[j + 1];
        long takePrefix = ~BranchFree.positiveMask(s - p);
        extreme = select(takePrefix, p, s);
        age = (int) takePrefix & (j - pAt) | ~(int) takePrefix & (window + j - offsets[j + 1]);
        if (++j == window) {
            closeBlock();
        } else {
            offset = j;
        }
    }

    /** The block is complete: its inputs become its suffix maxima, with their offsets, and a new block starts. */
    private void closeBlock() {
        double[] v = values;
        int[] at = offsets;
        double e = v[window - 1];
        int eAt = window - 1;
        at[eAt] = eAt;
        for (int k = window - 2; k >= 0; k--) {
            double x = v[k];
            // an older input wins only when strictly greater
            long older = BranchFree.positiveMask(x - e);
            e = select(older, x, e);
            eAt = (int) older & k | ~(int) older & eAt;
            v[k] = e;
            at[k] = eAt;
        }
        offset = 0;
        prefix = Double.NEGATIVE_INFINITY;
        prefixAt = 0;
        full = true;
    }

    /** {@code mask == -1L ? a : b}, for a mask of all bits or none. */
    private static double select(long mask, double a, double b) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & mask | Double.doubleToRawLongBits(b) & ~mask);
    }

    /** Whether {@code window} inputs have been seen. */
    boolean isFull() {
        return full;
    }

    /** The extreme of the last {@code window} inputs (of all inputs before the window is full). */
    double extreme() {
        return extreme * sign;
    }

    /** Inputs since the extreme: 0 when the latest input is the extreme. */
    int age() {
        return age;
    }

    /** Forgets every input. */
    void reset() {
        Arrays.fill(values, Double.NEGATIVE_INFINITY);
        Arrays.fill(offsets, 0);
        offset = 0;
        prefix = Double.NEGATIVE_INFINITY;
        prefixAt = 0;
        extreme = Double.NEGATIVE_INFINITY;
        age = 0;
        full = false;
    }
}
