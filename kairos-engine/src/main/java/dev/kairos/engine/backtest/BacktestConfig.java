package dev.kairos.engine.backtest;

import dev.kairos.engine.sizing.SizingConfig;
import dev.kairos.engine.health.HealthConfig;
import dev.kairos.engine.risk.RiskConfig;
import dev.kairos.engine.exit.ExitConfig;
import dev.kairos.engine.venue.VenueConfig;

/**
 * How a backtest trades.
 *
 * @param initialCapital          starting equity, quote currency
 * @param venue                   simulated venue models
 * @param sizing                  how positions are sized ({@link SizingConfig#defaults(double)}: a fixed share of
 *                                equity per position, split equally among instruments)
 * @param allowShort              whether SHORT signals open shorts (otherwise they mean FLAT)
 * @param maxOrderEquityMultiple  fat-finger cap: order value ≤ this × equity
 * @param seed                    seed of every random source of the run
 * @param risk                    limits of the pre-trade checks and circuit breakers
 * @param health                  health scoring and its gate
 * @param exits                   the exit brain (off: positions close on signals only)
 */
public record BacktestConfig(double initialCapital, VenueConfig venue, SizingConfig sizing, boolean allowShort,
                             double maxOrderEquityMultiple, long seed, RiskConfig risk, HealthConfig health,
                             ExitConfig exits) {

    /** Only the basic risk checks ({@link RiskConfig#basic()}), an ungated health monitor, no exit brain. */
    public BacktestConfig(double initialCapital, VenueConfig venue, SizingConfig sizing, boolean allowShort,
                          double maxOrderEquityMultiple, long seed) {
        this(initialCapital, venue, sizing, allowShort, maxOrderEquityMultiple, seed, RiskConfig.basic(),
                HealthConfig.ungated(), ExitConfig.disabled());
    }

    public BacktestConfig {
        if (exits == null) {
            throw new IllegalArgumentException("exit config is required (ExitConfig.disabled() for none)");
        }
        if (risk == null || health == null) {
            throw new IllegalArgumentException("risk and health configs are required");
        }
        if (!(initialCapital > 0) || !Double.isFinite(initialCapital)) {
            throw new IllegalArgumentException("capital must be a positive number: " + initialCapital);
        }
        if (venue == null) {
            throw new IllegalArgumentException("venue config is required");
        }
        if (sizing == null) {
            throw new IllegalArgumentException("sizing config is required");
        }
        if (!(maxOrderEquityMultiple > 0)) {
            throw new IllegalArgumentException("max order equity multiple must be > 0: " + maxOrderEquityMultiple);
        }
    }

    /** The sizing's fixed fraction of equity per position set. */
    public double sizingFraction() {
        return sizing.fraction();
    }

    /** Fixed-fraction sizing: {@code sizingFraction} of equity per position, split equally among instruments. */
    public BacktestConfig(double initialCapital, VenueConfig venue, double sizingFraction, boolean allowShort,
                          double maxOrderEquityMultiple, long seed) {
        this(initialCapital, venue, SizingConfig.defaults(sizingFraction), allowShort, maxOrderEquityMultiple, seed);
    }

    /** Fixed-fraction sizing, the basic risk checks, an ungated health monitor and these exits. */
    public BacktestConfig(double initialCapital, VenueConfig venue, double sizingFraction, boolean allowShort,
                          double maxOrderEquityMultiple, long seed, ExitConfig exits) {
        this(initialCapital, venue, SizingConfig.defaults(sizingFraction), allowShort, maxOrderEquityMultiple, seed,
                RiskConfig.basic(), HealthConfig.ungated(), exits);
    }
}
