package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Commodity channel index (Lambert): how far the typical price {@code (high + low + close) / 3} is from its
 * mean over the last {@code period} bars, in units of 0.015 mean absolute deviations. Unbounded, mostly
 * within ±100..±300. Lookback {@code period - 1}.
 *
 * <p>TA-Lib CCI: {@code (tp - mean) / (0.015 * (sum|tp_i - mean| / period))}, and 0 when the numerator or
 * the deviation is 0. The typical prices of the window sit in a ring buffer and the mean and the deviation
 * are summed over it in ring order, as TA-Lib does, so an update costs O({@code period}) (the deviation is
 * about the current mean, which has no O(1) update) and allocates nothing. The incremental form keeps the
 * running sums of the ring's leading slots, which a write to a later slot leaves unchanged, so it adds only
 * the slots from the one just written on: the same additions in the same order as summing the whole ring.
 * StockCharts' worked example agrees to its rounding.
 *
 * <p>Deviation from TA-Lib: a flat window (all {@code period} typical prices equal) gives exactly 0. TA-Lib's
 * mean of equal values can be off by an ulp, and it then divides that residue by a residual deviation,
 * which gives numbers like -66.7 for a window with no movement at all.
 */
public final class Cci implements HlcIndicator {
    private final int period;
    private final double[] window;
    /** {@code prefix[j]}: the sum of slots {@code 0 .. j-1} of the ring, added in slot order from 0.0. */
    private final double[] prefix;
    /** {@code prefix[0 .. prefixValid]} are up to date. */
    private int prefixValid;
    /** Ring buffer slot of the next write. */
    private int next;
    /** Bars seen, counted up to {@code period} only. */
    private int filled;
    /** Consecutive equal typical prices ending with the latest, counted up to {@code period} only. */
    private int flatRun;
    private double previousTp;
    private double value = Double.NaN;

    /** @throws IllegalArgumentException when {@code period < 2} */
    public Cci(int period) {
        this.period = checkPeriod(period);
        this.window = new double[period];
        this.prefix = new double[period + 1];
    }

    /**
     * The CCI of every bar: same length as the inputs, {@code NaN} before index {@code period - 1}.
     *
     * @throws IllegalArgumentException when the columns differ in length or {@code period < 2}
     */
    public static double[] batch(double[] high, double[] low, double[] close, int period) {
        checkPeriod(period);
        int n = TrueRange.checkLengths(high, low, close);
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(n, period - 1), Double.NaN);
        double[] ring = new double[period];
        int slot = 0;
        int flatRun = 0;
        double previousTp = 0.0;
        for (int i = 0; i < n; i++) {
            double tp = typicalPrice(high[i], low[i], close[i]);
            flatRun = i > 0 && tp == previousTp ? Math.min(flatRun + 1, period) : 1;
            previousTp = tp;
            ring[slot] = tp;
            if (++slot == period) {
                slot = 0;
            }
            if (i >= period - 1) {
                out[i] = flatRun >= period ? 0.0 : cci(ring, tp);
            }
        }
        return out;
    }

    @Override
    public double update(double high, double low, double close) {
        double tp = typicalPrice(high, low, close);
        flatRun = filled > 0 && tp == previousTp ? Math.min(flatRun + 1, period) : 1;
        previousTp = tp;
        int slot = next;
        window[slot] = tp;
        next = slot + 1 == period ? 0 : slot + 1;
        if (slot < prefixValid) {
            prefixValid = slot;
        }
        if (filled < period && ++filled < period) {
            return Double.NaN;
        }
        value = flatRun >= period ? 0.0 : cci(tp);
        return value;
    }

    /** {@link #cci(double[], double)} of the window, its mean's sum brought up to date from the prefix sums. */
    private double cci(double last) {
        double[] ring = window;
        double[] sums = prefix;
        int n = period;
        int j = prefixValid;
        double mean = sums[j];
        for (; j < n; j++) {
            mean += ring[j];
            sums[j + 1] = mean;
        }
        prefixValid = n;
        mean /= n;
        double deviation = 0.0;
        for (int i = 0; i < n; i++) {
            deviation += Math.abs(ring[i] - mean);
        }
        double distance = last - mean;
        return distance != 0.0 && deviation != 0.0 ? distance / (0.015 * (deviation / n)) : 0.0;
    }

    private static double typicalPrice(double high, double low, double close) {
        return (high + low + close) / 3;
    }

    /** TA-Lib's CCI of the latest typical price {@code last} over the full ring of typical prices. */
    private static double cci(double[] ring, double last) {
        int period = ring.length;
        double mean = 0.0;
        for (double tp : ring) {
            mean += tp;
        }
        mean /= period;
        double deviation = 0.0;
        for (double tp : ring) {
            deviation += Math.abs(tp - mean);
        }
        double distance = last - mean;
        return distance != 0.0 && deviation != 0.0 ? distance / (0.015 * (deviation / period)) : 0.0;
    }

    /** Number of bars the mean and deviation are taken over. */
    public int period() {
        return period;
    }

    @Override
    public int lookback() {
        return period - 1;
    }

    @Override
    public boolean isReady() {
        return filled == period;
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public void reset() {
        Arrays.fill(window, 0.0);
        Arrays.fill(prefix, 0.0);
        prefixValid = 0;
        next = 0;
        filled = 0;
        flatRun = 0;
        previousTp = 0.0;
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "CCI(" + period + ")";
    }

    private static int checkPeriod(int period) {
        if (period < 2) {
            throw new IllegalArgumentException("CCI period must be >= 2, got " + period);
        }
        return period;
    }
}
