package dev.kairos.engine.strategy;

import dev.kairos.engine.strategy.builtin.BollingerBreakout;
import dev.kairos.engine.strategy.builtin.ConsensusVote;
import dev.kairos.engine.strategy.builtin.DonchianBreakout;
import dev.kairos.engine.strategy.builtin.E3Rule;
import dev.kairos.engine.strategy.builtin.EmaCross;
import dev.kairos.engine.strategy.builtin.FundingFade;
import dev.kairos.engine.strategy.builtin.KeltnerSqueeze;
import dev.kairos.engine.strategy.builtin.MacdCross;
import dev.kairos.engine.strategy.builtin.RsiReversion;
import dev.kairos.engine.strategy.builtin.SignalsFile;
import dev.kairos.engine.strategy.builtin.RegimeMa;
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

    /**
     * The strategies that ship with Kairos, in the order {@code kairos strategies} lists them. Every other
     * built-in may be a member of {@code consensus}.
     */
    public static StrategyCatalog builtIn() {
        List<StrategyDefinition> single = List.of(new SmaCross(), new EmaCross(), new RsiReversion(),
                new MacdCross(), new BollingerBreakout(), new KeltnerSqueeze(), new DonchianBreakout(), new E3Rule(),
                new FundingFade(), new RegimeMa());
        SignalsFile signalsFile = new SignalsFile();
        List<StrategyDefinition> members = new ArrayList<>(single);
        members.add(signalsFile);
        List<StrategyDefinition> all = new ArrayList<>(single);
        all.add(new ConsensusVote(new StrategyCatalog(members)));
        all.add(signalsFile);
        return new StrategyCatalog(all);
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
