package dev.kairos.analytics.feature;

/**
 * Reads a {@link TimedSeries} as of a sequence of times, allocation-free. For non-decreasing query times
 * (bars in order) it moves forward with a galloping search, so a run over the whole series costs
 * O(queries × log(points between queries)); a query earlier than the previous one falls back to a binary
 * search. Mutable; one owner thread.
 */
public final class AsOfCursor {
    private final TimedSeries series;
    private final long[] times;
    /** Index of the last point stamped at or before {@link #lastQuery}, or -1. */
    private int position = -1;
    private long lastQuery = Long.MIN_VALUE;

    AsOfCursor(TimedSeries series) {
        this.series = series;
        this.times = series.timesArray();
    }

    /** The series this cursor reads. */
    public TimedSeries series() {
        return series;
    }

    /** Index of the last point stamped at or before {@code t} (the last of equal stamps), or {@code -1}. */
    public int seek(long t) {
        if (t < lastQuery) {
            lastQuery = t;
            position = series.indexAsOf(t);
            return position;
        }
        lastQuery = t;
        int n = times.length;
        int known = position + 1;
        if (known >= n || times[known] > t) {
            return position;
        }
        // gallop: times[known] <= t; double the step until a stamp after t (or the end) bounds the answer
        int step = 1;
        int bound = known + step;
        while (bound < n && times[bound] <= t) {
            known = bound;
            step <<= 1;
            bound = known + step;
        }
        int lo = known;
        int hi = Math.min(bound, n) - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (times[mid] <= t) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        position = lo;
        return position;
    }

    /**
     * The value as of {@code t} if it is at most {@code maxAgeMs} old, otherwise {@code NaN}; moves the
     * cursor to {@code t}.
     */
    public double valueAsOf(long t, long maxAgeMs) {
        return series.valueAt(seek(t), t, maxAgeMs);
    }

    /** Age at {@code t} of the value as of {@code t}, in ms; {@link Long#MAX_VALUE} when there is none yet. */
    public long ageAt(long t) {
        int i = seek(t);
        return i < 0 ? Long.MAX_VALUE : t - times[i];
    }

    /** Back to the start, as if new. */
    public void reset() {
        position = -1;
        lastQuery = Long.MIN_VALUE;
    }
}
