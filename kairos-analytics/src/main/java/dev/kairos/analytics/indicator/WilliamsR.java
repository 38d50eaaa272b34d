package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Williams %R: where the close sits in the high-low range of the last {@code period} bars, from 0 (at the
 * highest high) to -100 (at the lowest low). Lookback {@code period - 1}.
 *
 * <p>TA-Lib WILLR: {@code (highest - close) / (highest - lowest) * -100}, and 0 when the range is empty
 * (TA-Lib divides by {@code (highest - lowest) / -100}: two divisions where one does, and the values differ
 * by a rounding). Both forms take the highest high and lowest low with {@link WindowExtreme}'s
 * algorithm (the incremental form through {@link WindowRange}, which keeps both in one structure).
 * StockCharts' worked example agrees to its rounding.
 */
public final class WilliamsR implements HlcIndicator {
    private final int period;
    private final WindowRange range;
    private double value = Double.NaN;

    /** @throws IllegalArgumentException when {@code period < 1} */
    public WilliamsR(int period) {
        this.period = checkPeriod(period);
        this.range = new WindowRange(period);
    }

    /**
     * Williams %R of every bar: same length as the inputs, {@code NaN} before index {@code period - 1}.
     *
     * @throws IllegalArgumentException when the columns differ in length or {@code period < 1}
     */
    public static double[] batch(double[] high, double[] low, double[] close, int period) {
        checkPeriod(period);
        int n = TrueRange.checkLengths(high, low, close);
        double[] highest = WindowExtreme.highest(high, period);
        double[] lowest = WindowExtreme.lowest(low, period);
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(n, period - 1), Double.NaN);
        for (int i = period - 1; i < n; i++) {
            out[i] = of(highest[i], lowest[i], close[i]);
        }
        return out;
    }

    private static double of(double highest, double lowest, double close) {
        double range = highest - lowest;
        return range != 0.0 ? ((highest - close) / range) * -100.0 : 0.0;
    }

    @Override
    public double update(double high, double low, double close) {
        range.add(high, low);
        if (!range.isFull()) {
            return Double.NaN;
        }
        value = of(range.highest(), range.lowest(), close);
        return value;
    }

    /** Number of bars whose range is used. */
    public int period() {
        return period;
    }

    @Override
    public int lookback() {
        return period - 1;
    }

    @Override
    public boolean isReady() {
        return range.isFull();
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public void reset() {
        range.reset();
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "WILLR(" + period + ")";
    }

    private static int checkPeriod(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("WILLR period must be >= 1, got " + period);
        }
        return period;
    }
}
