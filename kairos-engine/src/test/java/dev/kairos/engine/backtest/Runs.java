package dev.kairos.engine.backtest;

import dev.kairos.engine.regime.RegimeSettings;
import dev.kairos.engine.journal.CollectingJournal;
import dev.kairos.engine.journal.RunManifest;
import dev.kairos.engine.strategy.StrategyCatalog;
import dev.kairos.engine.strategy.StrategyDefinition;
import dev.kairos.engine.strategy.StrategyParams;
import dev.kairos.engine.venue.FeeModel;
import dev.kairos.engine.venue.FillModel;
import dev.kairos.engine.venue.LatencyModel;
import dev.kairos.engine.venue.SlippageModel;
import dev.kairos.engine.venue.VenueConfig;
import dev.kairos.model.event.Event;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Runs backtests with a collecting journal. */
final class Runs {
    private Runs() {
    }

    /** What a run produced: its result and every event the journal saw, in order. */
    record Outcome(BacktestResult result, List<Event> events) {
    }

    static VenueConfig venue(double makerBps, double takerBps, double fixedSlipBps, double slipPerShare,
                             long latencyMs, long jitterMs, double maxVolumeShare) {
        return new VenueConfig(new FeeModel(makerBps, takerBps), new SlippageModel(fixedSlipBps, slipPerShare),
                new LatencyModel(latencyMs, jitterMs), new FillModel(maxVolumeShare));
    }

    static Outcome run(BacktestConfig config, List<MarketData> data, String strategy, Map<String, String> given) {
        return run(config, RegimeSettings.off(), data, strategy, given);
    }

    static Outcome run(BacktestConfig config, RegimeSettings regimes, List<MarketData> data, String strategy,
                       Map<String, String> given) {
        StrategyDefinition def = StrategyCatalog.builtIn().find(strategy).orElseThrow();
        StrategyParams.Resolution r = StrategyParams.resolve(def.name(), def.params(), given);
        if (!r.ok()) {
            throw new IllegalArgumentException(r.problems().toString());
        }
        CollectingJournal journal = new CollectingJournal();
        RunManifest manifest = new RunManifest("test", def.name(), r.params().asText(), config.seed(),
                new TreeMap<>(Map.of("capital", Double.toString(config.initialCapital()))), List.of());
        BacktestResult result = new BacktestRunner(config, regimes).run(data, def, r.params(), journal, manifest,
                ProgressListener.none());
        if (journal.manifest() != manifest) {
            throw new AssertionError("the runner did not record the manifest first");
        }
        return new Outcome(result, journal.events());
    }
}
