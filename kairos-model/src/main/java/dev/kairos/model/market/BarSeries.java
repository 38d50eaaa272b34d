package dev.kairos.model.market;

import dev.kairos.model.InstrumentId;
import java.util.Arrays;

/**
 * Bars of one instrument in columnar primitive arrays (48 bytes per bar: one long and five doubles),
 * strictly increasing in time. Immutable once built; build with {@link Builder}.
 */
public final class BarSeries {
    private final InstrumentId instrument;
    private final long intervalMs;
    private final long[] timestamp;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;
    private final int size;

    private BarSeries(InstrumentId instrument, long intervalMs, long[] timestamp, double[] open, double[] high,
                      double[] low, double[] close, double[] volume, int size) {
        this.instrument = instrument;
        this.intervalMs = intervalMs;
        this.timestamp = timestamp;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
        this.size = size;
    }

    public InstrumentId instrument() {
        return instrument;
    }

    /** The bar interval: the most common spacing between consecutive bars (gaps do not change it). */
    public long intervalMs() {
        return intervalMs;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public long timestamp(int i) {
        return timestamp[i];
    }

    /** Close time of bar {@code i}: open time plus the interval; when decisions on bar i are made. */
    public long closeTime(int i) {
        return timestamp[i] + intervalMs;
    }

    public double open(int i) {
        return open[i];
    }

    public double high(int i) {
        return high[i];
    }

    public double low(int i) {
        return low[i];
    }

    public double close(int i) {
        return close[i];
    }

    public double volume(int i) {
        return volume[i];
    }

    public Bar bar(int i) {
        return new Bar(timestamp[i], open[i], high[i], low[i], close[i], volume[i]);
    }

    /** Index of the first bar with timestamp &gt;= {@code t}, or {@code size()} when none. */
    public int firstAtOrAfter(long t) {
        int i = Arrays.binarySearch(timestamp, 0, size, t);
        return i >= 0 ? i : -i - 1;
    }

    /** The bars with {@code fromInclusive <= timestamp < toExclusive}, as a new series. */
    public BarSeries slice(long fromInclusive, long toExclusive) {
        int a = firstAtOrAfter(fromInclusive);
        int b = firstAtOrAfter(toExclusive);
        Builder out = new Builder(instrument, Math.max(0, b - a));
        for (int i = a; i < b; i++) {
            out.add(timestamp[i], open[i], high[i], low[i], close[i], volume[i]);
        }
        return out.build(intervalMs);
    }

    /** Copies of the columns (for batch indicators and reports). */
    public double[] closes() {
        return Arrays.copyOf(close, size);
    }

    public double[] highs() {
        return Arrays.copyOf(high, size);
    }

    public double[] lows() {
        return Arrays.copyOf(low, size);
    }

    public double[] opens() {
        return Arrays.copyOf(open, size);
    }

    public double[] volumes() {
        return Arrays.copyOf(volume, size);
    }

    public long[] timestamps() {
        return Arrays.copyOf(timestamp, size);
    }

    /** The most common positive spacing between consecutive timestamps; 60 000 ms when fewer than two bars. */
    static long inferInterval(long[] ts, int n) {
        if (n < 2) {
            return 60_000L;
        }
        int sample = Math.min(n - 1, 10_000);
        long[] d = new long[sample];
        for (int i = 0; i < sample; i++) {
            d[i] = ts[i + 1] - ts[i];
        }
        Arrays.sort(d);
        long best = d[0];
        int bestRun = 0;
        int run = 0;
        for (int i = 0; i < sample; i++) {
            run = (i > 0 && d[i] == d[i - 1]) ? run + 1 : 1;
            if (run > bestRun) {
                bestRun = run;
                best = d[i];
            }
        }
        return best > 0 ? best : 60_000L;
    }

    /** Appends bars in strictly increasing time; trims its arrays on {@link #build}. */
    public static final class Builder {
        private final InstrumentId instrument;
        private long[] timestamp;
        private double[] open;
        private double[] high;
        private double[] low;
        private double[] close;
        private double[] volume;
        private int size;

        public Builder(InstrumentId instrument, int expectedSize) {
            if (instrument == null) {
                throw new IllegalArgumentException("instrument is required");
            }
            this.instrument = instrument;
            int cap = Math.max(16, expectedSize);
            timestamp = new long[cap];
            open = new double[cap];
            high = new double[cap];
            low = new double[cap];
            close = new double[cap];
            volume = new double[cap];
        }

        public int size() {
            return size;
        }

        /** Timestamp of the last bar added; {@link Long#MIN_VALUE} when empty. */
        public long lastTimestamp() {
            return size == 0 ? Long.MIN_VALUE : timestamp[size - 1];
        }

        /**
         * Adds a bar. Throws when the bar is invalid or not strictly after the previous one: readers
         * check and count bad rows before calling this.
         */
        public Builder add(long ts, double o, double h, double l, double c, double v) {
            if (ts <= lastTimestamp()) {
                throw new IllegalArgumentException(instrument + ": bar at " + ts
                        + " is not after the previous bar at " + lastTimestamp());
            }
            String problem = BarCheck.problem(o, h, l, c, v);
            if (problem != null) {
                throw new IllegalArgumentException(instrument + ": bar at " + ts + ": " + problem);
            }
            if (size == timestamp.length) {
                int cap = size + (size >> 1) + 16;
                timestamp = Arrays.copyOf(timestamp, cap);
                open = Arrays.copyOf(open, cap);
                high = Arrays.copyOf(high, cap);
                low = Arrays.copyOf(low, cap);
                close = Arrays.copyOf(close, cap);
                volume = Arrays.copyOf(volume, cap);
            }
            timestamp[size] = ts;
            open[size] = o;
            high[size] = h;
            low[size] = l;
            close[size] = c;
            volume[size] = v;
            size++;
            return this;
        }

        public Builder add(Bar bar) {
            return add(bar.timestamp(), bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
        }

        /** Builds with the interval inferred from the data. */
        public BarSeries build() {
            return build(inferInterval(timestamp, size));
        }

        public BarSeries build(long intervalMs) {
            if (intervalMs <= 0) {
                throw new IllegalArgumentException("bar interval must be positive: " + intervalMs);
            }
            boolean exact = size == timestamp.length;
            return new BarSeries(instrument, intervalMs,
                    exact ? timestamp : Arrays.copyOf(timestamp, size),
                    exact ? open : Arrays.copyOf(open, size),
                    exact ? high : Arrays.copyOf(high, size),
                    exact ? low : Arrays.copyOf(low, size),
                    exact ? close : Arrays.copyOf(close, size),
                    exact ? volume : Arrays.copyOf(volume, size), size);
        }
    }
}
