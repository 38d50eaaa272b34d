package dev.kairos.engine.strategy.builtin;

import static dev.kairos.engine.strategy.NumberText.fixed;
import static dev.kairos.engine.strategy.NumberText.significant;

import dev.kairos.analytics.indicator.Atr;
import dev.kairos.analytics.indicator.DonchianChannels;
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
 * Donchian channel breakout (Turtle style), long and short: long when the close is above the highest
 * high of the {@code entry} bars <em>before</em> this one, short when it is below their lowest low (a
 * breakout the other way reverses). A long exits to flat when the close falls below the lowest low of the
 * {@code exit} bars before this one; a short when it rises above their highest high. The channels never
 * include the bar being decided on (a close can never exceed a high that includes its own bar); they are
 * read before the bar is added. Entries are re-emitted while the breakout holds and the position is not
 * yet taken.
 *
 * <p>Confidence of an entry: 0.5 plus half the close's distance beyond the channel in units of
 * ATR({@code entry}) (this bar included); a close one ATR beyond the prior high scores 1.0. Exits carry
 * confidence 1.
 */
public final class DonchianBreakout implements StrategyDefinition {

    @Override
    public String name() {
        return "donchian-breakout";
    }

    @Override
    public String description() {
        return "Donchian breakout of the prior n-bar high/low, exit on the prior m-bar opposite channel; "
                + "confidence from the breakout distance in ATRs";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.integer("entry", 20, 1, 10_000, "bars of the entry channel (before the current bar)"),
                ParamSpec.integer("exit", 10, 1, 10_000, "bars of the exit channel (before the current bar)"));
    }

    @Override
    public List<String> validate(StrategyParams p) {
        // with exit >= entry every exit would also be a reversal breakout, and the exit rule would never act
        return p.integer("exit") < p.integer("entry") ? List.of()
                : List.of("--param exit=" + p.integer("exit") + " must be smaller than entry=" + p.integer("entry"));
    }

    @Override
    public Strategy create(InstrumentId instrument, StrategyParams p) {
        return new Instance(p.integer("entry"), p.integer("exit"));
    }

    static final class Instance implements Strategy {
        private final DonchianChannels entryChannel;
        private final DonchianChannels exitChannel;
        private final Atr atr;
        private final int entry;
        private final int exit;

        Instance(int entry, int exit) {
            this.entryChannel = new DonchianChannels(entry);
            this.exitChannel = new DonchianChannels(exit);
            this.atr = new Atr(entry);
            this.entry = entry;
            this.exit = exit;
        }

        @Override
        public void onBar(BarSeries s, int i, StrategyContext ctx) {
            double high = s.high(i);
            double low = s.low(i);
            double close = s.close(i);
            atr.update(high, low, close);
            // the channels still hold the bars before this one
            if (entryChannel.isReady()) {
                decide(ctx, close);
            }
            entryChannel.update(high, low, close);
            exitChannel.update(high, low, close);
        }

        private void decide(StrategyContext ctx, double close) {
            double pos = ctx.positionQuantity();
            double top = entryChannel.upper();
            double bottom = entryChannel.lower();
            if (pos <= 0 && close > top) {
                enter(ctx, Direction.LONG, close, top);
            } else if (pos >= 0 && close < bottom) {
                enter(ctx, Direction.SHORT, close, bottom);
            } else if (pos > 0 && close < exitChannel.lower()) {
                ctx.signal(Direction.FLAT, 1.0, "close " + significant(close, 6) + " below the " + exit + "-bar low "
                        + significant(exitChannel.lower(), 6) + " of the prior bars: exit long");
            } else if (pos < 0 && close > exitChannel.upper()) {
                ctx.signal(Direction.FLAT, 1.0, "close " + significant(close, 6) + " above the " + exit + "-bar high "
                        + significant(exitChannel.upper(), 6) + " of the prior bars: exit short");
            }
        }

        private void enter(StrategyContext ctx, Direction d, double close, double edge) {
            double a = atr.value();
            double atrs = a > 0 ? Math.abs(close - edge) / a : 0.0;
            double conf = 0.5 + 0.5 * Math.min(1.0, atrs);
            boolean up = d == Direction.LONG;
            ctx.signal(d, conf, "close " + significant(close, 6) + (up ? " above the " : " below the ") + entry
                    + (up ? "-bar high " : "-bar low ") + significant(edge, 6) + " of the prior bars: breakout "
                    + (up ? "long" : "short"),
                    fixed(atrs, 2) + " ATR" + entry + " beyond the channel (ATR " + significant(a, 6) + ")");
        }
    }
}
