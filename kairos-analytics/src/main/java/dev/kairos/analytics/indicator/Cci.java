package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Commodity channel index (Lambert): how far the typical price {@code (high + low + close) / 3} is from its
 * mean over the last {@code period} bars, in units of 0.015 mean absolute deviations. Unbounded, mostly
 * within ±100..±300. Lookback {@code period - 1}.
 *
 * <p>TA-Lib CCI: {@code (tp - mean) / (0.015 * (sum|tp_i - mean| / period))}, and 0 when the numerator or
 * the deviation is 0. The typical prices of the window sit in a ring buffer and the mean is summed over it
 * in ring order, as TA-Lib does, so an update costs O({@code period}) (the deviation is about the current
 * mean, which has no O(1) update) and allocates nothing. The incremental form keeps the running sums of the
 * ring's leading slots, which a write to a later slot leaves unchanged, so it adds only the slots from the
 * one just written on: the same additions in the same order as summing the whole ring. Where TA-Lib divides
 * by constants this class multiplies by reciprocals computed once ({@code tp = (high + low + close) * (1 / 3)},
 * {@code mean = sum * (1 / period)}, and the value is {@code (tp - mean) / (sum|tp_i - mean| * (0.015 /
 * period))}: one division per bar instead of four), and it adds the absolute deviations in four interleaved
 * partial sums (a quarter of the latency of one chain of additions); the values differ from TA-Lib's by
 * roundings. StockCharts' worked example agrees to its rounding.
 *
 * <p>Deviation from TA-Lib: a flat window (all {@code period} typical prices equal) gives exactly 0. TA-Lib's
 * mean of equal values can be off by an ulp, and it then divides that residue by a residual deviation,
 * which gives numbers like -66.7 for a window with no movement at all.
 */
public final class Cci implements HlcIndicator {
    private final int period;
    /** {@code 1.0 / period} and {@code 0.015 / period}. */
    private final double reciprocal;
    private final double deviationScale;
    private final double[] window;
    /** {@code prefix[j]}: the sum of slots {@code 0 .. j-1} of the ring, added in slot order from 0.0. */
    private final double[] prefix;
    /** {@code prefix[0 .. prefixValid]} are up to date. */
    private int prefixValid;
    /** Ring buffer slot of the next write. */
    private int next;
    /** Bars still to come before the first value, that one included: {@code period}, then 0 once ready. */
    private int warmUpLeft;
    /** Consecutive equal typical prices ending with the latest, counted up to {@code period} only. */
    private int flatRun;
    private double previousTp;
    private double value = Double.NaN;

    /** @throws IllegalArgumentException when {@code period < 2} */
    public Cci(int period) {
        this.period = checkPeriod(period);
        this.reciprocal = 1.0 / period;
        this.deviationScale = 0.015 / period;
        this.window = new double[period];
        this.prefix = new double[period + 1];
        this.warmUpLeft = period;
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
                out[i] = flatRun >= period ? 0.0 : cci(ring, sum(ring), tp, 1.0 / period, 0.015 / period);
            }
        }
        return out;
    }

    @Override
    public double update(double high, double low, double close) {
        if (warmUpLeft != 0) {
            return warmUp(high, low, close);
        }
        double tp = typicalPrice(high, low, close);
        int run = tp == previousTp ? Math.min(flatRun + 1, period) : 1;
        flatRun = run;
        previousTp = tp;
        int slot = next;
        window[slot] = tp;
        next = slot + 1 == period ? 0 : slot + 1;
        prefixValid = Math.min(prefixValid, slot);
        return value = run >= period ? 0.0 : cci(tp);
    }

    /**
     * The first {@code period} bars, the last of which gives the first value. Kept out of {@link #update} so
     * that the per-bar method stays small enough for the JIT to inline.
     */
    private double warmUp(double high, double low, double close) {
        double tp = typicalPrice(high, low, close);
        flatRun = warmUpLeft < period && tp == previousTp ? Math.min(flatRun + 1, period) : 1;
        previousTp = tp;
        int slot = next;
        window[slot] = tp;
        next = slot + 1 == period ? 0 : slot + 1;
        if (slot < prefixValid) {
            prefixValid = slot;
        }
        if (--warmUpLeft != 0) {
            return Double.NaN;
        }
        value = flatRun >= period ? 0.0 : cci(tp);
        return value;
    }

    /** The CCI of the window, the sum of its ring brought up to date from the prefix sums. */
    private double cci(double last) {
        double[] ring = window;
        double[] sums = prefix;
        int n = period;
        int j = prefixValid;
        double sum = sums[j];
        for (; j < n; j++) {
            sum += ring[j];
            sums[j + 1] = sum;
        }
        prefixValid = n;
        return cci(ring, sum, last, reciprocal, deviationScale);
    }

    /** {@code (high + low + close) / 3} as {@code (high + low + close) * (1 / 3)}. */
    private static double typicalPrice(double high, double low, double close) {
        return (high + low + close) * Columns.ONE_THIRD;
    }

    /** The ring's slots added in slot order from 0.0, as TA-Lib sums its circular buffer. */
    private static double sum(double[] ring) {
        double sum = 0.0;
        for (double tp : ring) {
            sum += tp;
        }
        return sum;
    }

    /**
     * The CCI of the latest typical price {@code last} over the full ring of typical prices, given the ring's
     * {@link #sum}, {@code 1 / period} and {@code 0.015 / period}.
     */
    private static double cci(double[] ring, double sum, double last, double reciprocal, double deviationScale) {
        double mean = sum * reciprocal;
        int n = ring.length;
        double d0 = 0.0;
        double d1 = 0.0;
        double d2 = 0.0;
        double d3 = 0.0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            d0 += Math.abs(ring[i] - mean);
            d1 += Math.abs(ring[i + 1] - mean);
            d2 += Math.abs(ring[i + 2] - mean);
            d3 += Math.abs(ring[i + 3] - mean);
        }
        for (; i < n; i++) {
            d0 += Math.abs(ring[i] - mean);
        }
        double deviation = (d0 + d1) + (d2 + d3);
        double distance = last - mean;
        return distance != 0.0 && deviation != 0.0 ? distance / (deviation * deviationScale) : 0.0;
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
        return warmUpLeft == 0;
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
        warmUpLeft = period;
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
