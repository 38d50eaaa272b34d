package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Keltner Channels: a middle line, the {@link Ema} of the close, and bands {@code multiplier} {@link Atr}s
 * above and below it. Lookback {@code max(emaPeriod - 1, atrPeriod)}: every output waits for both parts.
 *
 * <p>Outputs, in order: 0 {@link #upper()}, 1 {@link #middle()}, 2 {@link #lower()}.
 *
 * <p>TA-Lib has no Keltner Channels. This is the modern (Chester Keltner via Linda Raschke) form that
 * StockCharts documents, with its usual arguments EMA 20, ATR 10, multiplier 2, built from this package's
 * TA-Lib-convention parts: the EMA is seeded with the SMA of the first {@code emaPeriod} closes and the ATR
 * with the mean of {@code TR[1..atrPeriod]}. StockCharts' worked example (the Python {@code ta} library's
 * {@code cs-kc}) seeds the EMA with the first close and the ATR with a mean that includes bar 0's
 * {@code high - low}; the two agree once those seeds have decayed (the EMA difference shrinks by
 * {@code 1 - 2 / (emaPeriod + 1)} per bar, the ATR difference by {@code 1 - 1 / atrPeriod}).
 */
public final class KeltnerChannels implements HlcIndicator {
    private final int emaPeriod;
    private final int atrPeriod;
    private final double multiplier;
    private final Ema ema;
    private final Atr atr;
    private double upper = Double.NaN;
    private double middle = Double.NaN;
    private double lower = Double.NaN;

    /** The three outputs over a whole series, {@code NaN} during warm-up. The arrays belong to the caller. */
    public record Batch(double[] upper, double[] middle, double[] lower) {
    }

    /**
     * @param emaPeriod  period of the middle line's EMA of the close (20 is usual), at least 1
     * @param atrPeriod  period of the ATR (10 is usual), at least 1
     * @param multiplier band distance in ATRs (2 is usual), positive and finite
     * @throws IllegalArgumentException when an argument is out of range
     */
    public KeltnerChannels(int emaPeriod, int atrPeriod, double multiplier) {
        checkArgs(emaPeriod, atrPeriod, multiplier);
        this.emaPeriod = emaPeriod;
        this.atrPeriod = atrPeriod;
        this.multiplier = multiplier;
        this.ema = new Ema(emaPeriod);
        this.atr = new Atr(atrPeriod);
    }

    /**
     * The three outputs over every prefix of the bars.
     *
     * @throws IllegalArgumentException when the columns differ in length or an argument is out of range
     */
    public static Batch batch(double[] high, double[] low, double[] close, int emaPeriod, int atrPeriod,
                              double multiplier) {
        checkArgs(emaPeriod, atrPeriod, multiplier);
        int n = TrueRange.checkLengths(high, low, close);
        double[] middle = Ema.batch(close, emaPeriod);
        double[] atr = Atr.batch(high, low, close, atrPeriod);
        double[] upper = new double[n];
        double[] lower = new double[n];
        int lookback = lookback(emaPeriod, atrPeriod);
        int warm = Math.min(n, lookback);
        Arrays.fill(middle, 0, warm, Double.NaN);
        Arrays.fill(upper, 0, warm, Double.NaN);
        Arrays.fill(lower, 0, warm, Double.NaN);
        for (int i = lookback; i < n; i++) {
            double width = multiplier * atr[i];
            upper[i] = middle[i] + width;
            lower[i] = middle[i] - width;
        }
        return new Batch(upper, middle, lower);
    }

    @Override
    public double update(double high, double low, double close) {
        double m = ema.update(close);
        double a = atr.update(high, low, close);
        if (!ema.isReady() || !atr.isReady()) {
            return Double.NaN;
        }
        double width = multiplier * a;
        middle = m;
        upper = m + width;
        lower = m - width;
        return upper;
    }

    /** The upper band after the latest update ({@code NaN} while warming up); output 0. */
    public double upper() {
        return upper;
    }

    /** The middle line, the EMA of the close; output 1. */
    public double middle() {
        return middle;
    }

    /** The lower band; output 2. */
    public double lower() {
        return lower;
    }

    public int emaPeriod() {
        return emaPeriod;
    }

    public int atrPeriod() {
        return atrPeriod;
    }

    public double multiplier() {
        return multiplier;
    }

    @Override
    public int lookback() {
        return lookback(emaPeriod, atrPeriod);
    }

    private static int lookback(int emaPeriod, int atrPeriod) {
        return Math.max(emaPeriod - 1, atrPeriod);
    }

    @Override
    public boolean isReady() {
        return ema.isReady() && atr.isReady();
    }

    /** The upper band, output 0. */
    @Override
    public double value() {
        return upper;
    }

    @Override
    public int outputCount() {
        return 3;
    }

    @Override
    public double output(int i) {
        return switch (i) {
            case 0 -> upper;
            case 1 -> middle;
            case 2 -> lower;
            default -> throw new IndexOutOfBoundsException("output " + i + " of " + this + " (3 outputs)");
        };
    }

    @Override
    public void reset() {
        ema.reset();
        atr.reset();
        upper = middle = lower = Double.NaN;
    }

    @Override
    public String toString() {
        return "KELTNER(" + emaPeriod + ", " + atrPeriod + ", " + multiplier + ")";
    }

    private static void checkArgs(int emaPeriod, int atrPeriod, double multiplier) {
        if (emaPeriod < 1 || atrPeriod < 1) {
            throw new IllegalArgumentException("Keltner periods must be >= 1, got EMA " + emaPeriod + " and ATR "
                    + atrPeriod);
        }
        if (!(multiplier > 0.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("Keltner multiplier must be positive and finite, got " + multiplier);
        }
    }
}
