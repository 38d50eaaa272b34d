package dev.kairos.engine.strategy.builtin;

import static dev.kairos.engine.strategy.NumberText.fixed;

import dev.kairos.analytics.indicator.Rsi;
import dev.kairos.engine.strategy.ParamSpec;
import dev.kairos.engine.strategy.Strategy;
import dev.kairos.engine.strategy.StrategyContext;
import dev.kairos.engine.strategy.StrategyDefinition;
import dev.kairos.engine.strategy.StrategyParams;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.event.Direction;
import dev.kairos.model.market.BarSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * RSI mean reversion, long and short: long when Wilder's RSI falls below {@code lower} (oversold),
 * short when it rises above {@code upper} (overbought); a long exits to flat once RSI recovers to
 * {@code exit_long}, a short once it falls to {@code exit_short}.
 *
 * <p>Confidence of an entry: 0.5 plus half the depth of the excursion beyond the threshold, relative
 * to the room left (RSI 15 with lower 30 → 0.5 + 0.5 × 15/30 = 0.75). Exits carry confidence 1.
 */
public final class RsiReversion implements StrategyDefinition {

    @Override
    public String name() {
        return "rsi-reversion";
    }

    @Override
    public String description() {
        return "RSI mean reversion, long and short; confidence from how far RSI went beyond its threshold";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.integer("period", 14, 2, 1_000, "RSI period (bars, Wilder smoothing)"),
                ParamSpec.real("lower", 30, 1, 99, "enter long when RSI falls below this"),
                ParamSpec.real("upper", 70, 1, 99, "enter short when RSI rises above this"),
                ParamSpec.real("exit_long", 50, 1, 99, "close a long when RSI reaches this"),
                ParamSpec.real("exit_short", 50, 1, 99, "close a short when RSI falls to this"));
    }

    @Override
    public List<String> validate(StrategyParams p) {
        List<String> problems = new ArrayList<>();
        if (!(p.real("lower") < p.real("upper"))) {
            problems.add("--param lower=" + p.real("lower") + " must be below upper=" + p.real("upper"));
        }
        if (!(p.real("exit_long") > p.real("lower"))) {
            problems.add("--param exit_long=" + p.real("exit_long") + " must be above lower=" + p.real("lower"));
        }
        if (!(p.real("exit_short") < p.real("upper"))) {
            problems.add("--param exit_short=" + p.real("exit_short") + " must be below upper=" + p.real("upper"));
        }
        return problems;
    }

    @Override
    public Strategy create(InstrumentId instrument, StrategyParams p) {
        return new Instance(p.integer("period"), p.real("lower"), p.real("upper"), p.real("exit_long"),
                p.real("exit_short"));
    }

    static final class Instance implements Strategy {
        private final Rsi rsi;
        private final int period;
        private final double lower;
        private final double upper;
        private final double exitLong;
        private final double exitShort;

        Instance(int period, double lower, double upper, double exitLong, double exitShort) {
            this.rsi = new Rsi(period);
            this.period = period;
            this.lower = lower;
            this.upper = upper;
            this.exitLong = exitLong;
            this.exitShort = exitShort;
        }

        @Override
        public void onBar(BarSeries s, int i, StrategyContext ctx) {
            double r = rsi.update(s.close(i));
            if (!rsi.isReady()) {
                return;
            }
            double pos = ctx.positionQuantity();
            if (pos <= 0 && r < lower) {
                double conf = 0.5 + 0.5 * Math.min(1.0, (lower - r) / lower);
                ctx.signal(Direction.LONG, conf, "RSI" + period + " " + fixed(r, 2) + " below " + fixed(lower, 2)
                        + ": oversold");
            } else if (pos >= 0 && r > upper) {
                double conf = 0.5 + 0.5 * Math.min(1.0, (r - upper) / (100 - upper));
                ctx.signal(Direction.SHORT, conf, "RSI" + period + " " + fixed(r, 2) + " above " + fixed(upper, 2)
                        + ": overbought");
            } else if (pos > 0 && r >= exitLong) {
                ctx.signal(Direction.FLAT, 1.0, "RSI" + period + " " + fixed(r, 2) + " recovered to "
                        + fixed(exitLong, 2) + ": exit long");
            } else if (pos < 0 && r <= exitShort) {
                ctx.signal(Direction.FLAT, 1.0, "RSI" + period + " " + fixed(r, 2) + " fell to "
                        + fixed(exitShort, 2) + ": exit short");
            }
        }
    }
}
