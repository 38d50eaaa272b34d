package dev.kairos.engine.strategy.builtin;

import static dev.kairos.engine.strategy.NumberText.fixed;
import static dev.kairos.engine.strategy.NumberText.significant;

import dev.kairos.analytics.indicator.BollingerBands;
import dev.kairos.analytics.indicator.KeltnerChannels;
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
 * Volatility squeeze breakout, long and short. The squeeze is on while both Bollinger Bands (SMA ±
 * {@code bb_dev} σ of {@code bb_period} closes) lie strictly inside the Keltner Channels (EMA of
 * {@code kc_period} closes ± {@code kc_mult} × ATR({@code atr_period})): volatility has contracted. It
 * <em>fires</em> on the first bar it is off again after at least one bar on; on that bar the strategy
 * enters in the breakout direction, long when the close is above the Keltner middle line (the EMA), short
 * when below (nothing when exactly on it, or when already positioned that way). A long exits to flat when
 * a later close falls below the EMA, a short when one rises above it; only the next squeeze release opens
 * a new position.
 *
 * <p>Confidence of an entry: 0.5, plus 0.25 × the squeeze's length relative to {@code bb_period} (a
 * compression at least as long as the Bollinger window scores the full 0.25), plus 0.25 × the close's
 * distance from the EMA relative to the channel's half-width {@code kc_mult × ATR} (a close at the Keltner
 * band scores the full 0.25). Exits carry confidence 1.
 */
public final class KeltnerSqueeze implements StrategyDefinition {

    @Override
    public String name() {
        return "keltner-squeeze";
    }

    @Override
    public String description() {
        return "Bollinger-inside-Keltner squeeze, enter on its release in the close's direction, exit at the "
                + "EMA; confidence from squeeze length and breakout distance";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.integer("bb_period", 20, 2, 10_000, "bars of the Bollinger SMA and standard deviation"),
                ParamSpec.real("bb_dev", 2.0, 0.1, 10, "Bollinger band distance, in standard deviations"),
                ParamSpec.integer("kc_period", 20, 1, 10_000, "bars of the Keltner middle line (EMA of closes)"),
                ParamSpec.integer("atr_period", 10, 1, 10_000, "bars of the Keltner ATR"),
                ParamSpec.real("kc_mult", 1.5, 0.1, 10, "Keltner band distance, in ATRs"));
    }

    @Override
    public Strategy create(InstrumentId instrument, StrategyParams p) {
        return new Instance(p.integer("bb_period"), p.real("bb_dev"), p.integer("kc_period"),
                p.integer("atr_period"), p.real("kc_mult"));
    }

    static final class Instance implements Strategy {
        private final BollingerBands bands;
        private final KeltnerChannels channels;
        private final int bbPeriod;
        /** Consecutive squeeze bars up to the latest bar. */
        private int squeezeBars;

        Instance(int bbPeriod, double bbDev, int kcPeriod, int atrPeriod, double kcMult) {
            this.bands = new BollingerBands(bbPeriod, bbDev);
            this.channels = new KeltnerChannels(kcPeriod, atrPeriod, kcMult);
            this.bbPeriod = bbPeriod;
        }

        @Override
        public void onBar(BarSeries s, int i, StrategyContext ctx) {
            double close = s.close(i);
            bands.update(close);
            channels.update(s.high(i), s.low(i), close);
            if (!bands.isReady() || !channels.isReady()) {
                return;
            }
            boolean squeeze = bands.upper() < channels.upper() && bands.lower() > channels.lower();
            int released = squeeze ? 0 : squeezeBars;
            squeezeBars = squeeze ? squeezeBars + 1 : 0;
            double ema = channels.middle();
            double pos = ctx.positionQuantity();
            if (released > 0 && close != ema) {
                int sign = close > ema ? 1 : -1;
                if (sign * pos <= 0) {
                    double halfWidth = channels.upper() - ema;
                    double distance = halfWidth > 0 ? Math.min(1.0, Math.abs(close - ema) / halfWidth) : 0.0;
                    double conf = 0.5 + 0.25 * Math.min(1.0, (double) released / bbPeriod) + 0.25 * distance;
                    ctx.signal(sign > 0 ? Direction.LONG : Direction.SHORT, conf,
                            "squeeze released after " + released + " bars: Bollinger bands ["
                                    + significant(bands.lower(), 6) + ", " + significant(bands.upper(), 6)
                                    + "] no longer inside Keltner channels [" + significant(channels.lower(), 6) + ", "
                                    + significant(channels.upper(), 6) + "]",
                            "close " + significant(close, 6) + (sign > 0 ? " above" : " below") + " the Keltner EMA "
                                    + significant(ema, 6) + " (" + fixed(100 * distance, 0)
                                    + "% of the way to the band)");
                }
                return;
            }
            if (pos > 0 && close < ema) {
                ctx.signal(Direction.FLAT, 1.0, "close " + significant(close, 6) + " fell below the Keltner EMA "
                        + significant(ema, 6) + ": exit long");
            } else if (pos < 0 && close > ema) {
                ctx.signal(Direction.FLAT, 1.0, "close " + significant(close, 6) + " rose above the Keltner EMA "
                        + significant(ema, 6) + ": exit short");
            }
        }
    }
}
