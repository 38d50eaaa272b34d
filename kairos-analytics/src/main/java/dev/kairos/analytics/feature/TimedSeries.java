package dev.kairos.analytics.feature;

import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.FundingRates;
import java.util.Arrays;

/**
 * A point-in-time series of one number: each value is stamped with the time it became known (epoch ms
 * UTC), in non-decreasing time order (equal times are allowed: the later row is the later observation).
 * Values are finite. Immutable, thread-safe; read it point in time with {@link #indexAsOf(long)} or an
 * allocation-free forward {@link #cursor() cursor}.
 *
 * <p>The value <em>as of</em> time {@code t} is the last value stamped at or before {@code t}; its age is
 * {@code t} minus its stamp. Nothing stamped after {@code t} is ever returned.
 */
public final class TimedSeries {
    private static final TimedSeries EMPTY = new TimedSeries(new long[0], new double[0]);

    private final long[] times;
    private final double[] values;

    private TimedSeries(long[] times, double[] values) {
        this.times = times;
        this.values = values;
    }

    /**
     * A series of these points (the arrays are copied).
     *
     * @throws IllegalArgumentException when the lengths differ, a time goes backwards or a value is not finite
     */
    public static TimedSeries of(long[] times, double[] values) {
        if (times == null || values == null) {
            throw new IllegalArgumentException("times and values are required");
        }
        if (times.length != values.length) {
            throw new IllegalArgumentException(times.length + " times but " + values.length + " values");
        }
        for (int i = 0; i < times.length; i++) {
            if (i > 0 && times[i] < times[i - 1]) {
                throw new IllegalArgumentException("time " + times[i] + " at index " + i + " is before the previous "
                        + times[i - 1] + ": a timed series must not go backwards");
            }
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("value at " + times[i] + " (index " + i + ") is not finite: "
                        + values[i]);
            }
        }
        return times.length == 0 ? EMPTY : new TimedSeries(times.clone(), values.clone());
    }

    /** The series without points: every as-of lookup misses. Stands for an absent side input. */
    public static TimedSeries empty() {
        return EMPTY;
    }

    /**
     * Funding rates as a point-in-time series: each rate (a fraction per funding interval) stamped at its
     * funding time, so that the rate known at {@code t} is the last one with funding time {@code <= t}.
     */
    public static TimedSeries of(FundingRates rates) {
        int n = rates.size();
        long[] t = new long[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = rates.time(i);
            v[i] = rates.rate(i);
        }
        return n == 0 ? EMPTY : new TimedSeries(t, v);
    }

    /**
     * The closes of a bar series stamped at each bar's close time ({@link BarSeries#closeTime(int)}, open time
     * plus the interval), when they become known: e.g. a spot or index reference price for the premium.
     */
    public static TimedSeries closesAtCloseTime(BarSeries bars) {
        int n = bars.size();
        long[] t = new long[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = bars.closeTime(i);
            v[i] = bars.close(i);
        }
        return n == 0 ? EMPTY : new TimedSeries(t, v);
    }

    public int size() {
        return times.length;
    }

    public boolean isEmpty() {
        return times.length == 0;
    }

    /** Stamp of point {@code i}, epoch ms UTC. */
    public long time(int i) {
        return times[i];
    }

    public double value(int i) {
        return values[i];
    }

    /** A copy of the stamps. */
    public long[] times() {
        return times.clone();
    }

    /** A copy of the values. */
    public double[] values() {
        return values.clone();
    }

    /**
     * Index of the last point stamped at or before {@code t} (the last of equal stamps), or {@code -1} when
     * every point is later. Binary search, O(log n), allocation-free.
     */
    public int indexAsOf(long t) {
        int lo = 0;
        int hi = times.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /**
     * The value as of {@code t} if it is at most {@code maxAgeMs} old ({@code t - stamp <= maxAgeMs}),
     * otherwise {@code NaN} (no point yet, or too stale).
     */
    public double valueAsOf(long t, long maxAgeMs) {
        return valueAt(indexAsOf(t), t, maxAgeMs);
    }

    /** A new forward cursor over this series; one per reader thread. */
    public AsOfCursor cursor() {
        return new AsOfCursor(this);
    }

    double valueAt(int index, long t, long maxAgeMs) {
        return index < 0 || t - times[index] > maxAgeMs ? Double.NaN : values[index];
    }

    long[] timesArray() {
        return times;
    }

    @Override
    public String toString() {
        return isEmpty() ? "TimedSeries[empty]"
                : "TimedSeries[" + times.length + " points, " + times[0] + ".." + times[times.length - 1] + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimedSeries s && Arrays.equals(times, s.times) && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(times) + Arrays.hashCode(values);
    }
}
