package dev.kairos.engine.sizing;

import dev.kairos.model.regime.Regime;

/** One number per regime (a size multiplier, a stop width), each finite and &gt;= 0. */
public record PerRegime(double bullTrend, double bearTrend, double volatileRange, double quietRange) {
    public PerRegime {
        check(Regime.BULL_TREND, bullTrend);
        check(Regime.BEAR_TREND, bearTrend);
        check(Regime.VOLATILE_RANGE, volatileRange);
        check(Regime.QUIET_RANGE, quietRange);
    }

    /** The same value for every regime. */
    public static PerRegime uniform(double value) {
        return new PerRegime(value, value, value, value);
    }

    public double of(Regime regime) {
        return switch (regime) {
            case BULL_TREND -> bullTrend;
            case BEAR_TREND -> bearTrend;
            case VOLATILE_RANGE -> volatileRange;
            case QUIET_RANGE -> quietRange;
        };
    }

    /** The smallest of the four values. */
    public double min() {
        return Math.min(Math.min(bullTrend, bearTrend), Math.min(volatileRange, quietRange));
    }

    /** The largest of the four values. */
    public double max() {
        return Math.max(Math.max(bullTrend, bearTrend), Math.max(volatileRange, quietRange));
    }

    private static void check(Regime r, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException("value for " + r.key() + " must be a finite number >= 0: " + v);
        }
    }
}
