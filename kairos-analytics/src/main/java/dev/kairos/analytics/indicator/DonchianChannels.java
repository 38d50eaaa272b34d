package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Donchian Channels: the highest high and the lowest low of the last {@code period} bars, and their
 * midpoint. The current bar is inside its window. Lookback {@code period - 1}. The close is not used.
 *
 * <p>Outputs, in order: 0 {@link #upper()}, 1 {@link #middle()}, 2 {@link #lower()}; {@code middle =
 * (upper + lower) / 2}. The bands are TA-Lib's MAX of the highs and MIN of the lows over {@code period};
 * TA-Lib has no Donchian indicator as such. This is also StockCharts' convention (the Python {@code ta}
 * library's {@code cs-dc}; its {@code cs-dc2} variant shifts the channel by one bar to exclude the current
 * one, which this class does not do).
 *
 * <p>The incremental form keeps two monotonic deques in arrays allocated in the constructor, so an update
 * costs amortised O(1): each bar enters and leaves each deque once.
 */
public final class DonchianChannels implements HlcIndicator {
    private final int period;
    /** Candidates for the highest high: values decreasing from head to tail, with their bar numbers. */
    private final double[] maxValue;
    private final long[] maxBar;
    private int maxHead;
    private int maxSize;
    /** Candidates for the lowest low: values increasing from head to tail. */
    private final double[] minValue;
    private final long[] minBar;
    private int minHead;
    private int minSize;
    /** Bars seen. */
    private long bars;
    private double upper = Double.NaN;
    private double middle = Double.NaN;
    private double lower = Double.NaN;

    /** The three outputs over a whole series, {@code NaN} during warm-up. The arrays belong to the caller. */
    public record Batch(double[] upper, double[] middle, double[] lower) {
    }

    /** @throws IllegalArgumentException when {@code period < 1} */
    public DonchianChannels(int period) {
        this.period = checkPeriod(period);
        this.maxValue = new double[period];
        this.maxBar = new long[period];
        this.minValue = new double[period];
        this.minBar = new long[period];
    }

    /**
     * The three outputs over every window of the bars.
     *
     * @throws IllegalArgumentException when the columns differ in length or {@code period < 1}
     */
    public static Batch batch(double[] high, double[] low, double[] close, int period) {
        checkPeriod(period);
        int n = TrueRange.checkLengths(high, low, close);
        double[] upper = new double[n];
        double[] middle = new double[n];
        double[] lower = new double[n];
        int warm = Math.min(n, period - 1);
        Arrays.fill(upper, 0, warm, Double.NaN);
        Arrays.fill(middle, 0, warm, Double.NaN);
        Arrays.fill(lower, 0, warm, Double.NaN);
        // TA-Lib's MAX and MIN: remember where the extreme is, rescan the window only when it leaves
        int highestIdx = -1;
        int lowestIdx = -1;
        for (int i = period - 1; i < n; i++) {
            int trailing = i - period + 1;
            if (highestIdx < trailing) {
                highestIdx = trailing;
                for (int j = trailing + 1; j <= i; j++) {
                    if (high[j] >= high[highestIdx]) {
                        highestIdx = j;
                    }
                }
            } else if (high[i] >= high[highestIdx]) {
                highestIdx = i;
            }
            if (lowestIdx < trailing) {
                lowestIdx = trailing;
                for (int j = trailing + 1; j <= i; j++) {
                    if (low[j] <= low[lowestIdx]) {
                        lowestIdx = j;
                    }
                }
            } else if (low[i] <= low[lowestIdx]) {
                lowestIdx = i;
            }
            upper[i] = high[highestIdx];
            lower[i] = low[lowestIdx];
            middle[i] = (upper[i] + lower[i]) / 2.0;
        }
        return new Batch(upper, middle, lower);
    }

    @Override
    public double update(double high, double low, double close) {
        long bar = bars++;
        // drop the candidates that left the window, then those the new bar dominates
        if (maxSize > 0 && maxBar[maxHead] <= bar - period) {
            maxHead = slot(maxHead + 1);
            maxSize--;
        }
        while (maxSize > 0 && maxValue[slot(maxHead + maxSize - 1)] <= high) {
            maxSize--;
        }
        int tail = slot(maxHead + maxSize++);
        maxValue[tail] = high;
        maxBar[tail] = bar;
        if (minSize > 0 && minBar[minHead] <= bar - period) {
            minHead = slot(minHead + 1);
            minSize--;
        }
        while (minSize > 0 && minValue[slot(minHead + minSize - 1)] >= low) {
            minSize--;
        }
        tail = slot(minHead + minSize++);
        minValue[tail] = low;
        minBar[tail] = bar;
        if (bars < period) {
            return Double.NaN;
        }
        upper = maxValue[maxHead];
        lower = minValue[minHead];
        middle = (upper + lower) / 2.0;
        return upper;
    }

    private int slot(int i) {
        return i >= period ? i - period : i;
    }

    /** The highest high of the window after the latest update ({@code NaN} while warming up); output 0. */
    public double upper() {
        return upper;
    }

    /** The midpoint of the channel; output 1. */
    public double middle() {
        return middle;
    }

    /** The lowest low of the window; output 2. */
    public double lower() {
        return lower;
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
        return bars >= period;
    }

    /** The upper band, output 0. */
    @Override
    public double value() {
        return upper;
    }

    @Override
    public int outputCount() {
        return 3;
    }

    @Override
    public double output(int i) {
        return switch (i) {
            case 0 -> upper;
            case 1 -> middle;
            case 2 -> lower;
            default -> throw new IndexOutOfBoundsException("output " + i + " of " + this + " (3 outputs)");
        };
    }

    @Override
    public void reset() {
        Arrays.fill(maxValue, 0.0);
        Arrays.fill(maxBar, 0L);
        Arrays.fill(minValue, 0.0);
        Arrays.fill(minBar, 0L);
        maxHead = maxSize = minHead = minSize = 0;
        bars = 0;
        upper = middle = lower = Double.NaN;
    }

    @Override
    public String toString() {
        return "DONCHIAN(" + period + ")";
    }

    private static int checkPeriod(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("Donchian period must be >= 1, got " + period);
        }
        return period;
    }
}
