package dev.kairos.analytics.indicator;

/**
 * Bollinger Bands: a middle band, the SMA of the last {@code period} inputs, and bands {@code deviations}
 * population standard deviations above and below it; plus %B and bandwidth. Lookback {@code period - 1}.
 *
 * <p>Outputs, in order: 0 {@link #upper()}, 1 {@link #middle()}, 2 {@link #lower()}, 3 {@link #percentB()},
 * 4 {@link #bandwidth()}.
 *
 * <p>The three bands follow TA-Lib's BBANDS with an SMA and the same multiplier up and down: the middle
 * band is bit for bit {@link Sma}, the deviation is {@link StdDev} (population, divisor {@code period}, so
 * with TA-Lib's sum-of-squares arithmetic and its deviations for flat windows), and each band is
 * {@code middle ± deviation * deviations}. (StockCharts' worked example agrees with TA-Lib to its rounding.)
 *
 * <p>TA-Lib has no %B or bandwidth; they follow Bollinger and StockCharts: {@code %B = (input - lower) /
 * (upper - lower)}, a fraction (1 at the upper band, 0 at the lower), and {@code bandwidth = (upper - lower)
 * / middle * 100}, in percent of the middle band. When the bands coincide (a flat window) %B is 0.5 and
 * the bandwidth 0.
 */
public final class BollingerBands implements SingleInputIndicator {
    private final int period;
    private final double deviations;
    private final StdDev stdDev;
    private double upper = Double.NaN;
    private double middle = Double.NaN;
    private double lower = Double.NaN;
    private double percentB = Double.NaN;
    private double bandwidth = Double.NaN;

    /**
     * The five outputs over a whole series, each the length of the input and {@code NaN} before index
     * {@code period - 1}. The arrays belong to the caller.
     */
    public record Batch(double[] upper, double[] middle, double[] lower, double[] percentB, double[] bandwidth) {
    }

    /**
     * @param period     window length, at least 2
     * @param deviations band width in standard deviations (2 is usual), positive and finite
     * @throws IllegalArgumentException when an argument is out of range
     */
    public BollingerBands(int period, double deviations) {
        this.period = checkPeriod(period);
        this.deviations = checkDeviations(deviations);
        this.stdDev = new StdDev(period);
    }

    /**
     * All five outputs over every window of {@code values}.
     *
     * @throws IllegalArgumentException when an argument is out of range
     */
    public static Batch batch(double[] values, int period, double deviations) {
        checkPeriod(period);
        checkDeviations(deviations);
        int n = values.length;
        double[] upper = new double[n];
        double[] middle = new double[n];
        double[] lower = new double[n];
        double[] percentB = new double[n];
        double[] bandwidth = new double[n];
        double reciprocal = 1.0 / period;
        double sum = 0.0;
        double sumSq = 0.0;
        int run = 0;
        for (int i = 0; i < n; i++) {
            double x = values[i];
            run = i > 0 && x == values[i - 1] ? Math.min(run + 1, period) : 1;
            sum += x;
            sumSq += x * x;
            if (i < period - 1) {
                upper[i] = middle[i] = lower[i] = percentB[i] = bandwidth[i] = Double.NaN;
                continue;
            }
            double m = sum * reciprocal;
            double dev = StdDev.deviation(sumSq * reciprocal - m * m, run == period) * deviations;
            double old = values[i - period + 1];
            sum -= old;
            sumSq -= old * old;
            double u = m + dev;
            double l = m - dev;
            middle[i] = m;
            upper[i] = u;
            lower[i] = l;
            percentB[i] = percentB(x, u, l);
            bandwidth[i] = bandwidth(u, m, l);
        }
        return new Batch(upper, middle, lower, percentB, bandwidth);
    }

    @Override
    public double update(double input) {
        double sd = stdDev.update(input);
        if (!stdDev.isReady()) {
            return Double.NaN;
        }
        double dev = sd * deviations;
        middle = stdDev.mean();
        upper = middle + dev;
        lower = middle - dev;
        percentB = percentB(input, upper, lower);
        bandwidth = bandwidth(upper, middle, lower);
        return upper;
    }

    private static double percentB(double x, double upper, double lower) {
        double width = upper - lower;
        return width == 0.0 ? 0.5 : (x - lower) / width;
    }

    private static double bandwidth(double upper, double middle, double lower) {
        double width = upper - lower;
        return width == 0.0 ? 0.0 : width / middle * 100.0;
    }

    /** The upper band after the latest update ({@code NaN} while warming up); output 0. */
    public double upper() {
        return upper;
    }

    /** The middle band, the SMA; output 1. */
    public double middle() {
        return middle;
    }

    /** The lower band; output 2. */
    public double lower() {
        return lower;
    }

    /** Where the latest input lies between the bands: 0 at the lower, 1 at the upper; output 3. */
    public double percentB() {
        return percentB;
    }

    /** Distance between the bands in percent of the middle band; output 4. */
    public double bandwidth() {
        return bandwidth;
    }

    public int period() {
        return period;
    }

    public double deviations() {
        return deviations;
    }

    @Override
    public int lookback() {
        return period - 1;
    }

    @Override
    public boolean isReady() {
        return stdDev.isReady();
    }

    /** The upper band, output 0. */
    @Override
    public double value() {
        return upper;
    }

    @Override
    public int outputCount() {
        return 5;
    }

    @Override
    public double output(int i) {
        return switch (i) {
            case 0 -> upper;
            case 1 -> middle;
            case 2 -> lower;
            case 3 -> percentB;
            case 4 -> bandwidth;
            default -> throw new IndexOutOfBoundsException("output " + i + " of " + this + " (5 outputs)");
        };
    }

    @Override
    public void reset() {
        stdDev.reset();
        upper = middle = lower = percentB = bandwidth = Double.NaN;
    }

    @Override
    public String toString() {
        return "BBANDS(" + period + ", " + deviations + ")";
    }

    private static int checkPeriod(int period) {
        if (period < 2) {
            throw new IllegalArgumentException("Bollinger period must be >= 2, got " + period);
        }
        return period;
    }

    private static double checkDeviations(double deviations) {
        if (!(deviations > 0.0) || Double.isInfinite(deviations)) {
            throw new IllegalArgumentException("Bollinger deviations must be positive and finite, got "
                    + deviations);
        }
        return deviations;
    }
}
