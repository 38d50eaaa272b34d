package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Garman–Klass open-high-low-close volatility estimator over the last {@code period} bars, a fraction per
 * bar, optionally annualised: {@code sqrt(mean(0.5 * ln(high / low)^2 - (2 * ln 2 - 1) * ln(close /
 * open)^2))}. Lookback {@code period - 1}.
 *
 * <p>Garman and Klass (1980), in its usual simplified form, with the mean over the window (divisor
 * {@code period}) and no drift or opening-jump correction (bars of a market that trades around the clock
 * open where the previous one closed). For a valid bar (open and close within its range) the term is at
 * least {@code (1.5 - 2 * ln 2) * ln(high / low)^2}, so never negative; should invalid bars make the
 * window's mean negative, the volatility is 0. Not annualised
 * unless {@code periodsPerYear} is given: then it is multiplied by {@code sqrt(periodsPerYear)}. TA-Lib has
 * no such estimator. The sum is a running sum; a window of flat bars has a volatility of exactly 0.
 */
public final class GarmanKlassVolatility implements BarIndicator {
    private static final double CLOSE_OPEN_WEIGHT = 2.0 * StrictMath.log(2.0) - 1.0;

    private final int period;
    private final double periodsPerYear;
    private final double scale;
    /** {@code 1.0 / period}. */
    private final double reciprocal;
    private final WindowSum terms;
    private double value = Double.NaN;

    /**
     * Per-bar (not annualised) volatility.
     *
     * @throws IllegalArgumentException when {@code period < 1}
     */
    public GarmanKlassVolatility(int period) {
        this(period, 1.0);
    }

    /**
     * @param period         bars in the window, at least 1
     * @param periodsPerYear bars per year to annualise with; 1 leaves the volatility per bar
     * @throws IllegalArgumentException when an argument is out of range
     */
    public GarmanKlassVolatility(int period, double periodsPerYear) {
        this.period = checkPeriod(period);
        this.periodsPerYear = CloseToCloseVolatility.checkPeriodsPerYear(periodsPerYear);
        this.scale = Math.sqrt(periodsPerYear);
        this.reciprocal = 1.0 / period;
        this.terms = new WindowSum(period);
    }

    /**
     * The volatility over every window of the bars: same length, {@code NaN} before index {@code period - 1}.
     *
     * @throws IllegalArgumentException when the columns differ in length or an argument is out of range
     */
    public static double[] batch(double[] open, double[] high, double[] low, double[] close, int period,
                                 double periodsPerYear) {
        checkPeriod(period);
        double scale = Math.sqrt(CloseToCloseVolatility.checkPeriodsPerYear(periodsPerYear));
        int n = Columns.commonLength("open, high, low and close", open, high, low, close);
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(n, period - 1), Double.NaN);
        WindowSum sum = new WindowSum(period);
        for (int i = 0; i < n; i++) {
            sum.push(term(open[i], high[i], low[i], close[i]));
            if (i >= period - 1) {
                out[i] = volatility(sum.sum(), 1.0 / period, scale);
            }
        }
        return out;
    }

    @Override
    public double update(long timestamp, double open, double high, double low, double close, double volume) {
        terms.push(term(open, high, low, close));
        if (!terms.full()) {
            return Double.NaN;
        }
        value = volatility(terms.sum(), reciprocal, scale);
        return value;
    }

    private static double term(double open, double high, double low, double close) {
        double hl = LogRatio.of(high, low);
        double co = LogRatio.of(close, open);
        return 0.5 * (hl * hl) - CLOSE_OPEN_WEIGHT * (co * co);
    }

    /** From the sum of the window's terms and {@code 1 / period}: the mean, {@code sum / period}, as a multiply. */
    private static double volatility(double sum, double reciprocal, double scale) {
        double variance = sum * reciprocal;
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
        return terms.full();
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public void reset() {
        terms.reset();
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "GARMAN_KLASS(" + period + ", " + periodsPerYear + ")";
    }

    private static int checkPeriod(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("Garman-Klass volatility period must be >= 1, got " + period);
        }
        return period;
    }
}
