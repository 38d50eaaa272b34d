package dev.kairos.engine.strategy;

import dev.kairos.engine.strategy.builtin.RsiReversion;
import dev.kairos.engine.strategy.builtin.SmaCross;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The strategies a run can name. Immutable once built. */
public final class StrategyCatalog {
    private final Map<String, StrategyDefinition> byName;

    public StrategyCatalog(List<StrategyDefinition> definitions) {
        Map<String, StrategyDefinition> m = new LinkedHashMap<>();
        for (StrategyDefinition d : definitions) {
            if (m.put(d.name(), d) != null) {
                throw new IllegalArgumentException("two strategies named '" + d.name() + "'");
            }
        }
        this.byName = Map.copyOf(m);
        this.names = List.copyOf(m.keySet());
    }

    private final List<String> names;

    /** The strategies that ship with Kairos. */
    public static StrategyCatalog builtIn() {
        return new StrategyCatalog(List.of(new SmaCross(), new RsiReversion()));
    }

    public Optional<StrategyDefinition> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** All definitions in catalogue order. */
    public List<StrategyDefinition> all() {
        List<StrategyDefinition> out = new ArrayList<>();
        for (String n : names) {
            out.add(byName.get(n));
        }
        return out;
    }

    public List<String> names() {
        return names;
    }
}
