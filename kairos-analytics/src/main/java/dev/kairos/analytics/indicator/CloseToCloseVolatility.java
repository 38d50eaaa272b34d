package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Close-to-close realised volatility: the sample standard deviation of the last {@code period} log returns
 * {@code ln(close / previousClose)}, a fraction per bar (0.01 is 1%), optionally annualised. Lookback
 * {@code period}: the first value needs {@code period + 1} closes.
 *
 * <p>Convention: the sample deviation, divisor {@code period - 1}, around the window's mean return, which
 * is the classic close-to-close estimator (unlike {@link StdDev}, TA-Lib's population deviation of the
 * input itself). It is not annualised unless {@code periodsPerYear} is given: then it is multiplied by
 * {@code sqrt(periodsPerYear)}, e.g. {@code 365 * 6} for 4h bars of a market open every day. TA-Lib has no
 * realised volatility. The sums of returns and squared returns are running sums; a window of zero returns
 * has a volatility of exactly 0.
 */
public final class CloseToCloseVolatility implements SingleInputIndicator {
    private final int period;
    private final double periodsPerYear;
    private final double scale;
    /** {@code 1.0 / period} and {@code 1.0 / (period - 1)}. */
    private final double reciprocal;
    private final double sampleReciprocal;
    private final WindowSum returns;
    private final WindowSum squares;
    private boolean started;
    private double previous;
    private double value = Double.NaN;

    /**
     * Per-bar (not annualised) volatility.
     *
     * @throws IllegalArgumentException when {@code period < 2}
     */
    public CloseToCloseVolatility(int period) {
        this(period, 1.0);
    }

    /**
     * @param period         returns in the window, at least 2
     * @param periodsPerYear bars per year to annualise with; 1 leaves the volatility per bar
     * @throws IllegalArgumentException when an argument is out of range
     */
    public CloseToCloseVolatility(int period, double periodsPerYear) {
        this.period = checkPeriod(period);
        this.periodsPerYear = checkPeriodsPerYear(periodsPerYear);
        this.scale = Math.sqrt(periodsPerYear);
        this.reciprocal = 1.0 / period;
        this.sampleReciprocal = 1.0 / (period - 1);
        this.returns = new WindowSum(period);
        this.squares = new WindowSum(period);
    }

    /**
     * The volatility over every window of {@code close}: same length, {@code NaN} before index {@code period}.
     *
     * @throws IllegalArgumentException when an argument is out of range
     */
    public static double[] batch(double[] close, int period, double periodsPerYear) {
        checkPeriod(period);
        double scale = Math.sqrt(checkPeriodsPerYear(periodsPerYear));
        int n = close.length;
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(n, period), Double.NaN);
        WindowSum sum = new WindowSum(period);
        WindowSum sumSq = new WindowSum(period);
        for (int i = 1; i < n; i++) {
            double r = LogRatio.of(close[i], close[i - 1]);
            sum.push(r);
            sumSq.push(r * r);
            if (i >= period) {
                out[i] = volatility(sum.sum(), sumSq.sum(), 1.0 / period, 1.0 / (period - 1), scale);
            }
        }
        return out;
    }

    @Override
    public double update(double close) {
        if (!started) {
            started = true;
            previous = close;
            return Double.NaN;
        }
        double r = LogRatio.of(close, previous);
        previous = close;
        returns.push(r);
        squares.push(r * r);
        if (!returns.full()) {
            return Double.NaN;
        }
        value = volatility(returns.sum(), squares.sum(), reciprocal, sampleReciprocal, scale);
        return value;
    }

    /**
     * The volatility from the window's sums: the variance {@code (sumSq - sum * (sum / n)) / (n - 1)}, its two
     * divisions done as multiplies by the reciprocals {@code 1 / n} and {@code 1 / (n - 1)}.
     */
    private static double volatility(double sum, double sumSq, double reciprocal, double sampleReciprocal,
                                      double scale) {
        double variance = (sumSq - sum * (sum * reciprocal)) * sampleReciprocal;
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
        return period;
    }

    @Override
    public boolean isReady() {
        return returns.full();
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public void reset() {
        returns.reset();
        squares.reset();
        started = false;
        previous = 0.0;
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "RVOL(" + period + ", " + periodsPerYear + ")";
    }

    private static int checkPeriod(int period) {
        if (period < 2) {
            throw new IllegalArgumentException("close-to-close volatility period must be >= 2, got " + period);
        }
        return period;
    }

    static double checkPeriodsPerYear(double periodsPerYear) {
        if (!(periodsPerYear > 0.0) || Double.isInfinite(periodsPerYear)) {
            throw new IllegalArgumentException("periods per year must be positive and finite, got "
                    + periodsPerYear);
        }
        return periodsPerYear;
    }
}
