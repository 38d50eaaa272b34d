package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Volume-weighted average price of the last {@code period} bars, in price units: {@code sum(typical *
 * volume) / sum(volume)} with the typical price {@code (high + low + close) / 3}. Lookback
 * {@code period - 1}.
 *
 * <p>TA-Lib has no VWAP. This is the rolling form of the Python {@code ta} library's VWAP, whose StockCharts
 * example ({@code cs-vwap}, window 14) agrees from its 14th row on; before that {@code ta} averages over
 * the rows so far, where this class is warming up ({@code NaN}). The sums are running sums. A window
 * without volume, in which every bar would weigh the same, gives the plain mean of its typical prices.
 * See {@link SessionVwap} for the VWAP of the UTC day.
 */
public final class RollingVwap implements BarIndicator {
    private final int period;
    private final WindowSum priceVolume;
    private final WindowSum volume;
    private final WindowSum typical;
    private double value = Double.NaN;

    /** @throws IllegalArgumentException when {@code period < 1} */
    public RollingVwap(int period) {
        this.period = checkPeriod(period);
        this.priceVolume = new WindowSum(period);
        this.volume = new WindowSum(period);
        this.typical = new WindowSum(period);
    }

    /**
     * The VWAP of every window: same length as the inputs, {@code NaN} before index {@code period - 1}.
     *
     * @throws IllegalArgumentException when the columns differ in length or {@code period < 1}
     */
    public static double[] batch(double[] high, double[] low, double[] close, double[] volume, int period) {
        checkPeriod(period);
        int n = Columns.commonLength("high, low, close and volume", high, low, close, volume);
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(n, period - 1), Double.NaN);
        WindowSum pv = new WindowSum(period);
        WindowSum v = new WindowSum(period);
        WindowSum tp = new WindowSum(period);
        for (int i = 0; i < n; i++) {
            double t = Columns.typicalPrice(high[i], low[i], close[i]);
            pv.push(t * volume[i]);
            v.push(volume[i]);
            tp.push(t);
            if (i >= period - 1) {
                out[i] = vwap(pv.sum(), v.sum(), tp.sum(), period);
            }
        }
        return out;
    }

    @Override
    public double update(long timestamp, double open, double high, double low, double close, double volume) {
        double t = Columns.typicalPrice(high, low, close);
        priceVolume.push(t * volume);
        this.volume.push(volume);
        typical.push(t);
        if (!typical.full()) {
            return Double.NaN;
        }
        value = vwap(priceVolume.sum(), this.volume.sum(), typical.sum(), period);
        return value;
    }

    /** {@code priceVolume / volume}, or the mean typical price when there is no volume. */
    static double vwap(double priceVolume, double volume, double typical, int bars) {
        return volume != 0.0 ? priceVolume / volume : typical / bars;
    }

    public int period() {
        return period;
    }

    @Override
    public int lookback() {
        return period - 1;
    }

    @Override
    public boolean isReady() {
        return typical.full();
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public void reset() {
        priceVolume.reset();
        volume.reset();
        typical.reset();
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "VWAP(" + period + ")";
    }

    private static int checkPeriod(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("VWAP period must be >= 1, got " + period);
        }
        return period;
    }
}
