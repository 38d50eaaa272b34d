package dev.kairos.engine.strategy.builtin;

import static dev.kairos.engine.strategy.NumberText.fixed;
import static dev.kairos.engine.strategy.NumberText.significant;

import dev.kairos.analytics.indicator.Ema;
import dev.kairos.analytics.regime.RegimeReading;
import dev.kairos.engine.strategy.ParamSpec;
import dev.kairos.engine.strategy.Strategy;
import dev.kairos.engine.strategy.StrategyContext;
import dev.kairos.engine.strategy.StrategyDefinition;
import dev.kairos.engine.strategy.StrategyParams;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.event.Direction;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.regime.Regime;
import java.util.List;

/**
 * The moving-average crossover that trades only in trend regimes, in their direction: long while the fast EMA
 * of closes is above the slow one and the engine's regime is {@code bull_trend}; short while it is below and the
 * regime is {@code bear_trend}; flat otherwise (a range regime, a trend against the averages, or a regime
 * confidence below {@code min_regime_confidence}). Needs regime tracking ({@code regime.enabled}).
 *
 * <p>Confidence: the crossover's own, {@code 0.5 + 0.25} when the close is beyond both averages {@code + 0.25}
 * when the slow average moved the signal's way over the last bar (as {@link SmaCross}), multiplied by the regime's
 * confidence. A confirmed cross in a regime called with confidence 0.8 scores 0.8. Flat signals carry the regime
 * confidence alone.
 */
public final class RegimeMa implements StrategyDefinition {

    @Override
    public String name() {
        return "regime-ma";
    }

    @Override
    public String description() {
        return "EMA crossover traded only in trend regimes, in their direction; confidence x regime confidence";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.integer("fast", 10, 1, 10_000, "period of the fast EMA (bars)"),
                ParamSpec.integer("slow", 30, 2, 10_000, "period of the slow EMA (bars)"),
                ParamSpec.real("min_regime_confidence", 0.0, 0.0, 1.0,
                        "below this regime confidence the strategy stays flat"));
    }

    @Override
    public List<String> validate(StrategyParams p) {
        return p.integer("fast") < p.integer("slow") ? List.of()
                : List.of("--param fast=" + p.integer("fast") + " must be smaller than slow=" + p.integer("slow"));
    }

    @Override
    public boolean needsRegimes() {
        return true;
    }

    @Override
    public Strategy create(InstrumentId instrument, StrategyParams p) {
        return new Instance(p.integer("fast"), p.integer("slow"), p.real("min_regime_confidence"));
    }

    private static final class Instance implements Strategy {
        private final Ema fast;
        private final Ema slow;
        private final String fastLabel;
        private final String slowLabel;
        private final double minConfidence;
        private double prevSlow = Double.NaN;
        private Direction held = Direction.FLAT;
        private boolean started;

        Instance(int fastPeriod, int slowPeriod, double minConfidence) {
            this.fast = new Ema(fastPeriod);
            this.slow = new Ema(slowPeriod);
            this.fastLabel = "EMA" + fastPeriod;
            this.slowLabel = "EMA" + slowPeriod;
            this.minConfidence = minConfidence;
        }

        @Override
        public void onBar(BarSeries s, int i, StrategyContext ctx) {
            double close = s.close(i);
            double f = fast.update(close);
            double sl = slow.update(close);
            double slowBefore = prevSlow;
            prevSlow = sl;
            RegimeReading regime = ctx.regime();
            if (!fast.isReady() || !slow.isReady() || !regime.isReady()) {
                return;
            }
            Regime r = Regime.of(regime.regimeOrdinal());
            double rc = regime.confidence();
            Direction cross = f > sl ? Direction.LONG : f < sl ? Direction.SHORT : Direction.FLAT;
            Direction wanted = Direction.FLAT;
            if (rc >= minConfidence) {
                if (r == Regime.BULL_TREND && cross == Direction.LONG) {
                    wanted = Direction.LONG;
                } else if (r == Regime.BEAR_TREND && cross == Direction.SHORT) {
                    wanted = Direction.SHORT;
                }
            }
            if (wanted == held && started) {
                return;
            }
            boolean first = !started;
            started = true;
            held = wanted;
            String regimeReason = "regime " + r.key() + " at confidence " + fixed(rc, 2);
            if (wanted == Direction.FLAT) {
                if (first && ctx.positionQuantity() == 0) {
                    return;
                }
                String why = rc < minConfidence ? "regime confidence below " + fixed(minConfidence, 2)
                        : !r.isTrend() ? "not a trend regime" : "averages against the trend";
                ctx.signal(Direction.FLAT, rc, regimeReason, why + ": stay flat");
                return;
            }
            int sign = wanted == Direction.LONG ? 1 : -1;
            boolean priceConfirms = sign > 0 ? close > Math.max(f, sl) : close < Math.min(f, sl);
            boolean trendConfirms = !Double.isNaN(slowBefore) && sign * (sl - slowBefore) > 0;
            double base = 0.5 + (priceConfirms ? 0.25 : 0) + (trendConfirms ? 0.25 : 0);
            String averages = fastLabel + " " + significant(f, 6) + (sign > 0 ? " above " : " below ") + slowLabel
                    + " " + significant(sl, 6);
            String price = "close " + significant(close, 6) + " "
                    + (priceConfirms ? (sign > 0 ? "above" : "below") : "not beyond") + " both averages";
            ctx.signal(wanted, base * rc, regimeReason, averages, price,
                    "crossover confidence " + fixed(base, 2) + " x regime confidence");
        }
    }
}
