package dev.kairos.analytics.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The indicators users can name, in listing order. */
public final class IndicatorCatalog {
    private final Map<String, IndicatorDefinition> byName;

    public IndicatorCatalog(List<IndicatorDefinition> definitions) {
        Map<String, IndicatorDefinition> m = new LinkedHashMap<>();
        for (IndicatorDefinition d : definitions) {
            if (m.put(d.name(), d) != null) {
                throw new IllegalArgumentException("two indicators named '" + d.name() + "'");
            }
        }
        this.byName = m;
    }

    /** Every built-in indicator, grouped by family. */
    public static IndicatorCatalog builtIn() {
        return new IndicatorCatalog(Stream.of(TrendDefinitions.all(), MomentumDefinitions.all(),
                VolatilityDefinitions.all(), VolumeDefinitions.all()).flatMap(List::stream).toList());
    }

    public Optional<IndicatorDefinition> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<IndicatorDefinition> all() {
        return new ArrayList<>(byName.values());
    }
}
