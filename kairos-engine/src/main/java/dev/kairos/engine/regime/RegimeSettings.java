package dev.kairos.engine.regime;

import dev.kairos.analytics.regime.RegimeDetectors;
import dev.kairos.analytics.regime.RegimeEnsembleConfig;
import dev.kairos.model.market.Timeframe;
import java.util.List;
import java.util.Optional;

/**
 * Whether and how a run tracks market regimes.
 *
 * @param enabled         whether regimes are tracked at all
 * @param detectors       detector names for the ensemble, each known to {@link RegimeDetectors#standard()}
 * @param ensemble        the ensemble's settings (weights, hysteresis margin and dwell, horizon)
 * @param higherTimeframe when present, the same ensemble also runs on closed bars of this timeframe
 */
public record RegimeSettings(boolean enabled, List<String> detectors, RegimeEnsembleConfig ensemble,
                             Optional<Timeframe> higherTimeframe) {

    public RegimeSettings {
        detectors = List.copyOf(detectors);
        RegimeDetectors registry = RegimeDetectors.standard();
        if (enabled) {
            if (detectors.isEmpty()) {
                throw new IllegalArgumentException("regime tracking needs at least one detector; known: "
                        + String.join(", ", registry.names()));
            }
            for (String d : detectors) {
                if (!registry.has(d)) {
                    throw new IllegalArgumentException("unknown regime detector '" + d + "'; known: "
                            + String.join(", ", registry.names()));
                }
            }
        }
    }

    /** No regime tracking (the strategies' {@code regime()} is never ready; no RegimeUpdate events). */
    public static RegimeSettings off() {
        return new RegimeSettings(false, List.of(), RegimeEnsembleConfig.defaults(), Optional.empty());
    }

    /** Every standard detector ({@link RegimeDetectors#standard()}), default ensemble settings. */
    public static RegimeSettings standard() {
        return new RegimeSettings(true, RegimeDetectors.standard().names(), RegimeEnsembleConfig.defaults(),
                Optional.empty());
    }

    /** The ensemble these settings describe, with fresh detectors (named in {@link RegimeDetectors#standard()}). */
    public dev.kairos.analytics.regime.RegimeEnsemble newEnsemble() {
        return RegimeDetectors.standard().ensemble(detectors, ensemble);
    }
}
