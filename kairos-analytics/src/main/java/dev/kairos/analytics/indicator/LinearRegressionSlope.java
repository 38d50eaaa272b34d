package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Slope of the least-squares line through the last {@code period} inputs against bar number: the trend in
 * input units per bar. Lookback {@code period - 1}.
 *
 * <p>TA-Lib LINEARREG_SLOPE: with {@code x} the age of an input (0 for the newest), {@code sumX},
 * {@code sumXSqr} and the divisor {@code sumX^2 - period * sumXSqr} are constants and the slope is
 * {@code (period * sumXY - sumX * sumY) / divisor}; here the numerator is multiplied by {@code 1 / divisor},
 * computed once, which saves a division per bar and differs from dividing by one rounding. TA-Lib sums
 * {@code sumXY} and {@code sumY} afresh over the window at every bar, O({@code period}). Here they are
 * updated in O(1) (when a bar arrives every age grows by one, so {@code sumXY += sumY - period * oldest}
 * before {@code sumY} takes the new input in), and to stop rounding drift from building up they are summed
 * afresh, in TA-Lib's order, once every {@code period} bars: amortised O(1), and on those bars TA-Lib's sums
 * bit for bit. In between the values differ from TA-Lib's only by rounding (of the order of 1e-15 times the
 * input's magnitude). The slope of a flat window (all {@code period} inputs equal) is exactly 0.
 */
public final class LinearRegressionSlope implements SingleInputIndicator {
    private final int period;
    private final double sumX;
    /** {@code 1 / divisor(period)}. */
    private final double reciprocal;
    /** The last {@code period} inputs; {@code window[next]} is the oldest once full. */
    private final double[] window;
    private int next;
    /** Inputs seen, counted up to {@code period} only. */
    private int filled;
    /** Updates until the sums are next summed afresh: 1 during warm-up, then at most {@code period}. */
    private int untilResum = 1;
    /** Number of consecutive equal inputs ending with the latest, counted up to {@code period} only. */
    private int flatRun;
    private double previous;
    private double sumY;
    private double sumXY;
    private double value = Double.NaN;

    /** @throws IllegalArgumentException when {@code period < 2} */
    public LinearRegressionSlope(int period) {
        this.period = checkPeriod(period);
        this.sumX = sumX(period);
        this.reciprocal = 1.0 / divisor(period);
        this.window = new double[period];
    }

    /**
     * The slope over every window of {@code period} inputs: same length as {@code values}, {@code NaN} before
     * index {@code period - 1}.
     *
     * @throws IllegalArgumentException when {@code period < 2}
     */
    public static double[] batch(double[] values, int period) {
        checkPeriod(period);
        double sumX = sumX(period);
        double reciprocal = 1.0 / divisor(period);
        int n = values.length;
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(n, period - 1), Double.NaN);
        double sumY = 0.0;
        double sumXY = 0.0;
        int flatRun = 0;
        for (int today = 0; today < n; today++) {
            flatRun = today > 0 && values[today] == values[today - 1] ? Math.min(flatRun + 1, period) : 1;
            if (today < period - 1) {
                continue;
            }
            int since = (today - (period - 1)) % period;
            if (since == 0) {
                sumY = 0.0;
                sumXY = 0.0;
                for (int age = period - 1; age >= 0; age--) {
                    double y = values[today - age];
                    sumY += y;
                    sumXY += age * y;
                }
            } else {
                double oldest = values[today - period];
                sumXY += sumY - period * oldest;
                sumY += values[today] - oldest;
            }
            out[today] = flatRun >= period ? 0.0 : (period * sumXY - sumX * sumY) * reciprocal;
        }
        return out;
    }

    @Override
    public double update(double input) {
        if (--untilResum == 0) {
            return updateAndResum(input);
        }
        double[] ring = window;
        int slot = next;
        double oldest = ring[slot];
        ring[slot] = input;
        next = slot + 1 == ring.length ? 0 : slot + 1;
        int run = input == previous ? Math.min(flatRun + 1, period) : 1;
        flatRun = run;
        previous = input;
        double y = sumY;
        double xy = sumXY + (y - period * oldest);
        y += input - oldest;
        sumXY = xy;
        sumY = y;
        return value = run >= period ? 0.0 : (period * xy - sumX * y) * reciprocal;
    }

    /**
     * The warm-up inputs and every input on which the sums are summed afresh ({@link #untilResum} reaching 0):
     * the first {@code period - 1} give {@code NaN}, the others a value from fresh sums. Kept out of
     * {@link #update} so that the per-bar method stays small enough for the JIT to inline.
     */
    private double updateAndResum(double input) {
        window[next] = input;
        if (++next == period) {
            next = 0;
        }
        flatRun = filled > 0 && input == previous ? Math.min(flatRun + 1, period) : 1;
        previous = input;
        if (filled < period && ++filled < period) {
            untilResum = 1;
            return Double.NaN;
        }
        resum();
        value = flatRun >= period ? 0.0 : (period * sumXY - sumX * sumY) * reciprocal;
        return value;
    }

    /** Sums the window afresh, oldest first, as TA-Lib does. */
    private void resum() {
        sumY = 0.0;
        sumXY = 0.0;
        int slot = next; // the oldest
        for (int age = period - 1; age >= 0; age--) {
            double y = window[slot];
            sumY += y;
            sumXY += age * y;
            if (++slot == period) {
                slot = 0;
            }
        }
        untilResum = period;
    }

    /** Number of inputs the line is fitted to. */
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
        next = 0;
        filled = 0;
        untilResum = 1;
        flatRun = 0;
        previous = 0.0;
        sumY = 0.0;
        sumXY = 0.0;
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "LINEARREG_SLOPE(" + period + ")";
    }

    private static double sumX(int period) {
        return (double) period * (period - 1) * 0.5;
    }

    /** {@code sumX^2 - period * sumXSqr}, with {@code sumXSqr = period (period - 1) (2 period - 1) / 6} exact. */
    private static double divisor(int period) {
        double sumX = sumX(period);
        double sumXSqr = (double) ((long) period * (period - 1) * (2L * period - 1) / 6);
        return sumX * sumX - period * sumXSqr;
    }

    private static int checkPeriod(int period) {
        if (period < 2) {
            throw new IllegalArgumentException("LINEARREG_SLOPE period must be >= 2, got " + period);
        }
        return period;
    }
}
