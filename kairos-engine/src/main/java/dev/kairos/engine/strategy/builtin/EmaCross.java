package dev.kairos.engine.strategy.builtin;

import dev.kairos.analytics.indicator.Ema;
import dev.kairos.engine.strategy.ParamSpec;
import dev.kairos.engine.strategy.Strategy;
import dev.kairos.engine.strategy.StrategyDefinition;
import dev.kairos.engine.strategy.StrategyParams;
import dev.kairos.model.InstrumentId;
import java.util.List;

/**
 * Exponential-moving-average crossover, long and short: long when the fast EMA of closes crosses above the
 * slow one, short when it crosses below. Always in the market once the first cross happened. The EMAs are
 * seeded TA-Lib style (SMA of the first {@code period} closes); no signal before the slow EMA has a value
 * and one bar of difference to compare with.
 *
 * <p>Confidence, as {@link SmaCross}: 0.5, plus 0.25 when the close is on the signal's side of both
 * averages, plus 0.25 when the slow EMA moved in the signal's direction over the last bar.
 */
public final class EmaCross implements StrategyDefinition {

    @Override
    public String name() {
        return "ema-cross";
    }

    @Override
    public String description() {
        return "EMA crossover, long and short; confidence from price position and slow-EMA slope";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.integer("fast", 12, 1, 10_000, "period of the fast EMA (bars)"),
                ParamSpec.integer("slow", 26, 2, 10_000, "period of the slow EMA (bars)"));
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
        return new AverageCross("EMA", new Ema(fast), fast, new Ema(slow), slow);
    }
}
