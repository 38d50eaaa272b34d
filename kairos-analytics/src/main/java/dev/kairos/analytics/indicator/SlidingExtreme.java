package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * The maximum (or minimum) of the last {@code window} inputs and its age, allocation-free after construction.
 * Among equal extremes the most recent one wins, as in TA-Lib's AROON, MAX and MIN.
 *
 * <p>Windows of up to {@value #SCAN_LIMIT} inputs use TA-Lib's own algorithm, the one the static
 * {@link #highest} and {@link #lowest} use over a whole array: remember the extreme and its age, replace it when
 * an input equals or beats it, and rescan the ring buffer of the window only when it falls out. That is a
 * compare or two per input and a short rescan now and then, so it beats a deque on small windows, and it does
 * the very same comparisons as the batch form. Larger windows keep a monotonic deque (amortised O(1) per input
 * whatever the window: each input enters and leaves the deque once), so a long steady trend, which makes the
 * extreme fall out of the window on every input, never costs a rescan of a long window. Both give the same
 * value and age for finite inputs.
 */
final class SlidingExtreme {
    /** The largest window that rescans rather than keeping a deque. */
    static final int SCAN_LIMIT = 64;

    private final int window;
    private final boolean maximum;
    /** Whether the window is small enough to rescan ({@code window <= SCAN_LIMIT}). */
    private final boolean scan;
    /** Scan mode: the last {@code window} inputs, slot {@code next} the oldest once {@link #full}. */
    private final double[] ring;
    private int next;
    /** Whether {@code window} inputs have been seen. */
    private boolean full;
    /** Scan mode: the extreme and the inputs since it ({@code window} or more: none in the window). */
    private double extreme;
    private int age;
    /** Deque mode: candidate extremes, ring buffers of values and input numbers, front at {@code head}. */
    private final long[] numbers;
    private int head;
    private int size;
    /** Deque mode: inputs seen. */
    private long count;

    /**
     * @param window  number of most recent inputs the extreme is taken over, at least 1
     * @param maximum true for the maximum, false for the minimum
     */
    SlidingExtreme(int window, boolean maximum) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, got " + window);
        }
        this.window = window;
        this.maximum = maximum;
        this.scan = window <= SCAN_LIMIT;
        this.ring = new double[window];
        this.numbers = scan ? new long[0] : new long[window];
        this.age = window;
    }

    /** Consumes the next input. */
    void add(double x) {
        if (!scan) {
            dequeAdd(x);
            return;
        }
        double[] r = ring;
        int slot = next;
        r[slot] = x;
        if (++slot == r.length) {
            slot = 0;
            full = true;
        }
        next = slot;
        int a = age + 1;
        if (a >= r.length) {
            rescan();
        } else if (maximum ? x >= extreme : x <= extreme) {
            extreme = x;
            age = 0;
        } else {
            age = a;
        }
    }

    /** Finds the extreme of the window afresh, oldest input first, the latest of equal ones winning. */
    private void rescan() {
        double[] r = ring;
        int n = full ? window : next;
        int oldest = full ? next : 0;
        // chronological order: slots oldest .. n - 1, then 0 .. oldest - 1
        double e = r[oldest];
        int at = oldest;
        if (maximum) {
            for (int s = oldest + 1; s < n; s++) {
                double v = r[s];
                if (v >= e) {
                    e = v;
                    at = s;
                }
            }
            for (int s = 0; s < oldest; s++) {
                double v = r[s];
                if (v >= e) {
                    e = v;
                    at = s;
                }
            }
        } else {
            for (int s = oldest + 1; s < n; s++) {
                double v = r[s];
                if (v <= e) {
                    e = v;
                    at = s;
                }
            }
            for (int s = 0; s < oldest; s++) {
                double v = r[s];
                if (v <= e) {
                    e = v;
                    at = s;
                }
            }
        }
        extreme = e;
        // the newest input is in slot next - 1 (mod window)
        int newest = next == 0 ? window - 1 : next - 1;
        age = newest >= at ? newest - at : newest - at + window;
    }

    private void dequeAdd(double x) {
        // drop candidates that can never be the extreme again: older and not better than x
        while (size > 0) {
            int back = slot(size - 1);
            if (maximum ? ring[back] <= x : ring[back] >= x) {
                size--;
            } else {
                break;
            }
        }
        // drop the front if it leaves the window [count - window + 1, count]
        if (size > 0 && numbers[head] <= count - window) {
            head = head + 1 == window ? 0 : head + 1;
            size--;
        }
        int s = slot(size);
        ring[s] = x;
        numbers[s] = count;
        size++;
        count++;
        full = count >= window;
    }

    /** Whether {@code window} inputs have been seen. */
    boolean isFull() {
        return full;
    }

    /** The extreme of the last {@code window} inputs (of all inputs before the window is full). */
    double extreme() {
        return scan ? extreme : ring[head];
    }

    /** Inputs since the extreme: 0 when the latest input is the extreme. */
    int age() {
        return scan ? age : (int) (count - 1 - numbers[head]);
    }

    /** Forgets every input. */
    void reset() {
        Arrays.fill(ring, 0.0);
        Arrays.fill(numbers, 0L);
        next = 0;
        full = false;
        extreme = 0.0;
        age = window;
        head = 0;
        size = 0;
        count = 0;
    }

    private int slot(int offset) {
        int s = head + offset;
        return s >= window ? s - window : s;
    }

    /**
     * The highest of {@code values[i - window + 1 .. i]} for every {@code i}: same length, {@code NaN} before
     * index {@code window - 1}.
     */
    static double[] highest(double[] values, int window) {
        return extremes(values, window, true);
    }

    /**
     * The lowest of {@code values[i - window + 1 .. i]} for every {@code i}: same length, {@code NaN} before
     * index {@code window - 1}.
     */
    static double[] lowest(double[] values, int window) {
        return extremes(values, window, false);
    }

    private static double[] extremes(double[] values, int window, boolean maximum) {
        int n = values.length;
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(n, window - 1), Double.NaN);
        int extremeIdx = -1;
        double extreme = 0.0;
        for (int today = window - 1; today < n; today++) {
            int trailing = today - window + 1;
            double x = values[today];
            if (extremeIdx < trailing) {
                extremeIdx = trailing;
                extreme = values[trailing];
                for (int i = trailing + 1; i <= today; i++) {
                    double v = values[i];
                    if (maximum ? v >= extreme : v <= extreme) {
                        extremeIdx = i;
                        extreme = v;
                    }
                }
            } else if (maximum ? x >= extreme : x <= extreme) {
                extremeIdx = today;
                extreme = x;
            }
            out[today] = extreme;
        }
        return out;
    }
}
