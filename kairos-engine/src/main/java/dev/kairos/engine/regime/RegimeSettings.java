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
 * @param detectors       detector names for the ensemble, each known to {@code registry}
 * @param ensemble        the ensemble's settings (weights, hysteresis margin and dwell, horizon)
 * @param higherTimeframe when present, the same ensemble also runs on closed bars of this timeframe
 * @param registry        where detector names are looked up
 */
public record RegimeSettings(boolean enabled, List<String> detectors, RegimeEnsembleConfig ensemble,
                             Optional<Timeframe> higherTimeframe, RegimeDetectors registry) {

    public RegimeSettings {
        detectors = List.copyOf(detectors);
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
        return new RegimeSettings(false, List.of(), RegimeEnsembleConfig.defaults(), Optional.empty(),
                RegimeDetectors.standard());
    }

    /** Every detector of {@code registry}, default ensemble settings, no higher timeframe. */
    public static RegimeSettings standard(RegimeDetectors registry) {
        return new RegimeSettings(true, registry.names(), RegimeEnsembleConfig.defaults(), Optional.empty(),
                registry);
    }
}
