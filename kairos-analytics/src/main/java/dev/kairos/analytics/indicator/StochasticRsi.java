package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Stochastic RSI (Chande and Kroll), in points from 0 to 100: the {@linkplain StochasticFast fast stochastic}
 * of the {@link Rsi}, with the RSI as high, low and close. Output 0 ({@link #k()}) is where the RSI sits in
 * its range over the last {@code kPeriod} values; output 1 ({@link #d()}) is the SMA of that over
 * {@code dPeriod} values. Lookback {@code rsiPeriod + (kPeriod - 1) + (dPeriod - 1)}.
 *
 * <p>TA-Lib STOCHRSI({@code timePeriod, fastK_Period, fastD_Period, fastD_MAType = SMA}), whose defaults are
 * 14, 5, 3. Note that TA-Lib's %K is the unsmoothed stochastic of the RSI and its %D a 3-bar SMA of it;
 * charting packages that show a "smoothed %K" (e.g. 14, 14, 3, 3) compute a different pair of lines.
 * StockCharts' StochRSI(14) is a fraction from 0 to 1 over 14 RSI values, unsmoothed: TA-Lib's (14, 14, 1)
 * %K divided by 100 (its worked example's RSI is also seeded differently from Wilder's, see {@link Rsi}).
 *
 * <p>Deviation from TA-Lib: while the input stays flat the RSI is constant in exact arithmetic (both Wilder
 * averages shrink by the same factor), but its computed values can differ in the last bit, and TA-Lib then
 * reads that rounding as a full range (%K jumping between 0 and 100). Here, when the last {@code kPeriod}
 * inputs are equal, the RSI window is taken as flat and %K is 0, TA-Lib's value for an empty range. The RSI
 * itself departs from TA-Lib for tiny averages, as {@link Rsi} explains.
 */
public final class StochasticRsi implements SingleInputIndicator {
    /** Both outputs over a whole series, each as long as the input and {@code NaN} during warm-up. */
    public record Batch(double[] k, double[] d) {
        /** @throws IllegalArgumentException when the outputs differ in length */
        public Batch {
            if (d.length != k.length) {
                throw new IllegalArgumentException("outputs must have the same length");
            }
        }
    }

    private final int rsiPeriod;
    private final int kPeriod;
    private final int dPeriod;
    private final Rsi rsi;
    private final WindowRange range;
    private final Sma dSma;
    /** Consecutive equal inputs ending with the latest, counted up to {@code kPeriod} only. */
    private int flatRun;
    private boolean started;
    /** Whether %D is ready, which {@link #update} relies on. */
    private boolean steady;
    private double previous;
    private double k = Double.NaN;
    private double d = Double.NaN;

    /**
     * @param rsiPeriod period of the RSI
     * @param kPeriod   RSI values whose range %K uses
     * @param dPeriod   SMA period of %D
     * @throws IllegalArgumentException when a period is below 1
     */
    public StochasticRsi(int rsiPeriod, int kPeriod, int dPeriod) {
        checkPeriods(rsiPeriod, kPeriod, dPeriod);
        this.rsiPeriod = rsiPeriod;
        this.kPeriod = kPeriod;
        this.dPeriod = dPeriod;
        this.rsi = new Rsi(rsiPeriod);
        this.range = new WindowRange(kPeriod);
        this.dSma = new Sma(dPeriod);
    }

    /**
     * %K and %D of every prefix of {@code values}.
     *
     * @throws IllegalArgumentException when a period is below 1
     */
    public static Batch batch(double[] values, int rsiPeriod, int kPeriod, int dPeriod) {
        checkPeriods(rsiPeriod, kPeriod, dPeriod);
        int n = values.length;
        double[] rsi = Rsi.batch(values, rsiPeriod);
        double[] k = new double[n];
        double[] d = new double[n];
        Arrays.fill(k, Double.NaN);
        Arrays.fill(d, Double.NaN);
        if (n <= rsiPeriod) {
            return new Batch(k, d);
        }
        double[] rawK = new double[n];
        Arrays.fill(rawK, Double.NaN);
        // extremes of the RSI from its first value on (index j of the tail is index rsiPeriod + j)
        double[] tail = Arrays.copyOfRange(rsi, rsiPeriod, n);
        double[] highest = WindowExtreme.highest(tail, kPeriod);
        double[] lowest = WindowExtreme.lowest(tail, kPeriod);
        int flatRun = 0;
        for (int i = 0; i < n; i++) {
            flatRun = i > 0 && values[i] == values[i - 1] ? Math.min(flatRun + 1, kPeriod) : 1;
            int j = i - rsiPeriod;
            if (j >= kPeriod - 1) {
                rawK[i] = flatRun >= kPeriod ? 0.0 : rawK(highest[j], lowest[j], rsi[i]);
            }
        }
        double[] smoothed = SuffixBatch.sma(rawK, rsiPeriod + kPeriod - 1, dPeriod);
        int start = rsiPeriod + (kPeriod - 1) + (dPeriod - 1);
        for (int i = start; i < n; i++) {
            k[i] = rawK[i];
            d[i] = smoothed[i];
        }
        return new Batch(k, d);
    }

    /** @return %K, or {@code NaN} while warming up */
    @Override
    public double update(double input) {
        if (!steady) {
            return warmUp(input);
        }
        // %D is ready, so the range window is full, and stays full until reset
        int run = input == previous ? Math.min(flatRun + 1, kPeriod) : 1;
        flatRun = run;
        previous = input;
        double r = rsi.update(input);
        if (Double.isNaN(r)) {
            return Double.NaN;
        }
        WindowRange window = range;
        window.add(r, r);
        double rawK = run >= kPeriod ? 0.0 : rawK(window.highest(), window.lowest(), r);
        double smoothed = dSma.update(rawK);
        if (Double.isNaN(smoothed)) {
            return Double.NaN;
        }
        k = rawK;
        d = smoothed;
        return rawK;
    }

    /**
     * Inputs before %D has its first value, that one included. Kept out of {@link #update} so that the
     * per-bar method stays small enough for the JIT to inline.
     */
    private double warmUp(double input) {
        flatRun = started && input == previous ? Math.min(flatRun + 1, kPeriod) : 1;
        started = true;
        previous = input;
        double r = rsi.update(input);
        if (Double.isNaN(r)) {
            return Double.NaN;
        }
        range.add(r, r);
        if (!range.isFull()) {
            return Double.NaN;
        }
        double rawK = flatRun >= kPeriod ? 0.0 : rawK(range.highest(), range.lowest(), r);
        double smoothed = dSma.update(rawK);
        steady = dSma.isReady();
        if (Double.isNaN(smoothed)) {
            return Double.NaN;
        }
        k = rawK;
        d = smoothed;
        return k;
    }

    /**
     * %K of the latest RSI {@code r}: {@code (r - lowest) / (highest - lowest) * 100}, 0 when the range is empty.
     * One division where TA-Lib's STOCHF arithmetic, {@code (r - lowest) / ((highest - lowest) / 100)}, does
     * two; the values differ by a rounding (the RSI itself differs from TA-Lib's by roundings, see {@link Rsi}).
     */
    private static double rawK(double highest, double lowest, double r) {
        double range = highest - lowest;
        return range != 0.0 ? ((r - lowest) / range) * 100.0 : 0.0;
    }

    /** %K, the stochastic of the RSI, output 0. */
    public double k() {
        return k;
    }

    /** %D, the SMA of %K, output 1. */
    public double d() {
        return d;
    }

    public int rsiPeriod() {
        return rsiPeriod;
    }

    public int kPeriod() {
        return kPeriod;
    }

    public int dPeriod() {
        return dPeriod;
    }

    @Override
    public int lookback() {
        return rsiPeriod + (kPeriod - 1) + (dPeriod - 1);
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
            default -> throw new IndexOutOfBoundsException("output " + i + " of STOCHRSI, which has 2");
        };
    }

    @Override
    public void reset() {
        rsi.reset();
        range.reset();
        dSma.reset();
        flatRun = 0;
        started = false;
        steady = false;
        previous = 0.0;
        k = Double.NaN;
        d = Double.NaN;
    }

    @Override
    public String toString() {
        return "STOCHRSI(" + rsiPeriod + ", " + kPeriod + ", " + dPeriod + ")";
    }

    private static void checkPeriods(int rsiPeriod, int kPeriod, int dPeriod) {
        if (rsiPeriod < 1 || kPeriod < 1 || dPeriod < 1) {
            throw new IllegalArgumentException("STOCHRSI periods must be >= 1, got RSI " + rsiPeriod + ", %K "
                    + kPeriod + ", %D " + dPeriod);
        }
    }
}
