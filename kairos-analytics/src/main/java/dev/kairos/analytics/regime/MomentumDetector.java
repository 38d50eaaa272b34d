package dev.kairos.analytics.regime;

import dev.kairos.analytics.indicator.CloseToCloseVolatility;
import dev.kairos.analytics.indicator.Roc;
import dev.kairos.analytics.indicator.Rsi;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.regime.Regime;

/**
 * Tells trends from ranges by momentum: the rate of change measured in units of its own noise, and how
 * persistently the RSI stays on one side of 50. Name {@code momentum}.
 *
 * <ul>
 *   <li>{@code z = ln(1 + ROC/100) / (σ · √period)}: the log return over {@link Params#rocPeriod()} bars divided
 *       by what a random walk with the recent {@link CloseToCloseVolatility close-to-close volatility} σ would
 *       move (a t-statistic of the drift);</li>
 *   <li>{@code p = (bars with RSI > 50 − bars with RSI < 50) / window} over the last
 *       {@link Params#persistenceWindow()} bars, in [−1, 1].</li>
 * </ul>
 * Direction score {@code D = zWeight · z + persistenceWeight · p}; up share {@code U = logistic(D)}; trend share
 * {@code T = logistic(|D| − directionMid)}. No opinion on the kind of range (volatile share 0.5). Confidence
 * {@code |2T − 1|} averaged with {@code |2U − 1|}. O(1) per bar, allocation-free.
 */
public final class MomentumDetector implements RegimeDetector {

    /**
     * @param rocPeriod         bars of the rate of change (and of its volatility), at least 2
     * @param rsiPeriod         RSI period, at least 2
     * @param persistenceWindow bars over which RSI persistence is counted, at least 2
     * @param zWeight           weight of the drift t-statistic, non-negative
     * @param persistenceWeight weight of RSI persistence, non-negative
     * @param directionMid      |D| at which the trend share is 0.5, non-negative
     */
    public record Params(int rocPeriod, int rsiPeriod, int persistenceWindow, double zWeight,
                         double persistenceWeight, double directionMid) {
        public Params {
            if (rocPeriod < 2 || rsiPeriod < 2 || persistenceWindow < 2) {
                throw new IllegalArgumentException("momentum periods must be >= 2: roc " + rocPeriod + ", rsi "
                        + rsiPeriod + ", persistence " + persistenceWindow);
            }
            if (!(zWeight >= 0) || !(persistenceWeight >= 0) || !(zWeight + persistenceWeight > 0)
                    || !Double.isFinite(zWeight + persistenceWeight)) {
                throw new IllegalArgumentException("momentum weights must be >= 0 and not both 0: " + zWeight + ", "
                        + persistenceWeight);
            }
            if (!(directionMid >= 0) || !Double.isFinite(directionMid)) {
                throw new IllegalArgumentException("direction midpoint must be >= 0: " + directionMid);
            }
        }

        /** ROC 30, RSI 14 with persistence over 30 bars, weights 1.0 and 2.0, |D| neutral at 3. */
        public static Params defaults() {
            return new Params(30, 14, 30, 1.0, 2.0, 3.0);
        }
    }

    private final Params params;
    private final Roc roc;
    private final CloseToCloseVolatility volatility;
    private final Rsi rsi;
    /** RSI side per bar: +1 above 50, −1 below, 0 at 50; a ring over the persistence window. */
    private final byte[] sides;
    private int next;
    private int filled;
    private int sideSum;
    private final double[] probabilities = {0.25, 0.25, 0.25, 0.25};
    private final BarSequence sequence = new BarSequence("momentum");
    private boolean ready;
    private double confidence;
    private double direction = Double.NaN;

    public MomentumDetector() {
        this(Params.defaults());
    }

    public MomentumDetector(Params params) {
        if (params == null) {
            throw new IllegalArgumentException("params are required");
        }
        this.params = params;
        this.roc = new Roc(params.rocPeriod());
        this.volatility = new CloseToCloseVolatility(params.rocPeriod());
        this.rsi = new Rsi(params.rsiPeriod());
        this.sides = new byte[params.persistenceWindow()];
    }

    @Override
    public String name() {
        return "momentum";
    }

    @Override
    public void update(BarSeries bars, int i) {
        sequence.advance(i);
        double c = bars.close(i);
        double change = roc.update(c);
        double sigma = volatility.update(c);
        double r = rsi.update(c);
        if (rsi.isReady()) {
            byte side = (byte) (r > 50 ? 1 : (r < 50 ? -1 : 0));
            sideSum += side - sides[next];
            sides[next] = side;
            if (++next == sides.length) {
                next = 0;
            }
            if (filled < sides.length) {
                filled++;
            }
        }
        if (!roc.isReady() || !volatility.isReady() || filled < sides.length) {
            return;
        }
        double z = sigma > 0 ? Math.log1p(change / 100.0) / (sigma * Math.sqrt(params.rocPeriod())) : 0.0;
        double persistence = (double) sideSum / sides.length;
        direction = params.zWeight() * z + params.persistenceWeight() * persistence;
        double up = RegimeFactors.logistic(direction);
        double trend = RegimeFactors.logistic(Math.abs(direction) - params.directionMid());
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
        return "MomentumDetector" + params;
    }
}
