package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Fast stochastic oscillator (Lane), in points from 0 to 100: %K, where the close sits in the high-low range
 * of the last {@code kPeriod} bars (output 0, {@link #k()}), and %D, the SMA of %K over {@code dPeriod}
 * bars (output 1, {@link #d()}). Lookback {@code (kPeriod - 1) + (dPeriod - 1)}: both outputs start
 * together, when %D has its first value.
 *
 * <p>TA-Lib STOCHF with an SMA for %D: {@code %K = (close - lowest) / ((highest - lowest) / 100)}, and 0 when
 * the range is empty. StockCharts shows %K from index {@code kPeriod - 1}, before %D has a value; TA-Lib, and
 * this class, start both lines together. See {@link Stochastic} for the slow oscillator.
 */
public final class StochasticFast implements HlcIndicator {
    /** Both outputs over a whole series, each as long as the input and {@code NaN} during warm-up. */
    public record Batch(double[] k, double[] d) {
        /** @throws IllegalArgumentException when the outputs differ in length */
        public Batch {
            if (d.length != k.length) {
                throw new IllegalArgumentException("outputs must have the same length");
            }
        }
    }

    private final int kPeriod;
    private final int dPeriod;
    private final WindowRange range;
    private final Sma dSma;
    private double k = Double.NaN;
    private double d = Double.NaN;

    /** @throws IllegalArgumentException when a period is below 1 */
    public StochasticFast(int kPeriod, int dPeriod) {
        checkPeriods(kPeriod, dPeriod);
        this.kPeriod = kPeriod;
        this.dPeriod = dPeriod;
        this.range = new WindowRange(kPeriod);
        this.dSma = new Sma(dPeriod);
    }

    /**
     * %K and %D of every bar.
     *
     * @throws IllegalArgumentException when the columns differ in length or a period is below 1
     */
    public static Batch batch(double[] high, double[] low, double[] close, int kPeriod, int dPeriod) {
        checkPeriods(kPeriod, dPeriod);
        TrueRange.checkLengths(high, low, close);
        double[] rawK = rawK(high, low, close, kPeriod);
        double[] d = SuffixBatch.sma(rawK, kPeriod - 1, dPeriod);
        int start = Math.min(close.length, (kPeriod - 1) + (dPeriod - 1));
        Arrays.fill(rawK, 0, start, Double.NaN);
        return new Batch(rawK, d);
    }

    /** %K of every bar from index {@code kPeriod - 1}, {@code NaN} before. */
    static double[] rawK(double[] high, double[] low, double[] close, int kPeriod) {
        int n = close.length;
        double[] highest = WindowExtreme.highest(high, kPeriod);
        double[] lowest = WindowExtreme.lowest(low, kPeriod);
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(n, kPeriod - 1), Double.NaN);
        for (int i = kPeriod - 1; i < n; i++) {
            out[i] = rawK(highest[i], lowest[i], close[i]);
        }
        return out;
    }

    /**
     * TA-Lib's raw %K, with TA-Lib's two divisions: it is averaged by a running sum, whose residue where the
     * window turns all zeros would differ from TA-Lib's for inputs that differ by a rounding (see {@link Sma}).
     */
    static double rawK(double highest, double lowest, double close) {
        double diff = (highest - lowest) / 100.0;
        return diff != 0.0 ? (close - lowest) / diff : 0.0;
    }

    /** @return %K, or {@code NaN} while warming up */
    @Override
    public double update(double high, double low, double close) {
        range.add(high, low);
        if (!range.isFull()) {
            return Double.NaN;
        }
        double rawK = rawK(range.highest(), range.lowest(), close);
        double smoothed = dSma.update(rawK);
        if (Double.isNaN(smoothed)) {
            return Double.NaN;
        }
        k = rawK;
        d = smoothed;
        return k;
    }

    /** Fast %K, output 0. */
    public double k() {
        return k;
    }

    /** Fast %D, the SMA of %K, output 1. */
    public double d() {
        return d;
    }

    public int kPeriod() {
        return kPeriod;
    }

    public int dPeriod() {
        return dPeriod;
    }

    @Override
    public int lookback() {
        return (kPeriod - 1) + (dPeriod - 1);
    }

    @Override
    public boolean isReady() {
        return dSma.isReady();
    }

    @Override
    public double value() {
        return k;
    }

    @Override
    public int outputCount() {
        return 2;
    }

    @Override
    public double output(int i) {
        return switch (i) {
            case 0 -> k;
            case 1 -> d;
            default -> throw new IndexOutOfBoundsException("output " + i + " of STOCHF, which has 2");
        };
    }

    @Override
    public void reset() {
        range.reset();
        dSma.reset();
        k = Double.NaN;
        d = Double.NaN;
    }

    @Override
    public String toString() {
        return "STOCHF(" + kPeriod + ", " + dPeriod + ")";
    }

    static void checkPeriods(int... periods) {
        for (int p : periods) {
            if (p < 1) {
                throw new IllegalArgumentException("stochastic periods must be >= 1, got " + Arrays.toString(periods));
            }
        }
    }
}
