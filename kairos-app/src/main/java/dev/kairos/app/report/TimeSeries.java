package dev.kairos.app.report;

import java.util.Arrays;

/**
 * Values sampled at points in time, stored as two parallel columns.
 *
 * <p>The arrays are copied in the constructor and again by the accessors, so an instance is immutable.
 * Use {@link #timeAt(int)} and {@link #valueAt(int)} to read single points without copying.
 *
 * @param time  sample times, epoch ms UTC, non-decreasing
 * @param value one finite value per time
 */
public record TimeSeries(long[] time, double[] value) {

    private static final TimeSeries EMPTY = new TimeSeries(new long[0], new double[0]);

    /** Copies and validates the columns. */
    public TimeSeries {
        if (time == null || value == null) {
            throw new IllegalArgumentException("time series columns must not be null");
        }
        if (time.length != value.length) {
            throw new IllegalArgumentException(
                    "time series columns differ in length: " + time.length + " times, " + value.length + " values");
        }
        time = time.clone();
        value = value.clone();
        for (int i = 0; i < time.length; i++) {
            if (i > 0 && time[i] < time[i - 1]) {
                throw new IllegalArgumentException(
                        "time series times must not decrease: index " + i + " has " + time[i] + " after " + time[i - 1]);
            }
            if (!Double.isFinite(value[i])) {
                throw new IllegalArgumentException("time series value at index " + i + " is not finite: " + value[i]);
            }
        }
    }

    /** The series with no points. */
    public static TimeSeries empty() {
        return EMPTY;
    }

    /** Number of points. */
    public int size() {
        return time.length;
    }

    /** Whether the series has no points. */
    public boolean isEmpty() {
        return time.length == 0;
    }

    /** The time of point {@code index}, epoch ms UTC. */
    public long timeAt(int index) {
        return time[index];
    }

    /** The value of point {@code index}. */
    public double valueAt(int index) {
        return value[index];
    }

    /** A copy of the times, epoch ms UTC. */
    @Override
    public long[] time() {
        return time.clone();
    }

    /** A copy of the values. */
    @Override
    public double[] value() {
        return value.clone();
    }

    /**
     * The points at the given indices, in the given order.
     *
     * @param indices strictly increasing indices into this series
     */
    public TimeSeries select(int[] indices) {
        long[] t = new long[indices.length];
        double[] v = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            if (i > 0 && indices[i] <= indices[i - 1]) {
                throw new IllegalArgumentException("selected indices must be strictly increasing at position " + i);
            }
            t[i] = time[indices[i]];
            v[i] = value[indices[i]];
        }
        return new TimeSeries(t, v);
    }

    /** A series with the same times and every value mapped by {@code scale * value}. */
    public TimeSeries scaled(double scale) {
        double[] v = new double[value.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = value[i] * scale;
        }
        return new TimeSeries(time, v);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimeSeries that
                && Arrays.equals(time, that.time)
                && Arrays.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(time) + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return time.length == 0
                ? "TimeSeries[empty]"
                : "TimeSeries[" + time.length + " points, " + time[0] + ".." + time[time.length - 1] + "]";
    }
}
