package dev.kairos.engine.backtest;

import java.util.Arrays;

/**
 * The equity curve for reports, in bounded memory: keeps every sample until {@code capacity}, then
 * halves its resolution (keeps every other point) and samples half as often. Exact statistics come
 * from the streaming performance accumulator, not from this curve.
 */
public final class EquityCurve {
    private final long[] time;
    private final double[] equity;
    private int size;
    private int stride = 1;
    private long seen;
    private long lastTime = Long.MIN_VALUE;
    private double lastEquity;

    public EquityCurve(int capacity) {
        if (capacity < 2 || capacity % 2 != 0) {
            throw new IllegalArgumentException("capacity must be an even number >= 2: " + capacity);
        }
        time = new long[capacity];
        equity = new double[capacity];
    }

    public void add(long t, double e) {
        lastTime = t;
        lastEquity = e;
        if (seen++ % stride != 0) {
            return;
        }
        if (size == time.length) {
            for (int i = 0; i < size / 2; i++) {
                time[i] = time[2 * i];
                equity[i] = equity[2 * i];
            }
            size /= 2;
            stride *= 2;
            if ((seen - 1) % stride != 0) {
                return;
            }
        }
        time[size] = t;
        equity[size] = e;
        size++;
    }

    /** Sample times, always ending with the newest sample. */
    public long[] times() {
        long[] t = Arrays.copyOf(time, size + (endsWithLast() ? 0 : 1));
        if (!endsWithLast()) {
            t[size] = lastTime;
        }
        return t;
    }

    /** Equity values matching {@link #times()}. */
    public double[] values() {
        double[] v = Arrays.copyOf(equity, size + (endsWithLast() ? 0 : 1));
        if (!endsWithLast()) {
            v[size] = lastEquity;
        }
        return v;
    }

    private boolean endsWithLast() {
        return size == 0 ? seen == 0 : time[size - 1] == lastTime;
    }
}
