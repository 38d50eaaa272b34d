package dev.kairos.engine.strategy.builtin;

import dev.kairos.analytics.regime.RegimeDetectors;
import dev.kairos.analytics.regime.RegimeEnsemble;
import dev.kairos.analytics.regime.RegimeEnsembleConfig;
import dev.kairos.analytics.regime.RegimeReading;
import dev.kairos.analytics.feature.SideInputs;
import dev.kairos.engine.strategy.Strategy;
import dev.kairos.engine.strategy.StrategyContext;
import dev.kairos.engine.strategy.StrategyDefinition;
import dev.kairos.engine.strategy.StrategyParams;
import dev.kairos.model.event.Direction;
import dev.kairos.model.market.BarSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A strategy context for tests: records the signals and holds the position the signals ask for (LONG →
 * +1, SHORT → −1, FLAT → 0), as an engine that fills at once would.
 */
final class RecordingContext implements StrategyContext {
    record Emitted(int index, Direction direction, double confidence, List<String> reasons) {
    }

    final List<Emitted> signals = new ArrayList<>();
    /** The regime the strategy reads: a rule-based ensemble fed the same bars when the strategy needs one. */
    private RegimeReading regime = RegimeReading.NONE;
    private int index;
    private long now;
    private double position;

    @Override
    public long now() {
        return now;
    }

    @Override
    public double positionQuantity() {
        return position;
    }

    @Override
    public RegimeReading regime() {
        return regime;
    }

    @Override
    public void signal(Direction direction, double confidence, String... reasons) {
        signals.add(new Emitted(index, direction, confidence, List.of(reasons)));
        position = switch (direction) {
            case LONG -> 1;
            case SHORT -> -1;
            case FLAT -> 0;
        };
    }

    /** Runs a fresh instance of {@code def} with {@code params} over every bar of {@code s}. */
    static RecordingContext run(StrategyDefinition def, Map<String, String> params, BarSeries s) {
        return run(def, params, s, SideInputs.none());
    }

    /** As {@link #run(StrategyDefinition, Map, BarSeries)}, the instance reading these side inputs. */
    static RecordingContext run(StrategyDefinition def, Map<String, String> params, BarSeries s, SideInputs inputs) {
        StrategyParams.Resolution r = StrategyParams.resolve(def.name(), def.params(), params);
        if (!r.ok()) {
            throw new IllegalArgumentException(r.problems().toString());
        }
        Strategy strategy = def.create(s.instrument(), r.params(), inputs);
        RecordingContext ctx = new RecordingContext();
        RegimeEnsemble ensemble = RegimeDetectors.standard().ensemble(RegimeDetectors.RULE_BASED,
                RegimeEnsembleConfig.defaults());
        if (def.needsRegimes()) {
            ctx.regime = ensemble;
        }
        for (int i = 0; i < s.size(); i++) {
            ctx.index = i;
            ctx.now = s.closeTime(i);
            if (def.needsRegimes()) {
                ensemble.update(s, i);
            }
            strategy.onBar(s, i, ctx);
        }
        return ctx;
    }
}
