package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Money flow index, a volume-weighted RSI of the typical price, in points from 0 to 100. Lookback
 * {@code period}.
 *
 * <p>TA-Lib convention (MFI): the typical price is {@code (high + low + close) / 3}; from bar 1 on, its
 * money flow {@code typical * volume} counts as positive when the typical price rose from the previous bar,
 * negative when it fell, and not at all when it is unchanged. Each value is {@code 100 * positive /
 * (positive + negative)} over the last {@code period} flows, kept as running sums (the flow leaving the
 * window is subtracted before the new one is added). StockCharts computes the same (its example agrees).
 *
 * <p>Deviation from TA-Lib: TA-Lib returns 0 whenever the total money flow of the window is below 1 (one
 * unit of quote currency), which blanks illiquid or low-priced assets; here the MFI is 0 only when the
 * total is exactly 0 (no flow at all), and a side of the window whose flows are all zero has a sum of
 * exactly 0 rather than a rounding residue.
 */
public final class Mfi implements BarIndicator {
    private final int period;
    private final WindowSum positive;
    private final WindowSum negative;
    /** Bars seen, counted up to {@code period + 1} only. */
    private int seen;
    private double previousTypical;
    private double value = Double.NaN;

    /** @throws IllegalArgumentException when {@code period < 1} */
    public Mfi(int period) {
        this.period = checkPeriod(period);
        this.positive = new WindowSum(period);
        this.negative = new WindowSum(period);
    }

    /**
     * The MFI of every prefix: same length as the inputs, {@code NaN} before index {@code period}.
     *
     * @throws IllegalArgumentException when the columns differ in length or {@code period < 1}
     */
    public static double[] batch(double[] high, double[] low, double[] close, double[] volume, int period) {
        checkPeriod(period);
        int n = Columns.commonLength("high, low, close and volume", high, low, close, volume);
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(n, period), Double.NaN);
        WindowSum positive = new WindowSum(period);
        WindowSum negative = new WindowSum(period);
        for (int i = 1; i < n; i++) {
            double typical = Columns.typicalPrice(high[i], low[i], close[i]);
            double change = typical - Columns.typicalPrice(high[i - 1], low[i - 1], close[i - 1]);
            double flow = typical * volume[i];
            positive.push(change > 0 ? flow : 0.0);
            negative.push(change < 0 ? flow : 0.0);
            if (i >= period) {
                out[i] = mfi(positive.sum(), negative.sum());
            }
        }
        return out;
    }

    @Override
    public double update(long timestamp, double open, double high, double low, double close, double volume) {
        double typical = Columns.typicalPrice(high, low, close);
        if (seen <= period) {
            return warmUp(typical, volume);
        }
        push(typical, volume);
        value = mfi(positive.sum(), negative.sum());
        return value;
    }

    /**
     * The first {@code period + 1} bars: the first gives only the previous typical price, the last the first
     * value. In its own method so that {@link #update} stays small enough for the JIT to inline it where many
     * indicators are updated together.
     */
    private double warmUp(double typical, double volume) {
        if (seen == 0) {
            previousTypical = typical;
            seen = 1;
            return Double.NaN;
        }
        push(typical, volume);
        if (seen++ < period) {
            return Double.NaN;
        }
        value = mfi(positive.sum(), negative.sum());
        return value;
    }

    /** The bar's money flow joins the positive or the negative window, by the typical price's change. */
    private void push(double typical, double volume) {
        double change = typical - previousTypical;
        previousTypical = typical;
        double flow = typical * volume;
        // change > 0 ? flow : 0.0 and change < 0 ? flow : 0.0, without branching on the price's direction
        positive.push(BranchFree.ifPositive(change, flow));
        negative.push(BranchFree.ifNegative(change, flow));
    }

    private static double mfi(double positive, double negative) {
        double total = positive + negative;
        return total != 0.0 ? 100.0 * (positive / total) : 0.0;
    }

    public int period() {
        return period;
    }

    @Override
    public int lookback() {
        return period;
    }

    @Override
    public boolean isReady() {
        return seen > period;
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public void reset() {
        positive.reset();
        negative.reset();
        seen = 0;
        previousTypical = 0.0;
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "MFI(" + period + ")";
    }

    private static int checkPeriod(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("MFI period must be >= 1, got " + period);
        }
        return period;
    }
}
