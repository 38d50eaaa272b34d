package dev.kairos.analytics.indicator;

/**
 * On-balance volume: a running total that adds the bar's volume when the close rises and subtracts it when
 * the close falls. In units of volume (base currency). Lookback 0.
 *
 * <p>TA-Lib convention (OBV): the first value is the first bar's volume, and a close equal to the previous
 * one leaves the total unchanged. StockCharts starts the total at 0 instead (its example has no volume on
 * the first row), so its OBV is TA-Lib's minus the first bar's volume.
 */
public final class Obv implements BarIndicator {
    private boolean started;
    private double previousClose;
    private double value = Double.NaN;

    /** An OBV that has seen no bar yet. */
    public Obv() {
        // no parameters
    }

    /**
     * The OBV of every prefix: same length as the inputs, a number at every index.
     *
     * @throws IllegalArgumentException when the columns differ in length
     */
    public static double[] batch(double[] close, double[] volume) {
        int n = Columns.commonLength("close and volume", close, volume);
        double[] out = new double[n];
        if (n == 0) {
            return out;
        }
        double obv = volume[0];
        double previous = close[0];
        for (int i = 0; i < n; i++) {
            double c = close[i];
            if (c > previous) {
                obv += volume[i];
            } else if (c < previous) {
                obv -= volume[i];
            }
            out[i] = obv;
            previous = c;
        }
        return out;
    }

    @Override
    public double update(long timestamp, double open, double high, double low, double close, double volume) {
        if (!started) {
            started = true;
            value = volume;
        } else if (close > previousClose) {
            value += volume;
        } else if (close < previousClose) {
            value -= volume;
        }
        previousClose = close;
        return value;
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
        previousClose = 0.0;
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "OBV";
    }
}
