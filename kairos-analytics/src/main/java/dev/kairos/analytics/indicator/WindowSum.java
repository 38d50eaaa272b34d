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
    private int filled;
    /** Values in the window that are not exactly zero. */
    private int nonZero;
    private double sum;

    WindowSum(int n) {
        this.ring = new double[n];
    }

    /** Adds {@code x}; once the window is full, first subtracts the value {@code x} replaces. */
    void push(double x) {
        if (filled == ring.length) {
            double old = ring[next];
            sum -= old;
            if (old != 0.0) {
                nonZero--;
            }
        } else {
            filled++;
        }
        ring[next] = x;
        if (++next == ring.length) {
            next = 0;
        }
        sum += x;
        if (x != 0.0) {
            nonZero++;
        }
        if (nonZero == 0) {
            sum = 0.0;
        }
    }

    double sum() {
        return sum;
    }

    /** Whether the window holds {@code n} values. */
    boolean full() {
        return filled == ring.length;
    }

    void reset() {
        Arrays.fill(ring, 0.0);
        next = 0;
        filled = 0;
        nonZero = 0;
        sum = 0.0;
    }
}
