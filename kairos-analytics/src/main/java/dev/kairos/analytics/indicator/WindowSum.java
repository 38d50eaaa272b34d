package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * The running sum of the last {@code n} values pushed: O(1) per push, no allocation after construction.
 *
 * <p>Like TA-Lib's running totals, the sum is kept by adding the newest value and subtracting the one that
 * leaves the window, so it carries the rounding of values long gone. One refinement: when every value in
 * the window is exactly zero (no volume traded, a flat price) the sum is set to exactly {@code 0.0} instead
 * of the rounding residue, so that ratios of such sums take their documented flat-window value rather than
 * {@code residue / residue}.
 */
final class WindowSum {
    private final double[] ring;
    /** Slot of the next write: the oldest value once the window is full. */
    private int next;
    /** Whether {@code n} values have been pushed. */
    private boolean full;
    /** Values in the window that are not exactly zero. */
    private int nonZero;
    private double sum;

    WindowSum(int n) {
        this.ring = new double[n];
    }

    /** Adds {@code x}; once the window is full, first subtracts the value {@code x} replaces. */
    void push(double x) {
        double[] r = ring;
        int slot = next;
        // before the window is full the slot holds +0.0, and sum - 0.0 is sum, bit for bit
        double old = r[slot];
        r[slot] = x;
        if (++slot == r.length) {
            slot = 0;
            full = true;
        }
        next = slot;
        // counted without a branch: whether a value is zero is as unpredictable as the values
        int count = nonZero + isNonZero(x) - isNonZero(old);
        nonZero = count;
        sum = count == 0 ? 0.0 : (sum - old) + x;
    }

    /** 1 when {@code x != 0.0} (NaN included), 0 for either zero. */
    private static int isNonZero(double x) {
        long magnitude = Double.doubleToRawLongBits(x) << 1;
        return (int) ((magnitude | -magnitude) >>> 63);
    }

    double sum() {
        return sum;
    }

    /** Whether the window holds {@code n} values. */
    boolean full() {
        return full;
    }

    void reset() {
        Arrays.fill(ring, 0.0);
        next = 0;
        full = false;
        nonZero = 0;
        sum = 0.0;
    }
}
