package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Slow stochastic oscillator (Lane), in points from 0 to 100: slow %K, the SMA over {@code kSlowing} bars of
 * the fast %K (output 0, {@link #k()}), and slow %D, the SMA of slow %K over {@code dPeriod} bars (output 1,
 * {@link #d()}). The fast %K is where the close sits in the high-low range of the last {@code kPeriod} bars.
 * Lookback {@code (kPeriod - 1) + (kSlowing - 1) + (dPeriod - 1)}: 17 for the usual 14, 3, 3; both outputs
 * start together.
 *
 * <p>TA-Lib STOCH with SMAs for both smoothings: fast
 * {@code %K = (close - lowest) / ((highest - lowest) / 100)}, and 0 when the range is empty, both
 * computed with TA-Lib's arithmetic (%K is averaged twice, see {@link Sma}); slow %D multiplies its sum by
 * {@code 1 / dPeriod}, where TA-Lib divides. See
 * {@link StochasticFast} for the fast oscillator.
 */
public final class Stochastic implements HlcIndicator {
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
    private final int kSlowing;
    private final int dPeriod;
    private final WindowRange range;
    private final Sma kSma;
    private final Sma dSma;
    private double k = Double.NaN;
    private double d = Double.NaN;

    /**
     * @param kPeriod  bars whose high-low range the fast %K uses
     * @param kSlowing SMA period turning the fast %K into the slow %K
     * @param dPeriod  SMA period of %D
     * @throws IllegalArgumentException when a period is below 1
     */
    public Stochastic(int kPeriod, int kSlowing, int dPeriod) {
        StochasticFast.checkPeriods(kPeriod, kSlowing, dPeriod);
        this.kPeriod = kPeriod;
        this.kSlowing = kSlowing;
        this.dPeriod = dPeriod;
        this.range = new WindowRange(kPeriod);
        this.kSma = new Sma(kSlowing, true);
        this.dSma = new Sma(dPeriod);
    }

    /**
     * Slow %K and %D of every bar.
     *
     * @throws IllegalArgumentException when the columns differ in length or a period is below 1
     */
    public static Batch batch(double[] high, double[] low, double[] close, int kPeriod, int kSlowing, int dPeriod) {
        StochasticFast.checkPeriods(kPeriod, kSlowing, dPeriod);
        TrueRange.checkLengths(high, low, close);
        double[] fastK = StochasticFast.rawK(high, low, close, kPeriod);
        double[] slowK = SuffixBatch.sma(fastK, kPeriod - 1, kSlowing, true);
        double[] slowD = SuffixBatch.sma(slowK, (kPeriod - 1) + (kSlowing - 1), dPeriod);
        int start = Math.min(close.length, (kPeriod - 1) + (kSlowing - 1) + (dPeriod - 1));
        Arrays.fill(slowK, 0, start, Double.NaN);
        return new Batch(slowK, slowD);
    }

    /** @return slow %K, or {@code NaN} while warming up */
    @Override
    public double update(double high, double low, double close) {
        range.add(high, low);
        if (!range.isFull()) {
            return Double.NaN;
        }
        double slowK = kSma.update(StochasticFast.rawK(range.highest(), range.lowest(), close));
        if (Double.isNaN(slowK)) {
            return Double.NaN;
        }
        double slowD = dSma.update(slowK);
        if (Double.isNaN(slowD)) {
            return Double.NaN;
        }
        k = slowK;
        d = slowD;
        return k;
    }

    /** Slow %K, output 0. */
    public double k() {
        return k;
    }

    /** Slow %D, output 1. */
    public double d() {
        return d;
    }

    public int kPeriod() {
        return kPeriod;
    }

    public int kSlowing() {
        return kSlowing;
    }

    public int dPeriod() {
        return dPeriod;
    }

    @Override
    public int lookback() {
        return (kPeriod - 1) + (kSlowing - 1) + (dPeriod - 1);
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
            default -> throw new IndexOutOfBoundsException("output " + i + " of STOCH, which has 2");
        };
    }

    @Override
    public void reset() {
        range.reset();
        kSma.reset();
        dSma.reset();
        k = Double.NaN;
        d = Double.NaN;
    }

    @Override
    public String toString() {
        return "STOCH(" + kPeriod + ", " + kSlowing + ", " + dPeriod + ")";
    }
}
