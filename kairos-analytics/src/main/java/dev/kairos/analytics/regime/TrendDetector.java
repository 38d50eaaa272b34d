package dev.kairos.analytics.regime;

import dev.kairos.analytics.indicator.Adx;
import dev.kairos.analytics.indicator.Atr;
import dev.kairos.analytics.indicator.Ema;
import dev.kairos.analytics.indicator.LinearRegressionSlope;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.regime.Regime;

/**
 * Tells trends from ranges, and up from down, by three classic readings. Name {@code trend}.
 *
 * <ul>
 *   <li>ADX with +DI and −DI: {@code di = (+DI − −DI) / (+DI + −DI)} in [−1, 1] for direction, the ADX for
 *       strength;</li>
 *   <li>moving-average alignment: {@code ma = (fast − slow) / ATR + (close − fast) / ATR}, positive when close,
 *       fast and slow EMA are stacked upwards;</li>
 *   <li>the linear-regression slope of the log close over {@link Params#slopePeriod()} bars, as the move over
 *       that window in ATR units: {@code slope · period / (ATR / close)}.</li>
 * </ul>
 * Direction score {@code D = diWeight · di + maWeight · ma + slopeWeight · slopeMove}; up share
 * {@code U = logistic(D)}. Trend share {@code T = logistic((ADX − adxMid) / adxScale + |D| − directionMid)}.
 * No opinion on the kind of range (volatile share 0.5). Confidence {@code |2T − 1|} averaged with
 * {@code |2U − 1|}. Ready when every indicator is. O(1) per bar, allocation-free.
 */
public final class TrendDetector implements RegimeDetector {

    /**
     * @param adxPeriod    ADX and DI period, at least 2
     * @param fastPeriod   fast EMA period, at least 1
     * @param slowPeriod   slow EMA period, above {@code fastPeriod}
     * @param slopePeriod  regression window, at least 3
     * @param atrPeriod    ATR period used to normalise, at least 1
     * @param adxMid       ADX at which the ADX term is neutral, in (0, 100)
     * @param adxScale     ADX points per logistic unit, positive
     * @param directionMid |D| at which the direction term is neutral, non-negative
     */
    public record Params(int adxPeriod, int fastPeriod, int slowPeriod, int slopePeriod, int atrPeriod,
                         double adxMid, double adxScale, double directionMid) {
        public Params {
            if (adxPeriod < 2 || fastPeriod < 1 || slopePeriod < 3 || atrPeriod < 1) {
                throw new IllegalArgumentException("trend periods out of range (adx >= 2, fast >= 1, slope >= 3,"
                        + " atr >= 1): " + adxPeriod + ", " + fastPeriod + ", " + slopePeriod + ", " + atrPeriod);
            }
            if (slowPeriod <= fastPeriod) {
                throw new IllegalArgumentException("slow EMA period " + slowPeriod + " must exceed the fast period "
                        + fastPeriod);
            }
            if (!(adxMid > 0 && adxMid < 100)) {
                throw new IllegalArgumentException("ADX midpoint must be in (0, 100): " + adxMid);
            }
            if (!(adxScale > 0) || !Double.isFinite(adxScale)) {
                throw new IllegalArgumentException("ADX scale must be positive: " + adxScale);
            }
            if (!(directionMid >= 0) || !Double.isFinite(directionMid)) {
                throw new IllegalArgumentException("direction midpoint must be >= 0: " + directionMid);
            }
        }

        /** ADX 14, EMAs 10/30, slope 30, ATR 14, ADX neutral at 25 with 6 points per unit, |D| neutral at 4. */
        public static Params defaults() {
            return new Params(14, 10, 30, 30, 14, 25.0, 6.0, 4.0);
        }
    }

    static final double DI_WEIGHT = 2.0;
    static final double MA_WEIGHT = 0.5;
    static final double SLOPE_WEIGHT = 0.3;

    private final Params params;
    private final Adx adx;
    private final Ema fast;
    private final Ema slow;
    private final LinearRegressionSlope slope;
    private final Atr atr;
    private final double[] probabilities = {0.25, 0.25, 0.25, 0.25};
    private final BarSequence sequence = new BarSequence("trend");
    private boolean ready;
    private double confidence;
    private double direction = Double.NaN;

    public TrendDetector() {
        this(Params.defaults());
    }

    public TrendDetector(Params params) {
        if (params == null) {
            throw new IllegalArgumentException("params are required");
        }
        this.params = params;
        this.adx = new Adx(params.adxPeriod());
        this.fast = new Ema(params.fastPeriod());
        this.slow = new Ema(params.slowPeriod());
        this.slope = new LinearRegressionSlope(params.slopePeriod());
        this.atr = new Atr(params.atrPeriod());
    }

    @Override
    public String name() {
        return "trend";
    }

    @Override
    public void update(BarSeries bars, int i) {
        sequence.advance(i);
        double h = bars.high(i);
        double l = bars.low(i);
        double c = bars.close(i);
        adx.update(h, l, c);
        double f = fast.update(c);
        double s = slow.update(c);
        double k = slope.update(Math.log(c));
        double a = atr.update(h, l, c);
        if (!adx.isReady() || !slow.isReady() || !slope.isReady() || !atr.isReady()) {
            return;
        }
        double plus = adx.plusDi();
        double minus = adx.minusDi();
        double di = plus + minus > 0 ? (plus - minus) / (plus + minus) : 0.0;
        double ma = a > 0 ? ((f - s) + (c - f)) / a : 0.0;
        double move = a > 0 ? k * params.slopePeriod() / (a / c) : 0.0;
        direction = DI_WEIGHT * di + MA_WEIGHT * ma + SLOPE_WEIGHT * move;
        double up = RegimeFactors.logistic(direction);
        double trend = RegimeFactors.logistic((adx.adx() - params.adxMid()) / params.adxScale()
                + Math.abs(direction) - params.directionMid());
        RegimeFactors.toProbabilities(trend, up, 0.5, probabilities);
        confidence = 0.5 * (Math.abs(2 * trend - 1) + Math.abs(2 * up - 1));
        ready = true;
    }

    @Override
    public boolean isReady() {
        return ready;
    }

    @Override
    public double probability(Regime regime) {
        return probabilities[regime.ordinal()];
    }

    @Override
    public void probabilities(double[] out) {
        System.arraycopy(probabilities, 0, out, 0, Regime.COUNT);
    }

    @Override
    public double confidence() {
        return ready ? confidence : 0.0;
    }

    /** The direction score D after the last update (positive up); NaN before ready. */
    public double direction() {
        return direction;
    }

    public Params params() {
        return params;
    }

    @Override
    public String toString() {
        return "TrendDetector" + params;
    }
}
