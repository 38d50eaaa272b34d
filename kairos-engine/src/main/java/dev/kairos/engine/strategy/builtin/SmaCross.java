package dev.kairos.engine.strategy.builtin;

import dev.kairos.analytics.indicator.Sma;
import dev.kairos.engine.strategy.ParamSpec;
import dev.kairos.engine.strategy.Strategy;
import dev.kairos.engine.strategy.StrategyContext;
import dev.kairos.engine.strategy.StrategyDefinition;
import dev.kairos.engine.strategy.StrategyParams;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.event.Direction;
import dev.kairos.model.market.BarSeries;
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
        return new Instance(p.integer("fast"), p.integer("slow"));
    }

    static final class Instance implements Strategy {
        private final Sma fast;
        private final Sma slow;
        private final int fastPeriod;
        private final int slowPeriod;
        private double prevDiff = Double.NaN;
        private double prevSlow = Double.NaN;

        Instance(int fastPeriod, int slowPeriod) {
            this.fast = new Sma(fastPeriod);
            this.slow = new Sma(slowPeriod);
            this.fastPeriod = fastPeriod;
            this.slowPeriod = slowPeriod;
        }

        @Override
        public void onBar(BarSeries s, int i, StrategyContext ctx) {
            double close = s.close(i);
            double f = fast.update(close);
            double sl = slow.update(close);
            if (!slow.isReady()) {
                return;
            }
            double diff = f - sl;
            double before = prevDiff;
            double slowBefore = prevSlow;
            prevDiff = diff;
            prevSlow = sl;
            if (Double.isNaN(before)) {
                return;
            }
            if (before <= 0 && diff > 0) {
                emit(ctx, Direction.LONG, close, f, sl, slowBefore);
            } else if (before >= 0 && diff < 0) {
                emit(ctx, Direction.SHORT, close, f, sl, slowBefore);
            }
        }

        private void emit(StrategyContext ctx, Direction d, double close, double f, double sl, double slowBefore) {
            int sign = d == Direction.LONG ? 1 : -1;
            boolean priceConfirms = sign > 0 ? close > Math.max(f, sl) : close < Math.min(f, sl);
            boolean trendConfirms = !Double.isNaN(slowBefore) && sign * (sl - slowBefore) > 0;
            double confidence = 0.5 + (priceConfirms ? 0.25 : 0) + (trendConfirms ? 0.25 : 0);
            String cross = String.format("SMA%d %.6g crossed %s SMA%d %.6g", fastPeriod, f,
                    sign > 0 ? "above" : "below", slowPeriod, sl);
            String price = String.format("close %.6g %s both averages", close,
                    priceConfirms ? (sign > 0 ? "above" : "below") : "not beyond");
            String trend = String.format("slow SMA %s", trendConfirms ? (sign > 0 ? "rising" : "falling")
                    : "not moving the signal's way");
            ctx.signal(d, confidence, cross, price, trend);
        }
    }
}
