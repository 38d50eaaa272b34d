package dev.kairos.analytics.catalog;

import java.util.List;

/** Volume indicators of the catalogue. */
final class VolumeDefinitions {
    private VolumeDefinitions() {
    }

    static List<IndicatorDefinition> all() {
        return List.of();
    }
}
