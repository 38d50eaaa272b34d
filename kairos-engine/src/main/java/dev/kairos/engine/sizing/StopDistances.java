package dev.kairos.engine.sizing;

/**
 * How far from the entry price a position's protective stop and its profit target sit, in price units
 * (quote currency per unit of base asset), both &gt; 0 and finite — or both NaN when unknown.
 *
 * <p>{@link #r()} is the risk unit "R" of the trade: the loss per unit when the stop is hit. A take-profit
 * ladder is expressed in multiples of R (e.g. rungs at 1R, 2R and at {@link #target()}).
 *
 * @param stop   distance from the entry to the stop
 * @param target distance from the entry to the profit target
 */
public record StopDistances(double stop, double target) {
    /** Nothing known (no ATR yet): a sizing policy that needs a stop must not size. */
    public static final StopDistances UNKNOWN = new StopDistances(Double.NaN, Double.NaN);

    public StopDistances {
        boolean unknown = Double.isNaN(stop) && Double.isNaN(target);
        boolean known = stop > 0 && target > 0 && Double.isFinite(stop) && Double.isFinite(target);
        if (!unknown && !known) {
            throw new IllegalArgumentException("stop and target distances must both be finite and > 0, or both"
                    + " NaN (unknown): stop " + stop + ", target " + target);
        }
    }

    /** The risk unit R: the stop distance. */
    public double r() {
        return stop;
    }

    public boolean isKnown() {
        return !Double.isNaN(stop);
    }

    /** target / stop; NaN when unknown. */
    public double rewardToRisk() {
        return target / stop;
    }
}
