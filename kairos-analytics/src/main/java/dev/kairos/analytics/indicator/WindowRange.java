package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * The highest of one input and the lowest of another over the same last {@code window} bars (the highest high
 * and lowest low of the stochastics, Williams %R and Donchian): two {@link WindowExtreme}s that share their
 * block bookkeeping, so each bar costs one offset update and each block one backward pass for both.
 * Allocation-free after construction; the values are bit for bit those of {@link WindowExtreme#highest} and
 * {@link WindowExtreme#lowest}, whose order rules ({@code Math.max}'s and {@code Math.min}'s) they follow.
 */
final class WindowRange {
    private final int window;
    /** As {@link WindowExtreme}'s slots: keys of the highs, and of the negated lows (whose maximum is the lowest). */
    private final long[] highKeys;
    private final long[] lowKeys;
    /** Offset in the current block of the next bar. */
    private int offset;
    private long highPrefix;
    private long lowPrefix;
    private long highest;
    private long lowest;
    /** Whether {@code window} bars have been seen. */
    private boolean full;

    /** @param window number of most recent bars, at least 1 */
    WindowRange(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, got " + window);
        }
        this.window = window;
        this.highKeys = new long[window + 1];
        this.lowKeys = new long[window + 1];
        reset();
    }

    /** Consumes the next bar's high and low (any two doubles: they are not checked against each other). */
    void add(double high, double low) {
        long[] hs = highKeys;
        long[] ls = lowKeys;
        int j = offset;
        long h = WindowExtreme.key(high);
        long l = WindowExtreme.key(-low);
        hs[j] = h;
        ls[j] = l;
        long hp = Math.max(highPrefix, h);
        long lp = Math.max(lowPrefix, l);
        highPrefix = hp;
        lowPrefix = lp;
        highest = Math.max(hs[j + 1], hp);
        lowest = Math.max(ls[j + 1], lp);
        if (++j == window) {
            closeBlock();
        } else {
            offset = j;
        }
    }

    /** The block is complete: its keys become its suffix maxima and a new block starts. */
    private void closeBlock() {
        long[] hs = highKeys;
        long[] ls = lowKeys;
        long h = hs[window - 1];
        long l = ls[window - 1];
        for (int k = window - 2; k >= 0; k--) {
            h = Math.max(hs[k], h);
            l = Math.max(ls[k], l);
            hs[k] = h;
            ls[k] = l;
        }
        offset = 0;
        highPrefix = Long.MIN_VALUE;
        lowPrefix = Long.MIN_VALUE;
        full = true;
    }

    /** Whether {@code window} bars have been seen. */
    boolean isFull() {
        return full;
    }

    /** The highest high of the last {@code window} bars (of all bars before the window is full). */
    double highest() {
        return WindowExtreme.value(highest);
    }

    /** The lowest low of the last {@code window} bars (of all bars before the window is full). */
    double lowest() {
        return -WindowExtreme.value(lowest);
    }

    /** Forgets every bar. */
    void reset() {
        Arrays.fill(highKeys, Long.MIN_VALUE);
        Arrays.fill(lowKeys, Long.MIN_VALUE);
        offset = 0;
        highPrefix = Long.MIN_VALUE;
        lowPrefix = Long.MIN_VALUE;
        highest = Long.MIN_VALUE;
        lowest = Long.MIN_VALUE;
        full = false;
    }
}
