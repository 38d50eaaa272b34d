package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Parkinson's high-low volatility estimator over the last {@code period} bars, a fraction per bar,
 * optionally annualised: {@code sqrt(sum(ln(high / low)^2) / (4 * ln 2 * period))}. Lookback
 * {@code period - 1}. The close is not used.
 *
 * <p>Parkinson (1980), with the mean over the window (divisor {@code period}) and no drift correction. Not
 * annualised unless {@code periodsPerYear} is given: then it is multiplied by {@code sqrt(periodsPerYear)}.
 * It assumes continuous trading within the bar, which crypto markets come close to. TA-Lib has no such
 * estimator. The sum is a running sum; a window of bars without range has a volatility of exactly 0.
 */
public final class ParkinsonVolatility implements HlcIndicator {
    private static final double FOUR_LN_2 = 4.0 * StrictMath.log(2.0);

    private final int period;
    private final double periodsPerYear;
    private final double scale;
    /** {@link #reciprocal(int)} of the period. */
    private final double reciprocal;
    private final WindowSum squares;
    private double value = Double.NaN;

    /**
     * Per-bar (not annualised) volatility.
     *
     * @throws IllegalArgumentException when {@code period < 1}
     */
    public ParkinsonVolatility(int period) {
        this(period, 1.0);
    }

    /**
     * @param period         bars in the window, at least 1
     * @param periodsPerYear bars per year to annualise with; 1 leaves the volatility per bar
     * @throws IllegalArgumentException when an argument is out of range
     */
    public ParkinsonVolatility(int period, double periodsPerYear) {
        this.period = checkPeriod(period);
        this.periodsPerYear = CloseToCloseVolatility.checkPeriodsPerYear(periodsPerYear);
        this.scale = Math.sqrt(periodsPerYear);
        this.reciprocal = reciprocal(period);
        this.squares = new WindowSum(period);
    }

    /**
     * The volatility over every window of the bars: same length, {@code NaN} before index {@code period - 1}.
     *
     * @throws IllegalArgumentException when the columns differ in length or an argument is out of range
     */
    public static double[] batch(double[] high, double[] low, int period, double periodsPerYear) {
        checkPeriod(period);
        double scale = Math.sqrt(CloseToCloseVolatility.checkPeriodsPerYear(periodsPerYear));
        int n = Columns.commonLength("high and low", high, low);
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(n, period - 1), Double.NaN);
        WindowSum sum = new WindowSum(period);
        for (int i = 0; i < n; i++) {
            double hl = LogRatio.of(high[i], low[i]);
            sum.push(hl * hl);
            if (i >= period - 1) {
                out[i] = volatility(sum.sum(), reciprocal(period), scale);
            }
        }
        return out;
    }

    @Override
    public double update(double high, double low, double close) {
        double hl = LogRatio.of(high, low);
        squares.push(hl * hl);
        if (!squares.full()) {
            return Double.NaN;
        }
        value = volatility(squares.sum(), reciprocal, scale);
        return value;
    }

    /** {@code 1 / (4 ln 2 * period)}: the variance is the sum of squares times this. */
    private static double reciprocal(int period) {
        return 1.0 / (FOUR_LN_2 * period);
    }

    private static double volatility(double sumSq, double reciprocal, double scale) {
        double variance = sumSq * reciprocal;
        return variance <= 0.0 ? 0.0 : Math.sqrt(variance) * scale;
    }

    public int period() {
        return period;
    }

    public double periodsPerYear() {
        return periodsPerYear;
    }

    @Override
    public int lookback() {
        return period - 1;
    }

    @Override
    public boolean isReady() {
        return squares.full();
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public void reset() {
        squares.reset();
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "PARKINSON(" + period + ", " + periodsPerYear + ")";
    }

    private static int checkPeriod(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("Parkinson volatility period must be >= 1, got " + period);
        }
        return period;
    }
}
