package dev.kairos.engine.backtest;

import dev.kairos.engine.exit.ExitConfig;
import dev.kairos.engine.venue.VenueConfig;

/**
 * How a backtest trades.
 *
 * @param initialCapital          starting equity, quote currency
 * @param venue                   simulated venue models
 * @param sizingFraction          share of equity per position, split equally among instruments
 * @param allowShort              whether SHORT signals open shorts (otherwise they mean FLAT)
 * @param maxOrderEquityMultiple  fat-finger cap: order value ≤ this × equity
 * @param seed                    seed of every random source of the run
 * @param exits                   the exit brain (off: positions close on signals only)
 */
public record BacktestConfig(double initialCapital, VenueConfig venue, double sizingFraction, boolean allowShort,
                             double maxOrderEquityMultiple, long seed, ExitConfig exits) {
    /** Without the exit brain. */
    public BacktestConfig(double initialCapital, VenueConfig venue, double sizingFraction, boolean allowShort,
                          double maxOrderEquityMultiple, long seed) {
        this(initialCapital, venue, sizingFraction, allowShort, maxOrderEquityMultiple, seed, ExitConfig.disabled());
    }

    public BacktestConfig {
        if (exits == null) {
            throw new IllegalArgumentException("exit config is required (ExitConfig.disabled() for none)");
        }
        if (!(initialCapital > 0) || !Double.isFinite(initialCapital)) {
            throw new IllegalArgumentException("capital must be a positive number: " + initialCapital);
        }
        if (venue == null) {
            throw new IllegalArgumentException("venue config is required");
        }
        if (!(sizingFraction > 0) || sizingFraction > 10) {
            throw new IllegalArgumentException("sizing fraction must be in (0, 10]: " + sizingFraction);
        }
        if (!(maxOrderEquityMultiple > 0)) {
            throw new IllegalArgumentException("max order equity multiple must be > 0: " + maxOrderEquityMultiple);
        }
    }
}
