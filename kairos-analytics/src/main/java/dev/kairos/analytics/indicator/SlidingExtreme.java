package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * The ages (bars since) of the highest high and of the lowest low of the last {@code window} bars, for Aroon:
 * allocation-free after construction and O(1) amortised per bar whatever the window. Among equal extremes the
 * most recent one wins, as in TA-Lib's AROON. For the extremes' values, {@link WindowRange} is cheaper.
 *
 * <p>The van Herk / Gil-Werman blocks of {@link WindowExtreme}, on the same order-preserving long keys (the
 * lows negated, so that both sides take a maximum), each candidate carrying the offset in its block where it
 * was seen: a window ending at offset {@code j} of the current block takes the better of the previous
 * block's suffix maximum from {@code j + 1} (computed once per block, in one backward pass) and the running
 * maximum of the current block, the current block winning ties because its bars are newer. The keys are
 * compared with {@code Math.max} (a conditional move) and the offsets chosen with bit masks, never with a
 * branch that the price's random walk would mispredict. {@code -0.0} is read as {@code 0.0}, so the two zeros
 * tie (the more recent wins, as in TA-Lib). For finite inputs the ages are TA-Lib's; inputs must be finite.
 */
final class SlidingExtreme {
    private final int window;
    /**
     * Per side (highs, negated lows), as {@link WindowExtreme}'s slots: slots {@code 0 .. offset - 1} the
     * current block's keys, slots {@code offset .. window - 1} the previous block's suffix maxima, slot
     * {@code window} {@link Long#MIN_VALUE}, never written.
     */
    private final long[] highKeys;
    private final long[] lowKeys;
    /** For each suffix slot, the offset in the previous block of its maximum (the latest of equal ones). */
    private final int[] highOffsets;
    private final int[] lowOffsets;
    /** Offset in the current block of the next bar. */
    private int offset;
    /** Per side, the largest key of the current block so far ({@code Long.MIN_VALUE} when none) and its offset. */
    private long highPrefix;
    private int highPrefixAt;
    private long lowPrefix;
    private int lowPrefixAt;
    private int highAge;
    private int lowAge;
    /** Whether {@code window} bars have been seen. */
    private boolean full;

    /** @param window number of most recent bars, at least 1 */
    SlidingExtreme(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, got " + window);
        }
        this.window = window;
        this.highKeys = new long[window + 1];
        this.lowKeys = new long[window + 1];
        this.highOffsets = new int[window + 1];
        this.lowOffsets = new int[window + 1];
        reset();
    }

    /** Consumes the next bar's high and low. */
    void add(double high, double low) {
        long[] hs = highKeys;
        long[] ls = lowKeys;
        int j = offset;
        // + 0.0 turns -0.0 into 0.0 and leaves every other value as it is
        long h = WindowExtreme.key(high + 0.0);
        long l = WindowExtreme.key(-low + 0.0);
        hs[j] = h;
        ls[j] = l;
        // the newer bar wins ties: it takes the prefix when its key is not below the prefix's
        long hp = highPrefix;
        long lp = lowPrefix;
        int takeHigh = ~lessThan(h, hp);
        int takeLow = ~lessThan(l, lp);
        int hpAt = takeHigh & j | ~takeHigh & highPrefixAt;
        int lpAt = takeLow & j | ~takeLow & lowPrefixAt;
        hp = Math.max(hp, h);
        lp = Math.max(lp, l);
        highPrefix = hp;
        lowPrefix = lp;
        highPrefixAt = hpAt;
        lowPrefixAt = lpAt;
        // the current block against the previous block's suffix from j + 1, the current block winning ties
        int older = window + j;
        int prefixHigh = ~lessThan(hp, hs[j + 1]);
        int prefixLow = ~lessThan(lp, ls[j + 1]);
        highAge = prefixHigh & (j - hpAt) | ~prefixHigh & (older - highOffsets[j + 1]);
        lowAge = prefixLow & (j - lpAt) | ~prefixLow & (older - lowOffsets[j + 1]);
        if (++j == window) {
            closeBlock();
        } else {
            offset = j;
        }
    }

    /** The block is complete: its keys become its suffix maxima, with their offsets, and a new block starts. */
    private void closeBlock() {
        long[] hs = highKeys;
        long[] ls = lowKeys;
        int[] hAt = highOffsets;
        int[] lAt = lowOffsets;
        int last = window - 1;
        long h = hs[last];
        long l = ls[last];
        int hOffset = last;
        int lOffset = last;
        hAt[last] = last;
        lAt[last] = last;
        for (int k = window - 2; k >= 0; k--) {
            long hk = hs[k];
            long lk = ls[k];
            // an older bar wins only when strictly greater
            int olderHigh = lessThan(h, hk);
            int olderLow = lessThan(l, lk);
            hOffset = olderHigh & k | ~olderHigh & hOffset;
            lOffset = olderLow & k | ~olderLow & lOffset;
            h = Math.max(h, hk);
            l = Math.max(l, lk);
            hs[k] = h;
            ls[k] = l;
            hAt[k] = hOffset;
            lAt[k] = lOffset;
        }
        offset = 0;
        highPrefix = Long.MIN_VALUE;
        lowPrefix = Long.MIN_VALUE;
        highPrefixAt = 0;
        lowPrefixAt = 0;
        full = true;
    }

    /** All 32 bits set when {@code a < b}, none otherwise, without a branch (Hacker's Delight 2-12). */
    private static int lessThan(long a, long b) {
        long d = a - b;
        return (int) ((d ^ ((a ^ b) & (d ^ a))) >> 63);
    }

    /** Whether {@code window} bars have been seen. */
    boolean isFull() {
        return full;
    }

    /** Bars since the highest high of the window (of all bars before it is full): 0 for the latest bar. */
    int highAge() {
        return highAge;
    }

    /** Bars since the lowest low of the window (of all bars before it is full): 0 for the latest bar. */
    int lowAge() {
        return lowAge;
    }

    /** Forgets every bar. */
    void reset() {
        Arrays.fill(highKeys, Long.MIN_VALUE);
        Arrays.fill(lowKeys, Long.MIN_VALUE);
        Arrays.fill(highOffsets, 0);
        Arrays.fill(lowOffsets, 0);
        offset = 0;
        highPrefix = Long.MIN_VALUE;
        lowPrefix = Long.MIN_VALUE;
        highPrefixAt = 0;
        lowPrefixAt = 0;
        highAge = 0;
        lowAge = 0;
        full = false;
    }
}
