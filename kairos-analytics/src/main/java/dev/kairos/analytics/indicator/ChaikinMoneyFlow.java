package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Chaikin money flow: the sum of the money flow volume of the last {@code period} bars divided by the sum
 * of their volume, a fraction from −1 to 1. Lookback {@code period - 1}.
 *
 * <p>TA-Lib has no CMF; this is Chaikin's and StockCharts' definition, with the money flow volume of
 * TA-Lib's {@link AccumulationDistribution A/D line}: {@code ((close - low) - (high - close)) / (high - low)
 * * volume}, 0 for a bar without range. The sums are running sums (add the new bar, subtract the one that
 * leaves). A window without volume has a CMF of 0.
 */
public final class ChaikinMoneyFlow implements BarIndicator {
    private final int period;
    private final WindowSum flowVolume;
    private final WindowSum volume;
    private double value = Double.NaN;

    /** @throws IllegalArgumentException when {@code period < 1} */
    public ChaikinMoneyFlow(int period) {
        this.period = checkPeriod(period);
        this.flowVolume = new WindowSum(period);
        this.volume = new WindowSum(period);
    }

    /**
     * The CMF over every window: same length as the inputs, {@code NaN} before index {@code period - 1}.
     *
     * @throws IllegalArgumentException when the columns differ in length or {@code period < 1}
     */
    public static double[] batch(double[] high, double[] low, double[] close, double[] volume, int period) {
        checkPeriod(period);
        int n = Columns.commonLength("high, low, close and volume", high, low, close, volume);
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(n, period - 1), Double.NaN);
        WindowSum flowSum = new WindowSum(period);
        WindowSum volumeSum = new WindowSum(period);
        for (int i = 0; i < n; i++) {
            flowSum.push(Columns.moneyFlowVolume(high[i], low[i], close[i], volume[i]));
            volumeSum.push(volume[i]);
            if (i >= period - 1) {
                out[i] = cmf(flowSum.sum(), volumeSum.sum());
            }
        }
        return out;
    }

    @Override
    public double update(long timestamp, double open, double high, double low, double close, double volume) {
        flowVolume.push(Columns.moneyFlowVolume(high, low, close, volume));
        this.volume.push(volume);
        if (!this.volume.full()) {
            return Double.NaN;
        }
        value = cmf(flowVolume.sum(), this.volume.sum());
        return value;
    }

    private static double cmf(double flowVolume, double volume) {
        return volume != 0.0 ? flowVolume / volume : 0.0;
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
        return volume.full();
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public void reset() {
        flowVolume.reset();
        volume.reset();
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "CMF(" + period + ")";
    }

    private static int checkPeriod(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("CMF period must be >= 1, got " + period);
        }
        return period;
    }
}
