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
 * <p>Both forms take the highest high and the lowest low of the window with {@link WindowExtreme}'s algorithm
 * (the incremental form through {@link WindowRange}, which keeps both in one structure; branch-free,
 * O(1) amortised, in arrays allocated in the constructor), so they agree bit for bit; the values are TA-Lib's
 * MAX and MIN, up to the sign of a zero extreme (see {@link RollingMax}).
 */
public final class DonchianChannels implements HlcIndicator {
    private final int period;
    private final WindowRange range;
    private double upper = Double.NaN;
    private double middle = Double.NaN;
    private double lower = Double.NaN;

    /** The three outputs over a whole series, {@code NaN} during warm-up. The arrays belong to the caller. */
    public record Batch(double[] upper, double[] middle, double[] lower) {
    }

    /** @throws IllegalArgumentException when {@code period < 1} */
    public DonchianChannels(int period) {
        this.period = checkPeriod(period);
        this.range = new WindowRange(period);
    }

    /**
     * The three outputs over every window of the bars.
     *
     * @throws IllegalArgumentException when the columns differ in length or {@code period < 1}
     */
    public static Batch batch(double[] high, double[] low, double[] close, int period) {
        checkPeriod(period);
        int n = TrueRange.checkLengths(high, low, close);
        double[] middle = new double[n];
        int warm = Math.min(n, period - 1);
        Arrays.fill(middle, 0, warm, Double.NaN);
        double[] upper = WindowExtreme.highest(high, period);
        double[] lower = WindowExtreme.lowest(low, period);
        for (int i = period - 1; i < n; i++) {
            middle[i] = (upper[i] + lower[i]) / 2.0;
        }
        return new Batch(upper, middle, lower);
    }

    @Override
    public double update(double high, double low, double close) {
        range.add(high, low);
        if (!range.isFull()) {
            return Double.NaN;
        }
        upper = range.highest();
        lower = range.lowest();
        middle = (upper + lower) / 2.0;
        return upper;
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
        return range.isFull();
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
        range.reset();
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
