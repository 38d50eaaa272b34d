package dev.kairos.analytics.indicator;

/**
 * Volume-weighted average price since the start of the bar's UTC day, in price units: {@code sum(typical *
 * volume) / sum(volume)} over the day's bars so far, with the typical price {@code (high + low + close) /
 * 3}. Lookback 0.
 *
 * <p>A bar whose open time falls on a different UTC day than the previous bar's starts a new session (the
 * sums restart from that bar), so the first session of a series that starts mid-day is partial. Crypto
 * trades around the clock; the UTC midnight reset is the common convention of exchanges' charts. TA-Lib
 * has no VWAP. A session without volume so far gives the plain mean of its typical prices. The sums only
 * grow within a session, so there is no running-sum residue.
 */
public final class SessionVwap implements BarIndicator {
    private static final long DAY_MS = 86_400_000L;

    private boolean started;
    private long day;
    private double priceVolume;
    private double volume;
    private double typical;
    private int bars;
    private double value = Double.NaN;

    /** A session VWAP that has seen no bar yet. */
    public SessionVwap() {
        // no parameters
    }

    /**
     * The session VWAP at every bar: same length as the inputs, a number at every index.
     *
     * @param timestamp bar open times, epoch ms UTC
     * @throws IllegalArgumentException when the columns differ in length
     */
    public static double[] batch(long[] timestamp, double[] high, double[] low, double[] close, double[] volume) {
        int n = Columns.commonLength("high, low, close and volume", high, low, close, volume);
        if (timestamp.length != n) {
            throw new IllegalArgumentException("timestamp and the price columns must have the same length, got "
                    + timestamp.length + " and " + n);
        }
        double[] out = new double[n];
        double pv = 0.0;
        double v = 0.0;
        double tp = 0.0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || Math.floorDiv(timestamp[i], DAY_MS) != Math.floorDiv(timestamp[i - 1], DAY_MS)) {
                pv = 0.0;
                v = 0.0;
                tp = 0.0;
                count = 0;
            }
            double t = Columns.typicalPrice(high[i], low[i], close[i]);
            pv += t * volume[i];
            v += volume[i];
            tp += t;
            count++;
            out[i] = RollingVwap.vwap(pv, v, tp, count);
        }
        return out;
    }

    @Override
    public double update(long timestamp, double open, double high, double low, double close, double volume) {
        long d = Math.floorDiv(timestamp, DAY_MS);
        if (!started || d != day) {
            startSession(d);
        }
        double t = Columns.typicalPrice(high, low, close);
        priceVolume += t * volume;
        this.volume += volume;
        typical += t;
        bars++;
        value = RollingVwap.vwap(priceVolume, this.volume, typical, bars);
        return value;
    }

    /** A new UTC day {@code d} (days since the epoch): the sums start again. Once a day, so out of line. */
    private void startSession(long d) {
        started = true;
        day = d;
        priceVolume = 0.0;
        this.volume = 0.0;
        typical = 0.0;
        bars = 0;
    }

    /** Bars in the current session so far, including the latest; 0 before the first update. */
    public int sessionBars() {
        return bars;
    }

    @Override
    public int lookback() {
        return 0;
    }

    @Override
    public boolean isReady() {
        return started;
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public void reset() {
        started = false;
        day = 0;
        priceVolume = 0.0;
        volume = 0.0;
        typical = 0.0;
        bars = 0;
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "SESSION_VWAP";
    }
}
