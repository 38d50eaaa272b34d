package dev.kairos.engine.sizing;

import dev.kairos.model.regime.Regime;

/**
 * The latest regime of an instrument as sizing sees it: the regime in force and the confidence score of the
 * call, from the last {@code Event.RegimeUpdate} of the instrument.
 *
 * @param confidence in [0, 1]
 */
public record RegimeCall(Regime regime, double confidence) {
    public RegimeCall {
        if (regime == null) {
            throw new IllegalArgumentException("regime is required");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("regime confidence must be in [0, 1]: " + confidence);
        }
    }
}
