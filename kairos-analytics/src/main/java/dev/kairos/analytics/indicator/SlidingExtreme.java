package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * The age of the maximum (or minimum) of the last {@code window} inputs, the inputs since it, and its value,
 * allocation-free after construction and O(1) amortised per input whatever the window. Among equal extremes
 * the most recent one wins, as in TA-Lib's AROON, MAX and MIN. For the extreme alone, {@link WindowExtreme} is
 * cheaper.
 *
 * <p>The same van Herk / Gil-Werman blocks as {@link WindowExtreme}, on the same order-preserving long keys,
 * each candidate carrying the offset in its block where it was seen: a window ending at offset {@code j} of
 * the current block takes the better of the previous block's suffix maximum from {@code j + 1} (computed once
 * per block, in one backward pass) and the running maximum of the current block, the current block winning
 * ties because its inputs are newer. The keys are compared with {@code Math.max} (a conditional move) and the
 * offsets chosen with bit masks, never with a branch that the price's random walk would mispredict. A minimum
 * is the maximum of the negated inputs (negation is exact and keeps ties), and {@code -0.0} is read as
 * {@code 0.0}, so the two zeros tie (the more recent wins, as in TA-Lib). For finite inputs the ages are
 * TA-Lib's; inputs must be finite.
 */
final class SlidingExtreme {
    private final int window;
    /** 1 for a maximum, -1 for a minimum: inputs are multiplied by it (exactly) and the maximum taken. */
    private final double sign;
    /**
     * Slots {@code 0 .. offset - 1}: the keys of the current block's (signed) inputs; slots
     * {@code offset .. window - 1}: the suffix maxima of the previous block's keys; slot {@code window}:
     * {@link Long#MIN_VALUE}, below every key, never written. Before the first block is complete the suffix
     * slots hold {@code Long.MIN_VALUE} too.
     */
    private final long[] keys;
    /** For each suffix slot, the offset in the previous block of its maximum (the latest of equal ones). */
    private final int[] offsets;
    /** Offset in the current block of the next input. */
    private int offset;
    /** The largest key of the current block's inputs so far ({@code Long.MIN_VALUE} when it has none), and its offset. */
    private long prefix;
    private int prefixAt;
    private long extreme;
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
        this.keys = new long[window + 1];
        this.offsets = new int[window + 1];
        reset();
    }

    /** Consumes the next input. */
    void add(double input) {
        long[] v = keys;
        int j = offset;
        // + 0.0 turns -0.0 into 0.0 and leaves every other value as it is
        long bits = Double.doubleToLongBits(input * sign + 0.0);
        long k = bits ^ ((bits >> 63) >>> 1);
        v[j] = k;
        long p = prefix;
        // k >= p: the newer input wins ties
        int takeInput = ~lessThan(k, p);
        prefixAt = takeInput & j | ~takeInput & prefixAt;
        p = Math.max(p, k);
        prefix = p;
        // the current block against the previous block's suffix from j + 1, the current block winning ties
        long s = v[j + 1];
        int takePrefix = ~lessThan(p, s);
        extreme = Math.max(p, s);
        age = takePrefix & (j - prefixAt) | ~takePrefix & (window + j - offsets[j + 1]);
        if (++j == window) {
            closeBlock();
        } else {
            offset = j;
        }
    }

    /** The block is complete: its keys become its suffix maxima, with their offsets, and a new block starts. */
    private void closeBlock() {
        long[] v = keys;
        int[] at = offsets;
        long e = v[window - 1];
        int eAt = window - 1;
        at[eAt] = eAt;
        for (int k = window - 2; k >= 0; k--) {
            long x = v[k];
            // an older input wins only when strictly greater
            int older = lessThan(e, x);
            eAt = older & k | ~older & eAt;
            e = Math.max(e, x);
            v[k] = e;
            at[k] = eAt;
        }
        offset = 0;
        prefix = Long.MIN_VALUE;
        prefixAt = 0;
        full = true;
    }

    /** All 32 bits set when {@code a < b}, none otherwise, without a branch (Hacker's Delight 2-12). */
    private static int lessThan(long a, long b) {
        long d = a - b;
        return (int) ((d ^ ((a ^ b) & (d ^ a))) >> 63);
    }

    /** Whether {@code window} inputs have been seen. */
    boolean isFull() {
        return full;
    }

    /**
     * The extreme of the last {@code window} inputs (of all inputs before the window is full); {@code 0.0} for
     * a zero extreme, whatever its sign.
     */
    double extreme() {
        long e = extreme;
        return Double.longBitsToDouble(e ^ ((e >> 63) >>> 1)) * sign;
    }

    /** Inputs since the extreme: 0 when the latest input is the extreme. */
    int age() {
        return age;
    }

    /** Forgets every input. */
    void reset() {
        Arrays.fill(keys, Long.MIN_VALUE);
        Arrays.fill(offsets, 0);
        offset = 0;
        prefix = Long.MIN_VALUE;
        prefixAt = 0;
        extreme = Long.MIN_VALUE;
        age = 0;
        full = false;
    }
}
