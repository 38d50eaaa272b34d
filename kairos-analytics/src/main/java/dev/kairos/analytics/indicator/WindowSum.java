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
    /** Consecutive values equal to zero (either sign) ending with the latest, counted up to {@code n} only. */
    private int zeroRun;
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
        // every value of the window is zero when the last n are (before the window is full the sum of the
        // values so far, all zeros, is exactly 0.0 anyway: 0.0 - 0.0 + ±0.0 is 0.0); counted without a
        // branch, since whether a value is zero can be as unpredictable as the price (MFI's flows)
        int run = Math.min(zeroRun + 1, r.length) & zeroMask(x);
        zeroRun = run;
        sum = run == r.length ? 0.0 : (sum - old) + x;
    }

    /** All 32 bits set when {@code x} is {@code 0.0} or {@code -0.0}, none otherwise (NaN included). */
    private static int zeroMask(double x) {
        long magnitude = Double.doubleToRawLongBits(x) << 1;
        return ~(int) ((magnitude | -magnitude) >> 63);
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
        zeroRun = 0;
        sum = 0.0;
    }
}
