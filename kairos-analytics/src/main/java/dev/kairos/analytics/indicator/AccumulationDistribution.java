package dev.kairos.analytics.indicator;

/**
 * Chaikin's accumulation/distribution line: the running total of each bar's money flow volume,
 * {@code ((close - low) - (high - close)) / (high - low) * volume}. In units of volume. Lookback 0.
 *
 * <p>TA-Lib convention (AD): the total starts at 0 before the first bar, so the first value is the first
 * bar's money flow volume, and a bar with {@code high == low} adds nothing. StockCharts computes the same
 * line.
 */
public final class AccumulationDistribution implements BarIndicator {
    private boolean started;
    private double value = Double.NaN;
    private double ad;

    /** An A/D line that has seen no bar yet. */
    public AccumulationDistribution() {
        // no parameters
    }

    /**
     * The A/D line over every prefix: same length as the inputs, a number at every index.
     *
     * @throws IllegalArgumentException when the columns differ in length
     */
    public static double[] batch(double[] high, double[] low, double[] close, double[] volume) {
        int n = Columns.commonLength("high, low, close and volume", high, low, close, volume);
        double[] out = new double[n];
        double ad = 0.0;
        for (int i = 0; i < n; i++) {
            double range = high[i] - low[i];
            if (range > 0.0) {
                ad += (((close[i] - low[i]) - (high[i] - close[i])) / range) * volume[i];
            }
            out[i] = ad;
        }
        return out;
    }

    @Override
    public double update(long timestamp, double open, double high, double low, double close, double volume) {
        ad += Columns.moneyFlowVolume(high, low, close, volume);
        started = true;
        value = ad;
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
        ad = 0.0;
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "AD";
    }
}
