package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * The maximum (or minimum) of the last {@code window} inputs and its age, kept in a monotonic deque: amortised
 * O(1) per input (each input enters and leaves the deque once), allocation-free after construction. Among
 * equal extremes the most recent one wins, as in TA-Lib's AROON, MAX and MIN.
 *
 * <p>The static {@link #highest} and {@link #lowest} compute the same values over a whole array the way
 * TA-Lib does (remember the extreme's index, rescan the window when it falls out), an independent algorithm
 * that the batch forms use.
 */
final class SlidingExtreme {
    private final int window;
    private final boolean maximum;
    /** Deque of candidate extremes: ring buffers of values and input numbers, front at {@code head}. */
    private final double[] values;
    private final long[] numbers;
    private int head;
    private int size;
    /** Inputs seen. */
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
        this.values = new double[window];
        this.numbers = new long[window];
    }

    /** Consumes the next input. */
    void add(double x) {
        // drop candidates that can never be the extreme again: older and not better than x
        while (size > 0) {
            int back = slot(size - 1);
            if (maximum ? values[back] <= x : values[back] >= x) {
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
        values[s] = x;
        numbers[s] = count;
        size++;
        count++;
    }

    /** Whether {@code window} inputs have been seen. */
    boolean isFull() {
        return count >= window;
    }

    /** The extreme of the last {@code window} inputs (of all inputs before the window is full). */
    double extreme() {
        return values[head];
    }

    /** Inputs since the extreme: 0 when the latest input is the extreme. */
    int age() {
        return (int) (count - 1 - numbers[head]);
    }

    /** Forgets every input. */
    void reset() {
        Arrays.fill(values, 0.0);
        Arrays.fill(numbers, 0L);
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
