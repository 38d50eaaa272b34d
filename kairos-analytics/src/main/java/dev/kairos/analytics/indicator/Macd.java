package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Moving average convergence/divergence (Appel), three outputs in the units of the input: the MACD line
 * {@code EMA(fast) - EMA(slow)} (output 0), its signal line {@code EMA(signal)} of the MACD line (output 1,
 * {@link #signal()}) and the histogram, line minus signal (output 2, {@link #histogram()}). Lookback
 * {@code (slow - 1) + (signal - 1)}: 33 for the usual 12, 26, 9.
 *
 * <p>TA-Lib MACD: every EMA is seeded with the SMA of its first inputs, and the fast EMA is started late so
 * that both EMAs give their first value on the same bar: the slow EMA is seeded with the mean of
 * {@code x[0 .. slow-1]} and the fast one with the mean of {@code x[slow-fast .. slow-1]}, not of
 * {@code x[0 .. fast-1]}. The signal EMA is seeded with the mean of the first {@code signal} MACD values,
 * and all three outputs start together at the lookback. (StockCharts, like pandas' {@code ewm}, seeds each
 * EMA differently and agrees only after a long warm-up.)
 */
public final class Macd implements SingleInputIndicator {
    /** The three outputs over a whole series, each as long as the input and {@code NaN} during warm-up. */
    public record Batch(double[] macd, double[] signal, double[] histogram) {
        /** @throws IllegalArgumentException when the outputs differ in length */
        public Batch {
            if (signal.length != macd.length || histogram.length != macd.length) {
                throw new IllegalArgumentException("outputs must have the same length");
            }
        }
    }

    private final int fastPeriod;
    private final int slowPeriod;
    private final int signalPeriod;
    private final Ema fast;
    private final Ema slow;
    private final Ema signalEma;
    /** Inputs not given to the fast EMA, counted up to {@code slow - fast} only. */
    private int skipped;
    private double macd = Double.NaN;
    private double signal = Double.NaN;
    private double histogram = Double.NaN;

    /**
     * @throws IllegalArgumentException unless {@code 1 <= fastPeriod < slowPeriod} and {@code signalPeriod >= 1}
     */
    public Macd(int fastPeriod, int slowPeriod, int signalPeriod) {
        checkPeriods(fastPeriod, slowPeriod, signalPeriod);
        this.fastPeriod = fastPeriod;
        this.slowPeriod = slowPeriod;
        this.signalPeriod = signalPeriod;
        this.fast = new Ema(fastPeriod);
        this.slow = new Ema(slowPeriod);
        this.signalEma = new Ema(signalPeriod);
    }

    /**
     * The three outputs over every prefix of {@code values}.
     *
     * @throws IllegalArgumentException unless {@code 1 <= fastPeriod < slowPeriod} and {@code signalPeriod >= 1}
     */
    public static Batch batch(double[] values, int fastPeriod, int slowPeriod, int signalPeriod) {
        checkPeriods(fastPeriod, slowPeriod, signalPeriod);
        int n = values.length;
        double[] slowEma = Ema.batch(values, slowPeriod);
        double[] fastEma = SuffixBatch.ema(values, slowPeriod - fastPeriod, fastPeriod);
        double[] line = new double[n];
        Arrays.fill(line, Double.NaN);
        for (int i = slowPeriod - 1; i < n; i++) {
            line[i] = fastEma[i] - slowEma[i];
        }
        double[] signalLine = SuffixBatch.ema(line, slowPeriod - 1, signalPeriod);
        double[] hist = new double[n];
        int start = Math.min(n, lookback(slowPeriod, signalPeriod));
        Arrays.fill(line, 0, start, Double.NaN);
        Arrays.fill(hist, 0, start, Double.NaN);
        for (int i = start; i < n; i++) {
            hist[i] = line[i] - signalLine[i];
        }
        return new Batch(line, signalLine, hist);
    }

    /** @return the MACD line, or {@code NaN} while warming up */
    @Override
    public double update(double input) {
        double s = slow.update(input);
        double f = Double.NaN;
        if (skipped < slowPeriod - fastPeriod) {
            skipped++;
        } else {
            f = fast.update(input);
        }
        if (Double.isNaN(s)) {
            return Double.NaN;
        }
        double line = f - s;
        double sig = signalEma.update(line);
        if (Double.isNaN(sig)) {
            return Double.NaN;
        }
        macd = line;
        signal = sig;
        histogram = line - sig;
        return macd;
    }

    /** The MACD line, output 0. */
    public double macd() {
        return macd;
    }

    /** The signal line, output 1. */
    public double signal() {
        return signal;
    }

    /** MACD line minus signal line, output 2. */
    public double histogram() {
        return histogram;
    }

    public int fastPeriod() {
        return fastPeriod;
    }

    public int slowPeriod() {
        return slowPeriod;
    }

    public int signalPeriod() {
        return signalPeriod;
    }

    @Override
    public int lookback() {
        return lookback(slowPeriod, signalPeriod);
    }

    @Override
    public boolean isReady() {
        return signalEma.isReady();
    }

    @Override
    public double value() {
        return macd;
    }

    @Override
    public int outputCount() {
        return 3;
    }

    @Override
    public double output(int i) {
        return switch (i) {
            case 0 -> macd;
            case 1 -> signal;
            case 2 -> histogram;
            default -> throw new IndexOutOfBoundsException("output " + i + " of MACD, which has 3");
        };
    }

    @Override
    public void reset() {
        fast.reset();
        slow.reset();
        signalEma.reset();
        skipped = 0;
        macd = Double.NaN;
        signal = Double.NaN;
        histogram = Double.NaN;
    }

    @Override
    public String toString() {
        return "MACD(" + fastPeriod + ", " + slowPeriod + ", " + signalPeriod + ")";
    }

    private static int lookback(int slowPeriod, int signalPeriod) {
        return (slowPeriod - 1) + (signalPeriod - 1);
    }

    private static void checkPeriods(int fastPeriod, int slowPeriod, int signalPeriod) {
        if (fastPeriod < 1 || slowPeriod <= fastPeriod || signalPeriod < 1) {
            throw new IllegalArgumentException("MACD needs 1 <= fast < slow and signal >= 1, got fast " + fastPeriod
                    + ", slow " + slowPeriod + ", signal " + signalPeriod);
        }
    }
}
