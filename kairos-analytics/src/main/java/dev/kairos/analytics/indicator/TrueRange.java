package dev.kairos.analytics.indicator;

/**
 * Wilder's true range: {@code max(high - low, |high - previousClose|, |low - previousClose|)}, the bar's
 * range widened to include any gap from the previous close. Lookback 1: as in TA-Lib, bar 0 has no true
 * range because it has no previous close.
 */
public final class TrueRange implements HlcIndicator {
    /** Bars seen, counted up to 2 only. */
    private int seen;
    private double previousClose;
    private double value = Double.NaN;

    /** A true range that has seen no bar yet. */
    public TrueRange() {
        // no parameters
    }

    /** The true range of one bar given the previous bar's close. */
    public static double of(double high, double low, double previousClose) {
        return Math.max(high - low, Math.max(Math.abs(high - previousClose), Math.abs(low - previousClose)));
    }

    /** The true range of every bar: same length as the inputs, {@code NaN} at index 0. */
    public static double[] batch(double[] high, double[] low, double[] close) {
        int n = checkLengths(high, low, close);
        double[] out = new double[n];
        if (n > 0) {
            out[0] = Double.NaN;
        }
        for (int i = 1; i < n; i++) {
            out[i] = of(high[i], low[i], close[i - 1]);
        }
        return out;
    }

    @Override
    public double update(double high, double low, double close) {
        if (seen > 0) {
            value = of(high, low, previousClose);
            seen = 2;
        } else {
            seen = 1;
        }
        previousClose = close;
        return value;
    }

    @Override
    public int lookback() {
        return 1;
    }

    @Override
    public boolean isReady() {
        return seen == 2;
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public void reset() {
        seen = 0;
        previousClose = 0.0;
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "TRANGE";
    }

    /** The common length of the three columns. */
    static int checkLengths(double[] high, double[] low, double[] close) {
        if (high.length != low.length || low.length != close.length) {
            throw new IllegalArgumentException("high, low and close must have the same length, got "
                    + high.length + ", " + low.length + " and " + close.length);
        }
        return close.length;
    }
}
