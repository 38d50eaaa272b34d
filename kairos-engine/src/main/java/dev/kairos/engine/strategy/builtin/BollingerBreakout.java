package dev.kairos.engine.strategy.builtin;

import static dev.kairos.engine.strategy.NumberText.fixed;
import static dev.kairos.engine.strategy.NumberText.significant;

import dev.kairos.analytics.indicator.BollingerBands;
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
 * Bollinger Band breakout, long and short: long when the close ends above the upper band (SMA of the last
 * {@code period} closes, this one included, plus {@code deviations} population standard deviations), short
 * when it ends below the lower band; a breakout beyond the opposite band reverses. A long exits to flat
 * once a close falls back to the middle band (the SMA) or below; a short once a close rises to it or above.
 * Entries are re-emitted while the close stays beyond a band and the position is not yet taken.
 *
 * <p>Note that the close is part of its own window, so it can only leave bands of {@code k} deviations when
 * {@code k < √(period − 1)} (Samuelson's inequality): with 20 bars, up to 4.36 deviations. Wider
 * bands are refused by {@link #validate}.
 *
 * <p>Confidence of an entry: 0.5 plus half the close's distance beyond the band relative to the band's
 * distance from the middle ({@code deviations × σ}); a close as far beyond the band as the band is from the
 * SMA scores 1.0. Exits carry confidence 1.
 */
public final class BollingerBreakout implements StrategyDefinition {

    @Override
    public String name() {
        return "bollinger-breakout";
    }

    @Override
    public String description() {
        return "Bollinger Band breakout, long and short, exit at the middle band; confidence from how far "
                + "the close went beyond the band";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.integer("period", 20, 2, 10_000, "bars of the SMA and standard deviation"),
                ParamSpec.real("deviations", 2.0, 0.1, 10, "band distance from the SMA, in standard deviations"));
    }

    @Override
    public List<String> validate(StrategyParams p) {
        int n = p.integer("period");
        double reachable = Math.sqrt(n - 1);
        return p.real("deviations") < reachable ? List.of()
                : List.of(String.format("--param deviations=%s: a close can never leave bands that wide with "
                        + "period=%d (it is part of its own window); use fewer than %.3f", p.real("deviations"), n,
                        reachable));
    }

    @Override
    public Strategy create(InstrumentId instrument, StrategyParams p) {
        return new Instance(p.integer("period"), p.real("deviations"));
    }

    static final class Instance implements Strategy {
        private final BollingerBands bands;
        private final String label;

        Instance(int period, double deviations) {
            this.bands = new BollingerBands(period, deviations);
            this.label = "BB(" + period + "," + deviations + ")";
        }

        @Override
        public void onBar(BarSeries s, int i, StrategyContext ctx) {
            double close = s.close(i);
            bands.update(close);
            if (!bands.isReady()) {
                return;
            }
            double upper = bands.upper();
            double middle = bands.middle();
            double lower = bands.lower();
            double pos = ctx.positionQuantity();
            if (pos <= 0 && close > upper) {
                double conf = 0.5 + 0.5 * Math.min(1.0, (close - upper) / (upper - middle));
                ctx.signal(Direction.LONG, conf, "close " + significant(close, 6) + " above the upper " + label
                        + " band " + significant(upper, 6) + ": breakout up",
                        fixed(100 * (close - upper) / (upper - middle), 0) + "% of the band distance beyond it");
            } else if (pos >= 0 && close < lower) {
                double conf = 0.5 + 0.5 * Math.min(1.0, (lower - close) / (middle - lower));
                ctx.signal(Direction.SHORT, conf, "close " + significant(close, 6) + " below the lower " + label
                        + " band " + significant(lower, 6) + ": breakout down",
                        fixed(100 * (lower - close) / (middle - lower), 0) + "% of the band distance beyond it");
            } else if (pos > 0 && close <= middle) {
                ctx.signal(Direction.FLAT, 1.0, "close " + significant(close, 6)
                        + " back at or below the middle band " + significant(middle, 6) + ": exit long");
            } else if (pos < 0 && close >= middle) {
                ctx.signal(Direction.FLAT, 1.0, "close " + significant(close, 6)
                        + " back at or above the middle band " + significant(middle, 6) + ": exit short");
            }
        }
    }
}
