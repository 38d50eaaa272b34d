package dev.kairos.engine.strategy.builtin;

import dev.kairos.analytics.indicator.Sma;
import dev.kairos.engine.strategy.ParamSpec;
import dev.kairos.engine.strategy.Strategy;
import dev.kairos.engine.strategy.StrategyDefinition;
import dev.kairos.engine.strategy.StrategyParams;
import dev.kairos.model.InstrumentId;
import java.util.List;

/**
 * Simple-moving-average crossover, long and short: long when the fast SMA of closes crosses above the
 * slow one, short when it crosses below. Always in the market once the first cross happened.
 *
 * <p>Confidence: 0.5, plus 0.25 when the close is on the signal's side of both averages, plus 0.25 when
 * the slow average moved in the signal's direction over the last bar. A cross that price and trend
 * confirm scores 1.0; a marginal cross against the trend scores 0.5.
 */
public final class SmaCross implements StrategyDefinition {

    @Override
    public String name() {
        return "sma-cross";
    }

    @Override
    public String description() {
        return "SMA crossover, long and short; confidence from price position and slow-SMA slope";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.integer("fast", 10, 1, 10_000, "period of the fast SMA (bars)"),
                ParamSpec.integer("slow", 30, 2, 10_000, "period of the slow SMA (bars)"));
    }

    @Override
    public List<String> validate(StrategyParams p) {
        return p.integer("fast") < p.integer("slow") ? List.of()
                : List.of("--param fast=" + p.integer("fast") + " must be smaller than slow=" + p.integer("slow"));
    }

    @Override
    public Strategy create(InstrumentId instrument, StrategyParams p) {
        int fast = p.integer("fast");
        int slow = p.integer("slow");
        return new AverageCross("SMA", new Sma(fast), fast, new Sma(slow), slow);
    }
}
