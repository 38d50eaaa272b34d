package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Aroon (Chande), in points: Aroon up {@code 100 * (period - barsSinceHighestHigh) / period} (output 0,
 * {@link #up()}), Aroon down, the same for the lowest low (output 1, {@link #down()}), and the oscillator,
 * up minus down (output 2, {@link #oscillator()}). The window is the last {@code period + 1} bars, so the
 * lookback is {@code period}.
 *
 * <p>TA-Lib AROON and AROONOSC: the factor {@code 100 / period} multiplies the bar count
 * ({@code factor * (period - age)}; the oscillator is {@code factor * (highestIndex - lowestIndex)}), and when
 * the extreme is reached more than once in the window the most recent bar counts. TA-Lib's AROON returns
 * down before up; here up is output 0. Both forms find the extremes' ages with {@link SlidingExtreme}
 * (branch-free, O(1) amortised), which gives TA-Lib's ages for finite inputs.
 */
public final class Aroon implements HlcIndicator {
    /** The three outputs over a whole series, each as long as the input and {@code NaN} during warm-up. */
    public record Batch(double[] up, double[] down, double[] oscillator) {
        /** @throws IllegalArgumentException when the outputs differ in length */
        public Batch {
            if (down.length != up.length || oscillator.length != up.length) {
                throw new IllegalArgumentException("outputs must have the same length");
            }
        }
    }

    private final int period;
    private final double factor;
    private final SlidingExtreme extremes;
    private double up = Double.NaN;
    private double down = Double.NaN;
    private double oscillator = Double.NaN;

    /** @throws IllegalArgumentException when {@code period < 1} */
    public Aroon(int period) {
        this.period = checkPeriod(period);
        this.factor = 100.0 / period;
        this.extremes = new SlidingExtreme(period + 1);
    }

    /**
     * Aroon up, down and oscillator of every bar; only the highs and lows are used.
     *
     * @throws IllegalArgumentException when the columns differ in length or {@code period < 1}
     */
    public static Batch batch(double[] high, double[] low, int period) {
        checkPeriod(period);
        if (high.length != low.length) {
            throw new IllegalArgumentException("high and low must have the same length, got " + high.length
                    + " and " + low.length);
        }
        int n = high.length;
        double[] up = new double[n];
        double[] down = new double[n];
        double[] osc = new double[n];
        int start = Math.min(n, period);
        Arrays.fill(up, 0, start, Double.NaN);
        Arrays.fill(down, 0, start, Double.NaN);
        Arrays.fill(osc, 0, start, Double.NaN);
        double factor = 100.0 / period;
        SlidingExtreme extremes = new SlidingExtreme(period + 1);
        for (int today = 0; today < n; today++) {
            extremes.add(high[today], low[today]);
            if (today >= period) {
                int highAge = extremes.highAge();
                int lowAge = extremes.lowAge();
                up[today] = factor * (period - highAge);
                down[today] = factor * (period - lowAge);
                osc[today] = factor * (lowAge - highAge);
            }
        }
        return new Batch(up, down, osc);
    }

    /** Batch over the highs and lows of the bars; the closes are not used. */
    public static Batch batch(double[] high, double[] low, double[] close, int period) {
        TrueRange.checkLengths(high, low, close);
        return batch(high, low, period);
    }

    /** @return Aroon up, or {@code NaN} while warming up; the close is not used */
    @Override
    public double update(double high, double low, double close) {
        extremes.add(high, low);
        if (!extremes.isFull()) {
            return Double.NaN;
        }
        int highAge = extremes.highAge();
        int lowAge = extremes.lowAge();
        up = factor * (period - highAge);
        down = factor * (period - lowAge);
        oscillator = factor * (lowAge - highAge);
        return up;
    }

    /** Aroon up, output 0. */
    public double up() {
        return up;
    }

    /** Aroon down, output 1. */
    public double down() {
        return down;
    }

    /** Aroon up minus Aroon down (TA-Lib AROONOSC), output 2. */
    public double oscillator() {
        return oscillator;
    }

    /** Bars looked back for the extremes (the window holds one more). */
    public int period() {
        return period;
    }

    @Override
    public int lookback() {
        return period;
    }

    @Override
    public boolean isReady() {
        return extremes.isFull();
    }

    @Override
    public double value() {
        return up;
    }

    @Override
    public int outputCount() {
        return 3;
    }

    @Override
    public double output(int i) {
        return switch (i) {
            case 0 -> up;
            case 1 -> down;
            case 2 -> oscillator;
            default -> throw new IndexOutOfBoundsException("output " + i + " of AROON, which has 3");
        };
    }

    @Override
    public void reset() {
        extremes.reset();
        up = Double.NaN;
        down = Double.NaN;
        oscillator = Double.NaN;
    }

    @Override
    public String toString() {
        return "AROON(" + period + ")";
    }

    private static int checkPeriod(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("AROON period must be >= 1, got " + period);
        }
        return period;
    }
}
