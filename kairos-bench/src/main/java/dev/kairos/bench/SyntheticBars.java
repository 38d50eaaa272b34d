package dev.kairos.bench;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.market.BarSeries;
import java.util.SplittableRandom;

/**
 * Seeded synthetic one-minute OHLCV bars: geometric Brownian motion whose drift and volatility switch
 * between market regimes. Same seed, same bars, on every JDK.
 *
 * <p><b>Regimes.</b> A Markov chain over {@link Regime}: at each bar the current regime ends with
 * probability {@code 1 / meanDwellBars} (so dwell times are geometric, with that mean) and the next one is
 * drawn from the row of {@link #TRANSITIONS} (never the same regime twice in a row).
 *
 * <p><b>Bars.</b> The open is the previous close. The log return of the bar is
 * {@code (mu - sigma^2/2) + sigma * Z} with the regime's per-minute drift and volatility. High and low are
 * the maximum and minimum of a Brownian bridge from the open to the close with that volatility, sampled
 * exactly ({@code M = (x + sqrt(x^2 - 2 sigma^2 ln U)) / 2}), so they always cover open and close. Prices
 * are rounded to cents and volumes to 1e-8, as in the shipped data files, so a bar written as CSV text
 * reads back as exactly the same doubles. Volume is log-normal around the regime's level and rises with
 * the size of the move.
 *
 * <p>Not thread-safe; {@link #generate} is a pure function of its arguments.
 */
public final class SyntheticBars {
    /** One minute, ms. */
    public static final long MINUTE_MS = 60_000L;
    /** 2024-01-01T00:00:00Z. */
    public static final long DEFAULT_START_MS = 1_704_067_200_000L;
    public static final double DEFAULT_START_PRICE = 42_000.00;

    /** Minutes in a year of 365.25 days. */
    static final double MINUTES_PER_YEAR = 525_960.0;
    /** Typical volume of one bar (base asset) at regime multiplier 1. */
    private static final double BASE_VOLUME = 12.0;

    /** Market regimes with annualised drift and volatility and a mean dwell time in bars (minutes). */
    public enum Regime {
        BULL(0.90, 0.55, 3 * 1_440, 1.0),
        BEAR(-0.70, 0.75, 2 * 1_440, 1.3),
        QUIET(0.00, 0.25, 4 * 1_440, 0.6),
        VOLATILE(0.00, 1.40, 720, 2.2);

        /** Drift and volatility per bar (one minute). */
        final double mu;
        final double sigma;
        final double leaveProbability;
        final double volumeLevel;

        Regime(double annualDrift, double annualVolatility, int meanDwellBars, double volumeLevel) {
            this.mu = annualDrift / MINUTES_PER_YEAR;
            this.sigma = annualVolatility / Math.sqrt(MINUTES_PER_YEAR);
            this.leaveProbability = 1.0 / meanDwellBars;
            this.volumeLevel = volumeLevel;
        }
    }

    /** Row: from regime (ordinal); column: probability of moving to that regime. Diagonal 0, rows sum to 1. */
    static final double[][] TRANSITIONS = {
            {0.00, 0.25, 0.45, 0.30},
            {0.25, 0.00, 0.40, 0.35},
            {0.40, 0.30, 0.00, 0.30},
            {0.35, 0.35, 0.30, 0.00},
    };

    private SyntheticBars() {
    }

    /** {@code count} bars from {@link #DEFAULT_START_MS} at {@link #DEFAULT_START_PRICE}. */
    public static BarSeries generate(InstrumentId instrument, int count, long seed) {
        return generate(instrument, count, seed, DEFAULT_START_MS, DEFAULT_START_PRICE, null);
    }

    /**
     * {@code count} consecutive one-minute bars.
     *
     * @param regimes when not null (length &gt;= count), receives the regime ordinal of every bar
     */
    public static BarSeries generate(InstrumentId instrument, int count, long seed, long startMs, double startPrice,
                                     byte[] regimes) {
        if (count < 1) {
            throw new IllegalArgumentException("bar count must be >= 1: " + count);
        }
        if (!(startPrice >= 1.0) || !Double.isFinite(startPrice)) {
            throw new IllegalArgumentException("start price must be a finite number >= 1: " + startPrice);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Regime[] all = Regime.values();
        Regime regime = Regime.QUIET;
        BarSeries.Builder out = new BarSeries.Builder(instrument, count);
        double open = cents(startPrice);
        for (int i = 0; i < count; i++) {
            if (random.nextDouble() < regime.leaveProbability) {
                regime = all[pick(TRANSITIONS[regime.ordinal()], random.nextDouble())];
            }
            if (regimes != null) {
                regimes[i] = (byte) regime.ordinal();
            }
            double sigma = regime.sigma;
            double z = random.nextGaussian();
            double x = (regime.mu - 0.5 * sigma * sigma) + sigma * z;
            double twoVar = 2 * sigma * sigma;
            double up = (x + Math.sqrt(x * x - twoVar * Math.log(1.0 - random.nextDouble()))) / 2;
            double down = (x - Math.sqrt(x * x - twoVar * Math.log(1.0 - random.nextDouble()))) / 2;
            double close = Math.max(0.01, cents(open * Math.exp(x)));
            double high = Math.max(Math.max(open, close), cents(open * Math.exp(up)));
            double low = Math.max(0.01, Math.min(Math.min(open, close), cents(open * Math.exp(down))));
            double volume = BASE_VOLUME * regime.volumeLevel * (1 + 0.8 * Math.abs(z))
                    * Math.exp(0.6 * random.nextGaussian() - 0.18);
            volume = Math.max(1e-8, Math.rint(volume * 1e8) / 1e8);
            out.add(startMs + i * MINUTE_MS, open, high, low, close, volume);
            open = close;
        }
        return out.build(MINUTE_MS);
    }

    /** Index of the bucket of {@code row} (probabilities summing to 1) that {@code u} in [0, 1) falls in. */
    private static int pick(double[] row, double u) {
        double acc = 0;
        int last = 0;
        for (int j = 0; j < row.length; j++) {
            if (row[j] > 0) {
                acc += row[j];
                last = j;
                if (u < acc) {
                    return j;
                }
            }
        }
        return last;
    }

    /** Rounded to a whole number of cents; {@code cents / 100.0} is the double nearest the decimal. */
    static double cents(double price) {
        return Math.rint(price * 100) / 100.0;
    }
}
