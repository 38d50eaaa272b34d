package dev.kairos.engine.strategy;

import dev.kairos.analytics.regime.RegimeReading;
import dev.kairos.model.event.Direction;

/** What a strategy may see of the engine and how it answers. */
public interface StrategyContext {

    /** Decision time: close time of the current bar, epoch ms UTC. */
    long now();

    /** Signed position quantity in this strategy's instrument (&gt; 0 long, &lt; 0 short). */
    double positionQuantity();

    /**
     * Emits a signal for the current bar.
     *
     * @param confidence in [0, 1]
     * @param reasons    at least one human-readable reason
     */
    void signal(Direction direction, double confidence, String... reasons);

    /**
     * The instrument's regime at this bar's close, as the engine's regime ensemble published it (see
     * {@code regime.*} settings); {@link RegimeReading#NONE} (never ready) when regimes are not tracked.
     */
    default RegimeReading regime() {
        return RegimeReading.NONE;
    }
}
