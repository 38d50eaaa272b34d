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
        out[0] = obv;
        for (int i = 1; i < n; i++) {
            obv += signedVolume(close[i] - close[i - 1], volume[i]);
            out[i] = obv;
        }
        return out;
    }

    @Override
    public double update(long timestamp, double open, double high, double low, double close, double volume) {
        if (started) {
            value += signedVolume(close - previousClose, volume);
        } else {
            started = true;
            value = volume;
        }
        previousClose = close;
        return value;
    }

    /**
     * {@code volume} for a rise, {@code -volume} for a fall, 0 for no change, chosen without a branch (the
     * direction of the next close is as unpredictable as it gets). Adding it is TA-Lib's {@code obv += volume}
     * or {@code obv -= volume}, bit for bit, except that a total of exactly {@code -0.0} may turn into
     * {@code 0.0}.
     */
    private static double signedVolume(double change, double volume) {
        return BranchFree.ifPositive(change, volume) - BranchFree.ifNegative(change, volume);
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
