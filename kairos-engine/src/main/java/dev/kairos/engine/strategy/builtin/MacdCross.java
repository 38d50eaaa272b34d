package dev.kairos.engine.strategy.builtin;

import static dev.kairos.engine.strategy.NumberText.fixed;
import static dev.kairos.engine.strategy.NumberText.significant;

import dev.kairos.analytics.indicator.Macd;
import dev.kairos.analytics.indicator.RollingMax;
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
 * MACD line / signal line crossover, long and short: long when the MACD line ({@code EMA(fast) −
 * EMA(slow)} of closes) crosses above its signal line ({@code EMA(signal)} of the line), i.e. the
 * histogram turns from ≤ 0 to &gt; 0; short when it crosses below. Always in the market once the first
 * cross happened. No signal before the histogram has a value and one bar of history (TA-Lib lookback
 * {@code slow − 1 + signal − 1}, plus one bar).
 *
 * <p>Confidence: 0.5, plus 0.25 × the histogram's size at the cross relative to the largest |histogram|
 * of the last {@code range} bars (a decisive cross scores the full 0.25, a hairline one next to nothing),
 * plus 0.25 when the MACD line itself is on the signal's side of zero (the fast EMA is already above the
 * slow one for a long, below for a short: the trend agrees).
 */
public final class MacdCross implements StrategyDefinition {

    @Override
    public String name() {
        return "macd";
    }

    @Override
    public String description() {
        return "MACD/signal-line crossover, long and short; confidence from histogram strength and the MACD "
                + "line's side of zero";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.integer("fast", 12, 1, 10_000, "period of the fast EMA (bars)"),
                ParamSpec.integer("slow", 26, 2, 10_000, "period of the slow EMA (bars)"),
                ParamSpec.integer("signal", 9, 1, 10_000, "period of the signal line's EMA of the MACD line (bars)"),
                ParamSpec.integer("range", 50, 1, 100_000,
                        "bars over which the largest |histogram| is taken to scale confidence"));
    }

    @Override
    public List<String> validate(StrategyParams p) {
        return p.integer("fast") < p.integer("slow") ? List.of()
                : List.of("--param fast=" + p.integer("fast") + " must be smaller than slow=" + p.integer("slow"));
    }

    @Override
    public Strategy create(InstrumentId instrument, StrategyParams p) {
        return new Instance(p.integer("fast"), p.integer("slow"), p.integer("signal"), p.integer("range"));
    }

    static final class Instance implements Strategy {
        private final Macd macd;
        private final RollingMax recentMax;
        private final String label;
        private final int range;
        /** Largest |histogram| so far, used while fewer than {@code range} values exist. */
        private double maxSoFar;
        private double prevHistogram = Double.NaN;

        Instance(int fast, int slow, int signal, int range) {
            this.macd = new Macd(fast, slow, signal);
            this.recentMax = new RollingMax(range);
            this.label = "MACD(" + fast + "," + slow + "," + signal + ")";
            this.range = range;
        }

        @Override
        public void onBar(BarSeries s, int i, StrategyContext ctx) {
            macd.update(s.close(i));
            if (!macd.isReady()) {
                return;
            }
            double h = macd.histogram();
            double absH = Math.abs(h);
            recentMax.update(absH);
            maxSoFar = Math.max(maxSoFar, absH);
            double before = prevHistogram;
            prevHistogram = h;
            if (Double.isNaN(before)) {
                return;
            }
            if (before <= 0 && h > 0) {
                emit(ctx, Direction.LONG, absH);
            } else if (before >= 0 && h < 0) {
                emit(ctx, Direction.SHORT, absH);
            }
        }

        private void emit(StrategyContext ctx, Direction d, double absH) {
            int sign = d == Direction.LONG ? 1 : -1;
            double largest = recentMax.isReady() ? recentMax.value() : maxSoFar;
            double strength = largest > 0 ? Math.min(1.0, absH / largest) : 0.0;
            double line = macd.macd();
            boolean trendConfirms = sign * line > 0;
            double confidence = 0.5 + 0.25 * strength + (trendConfirms ? 0.25 : 0);
            String cross = label + " line " + significant(line, 6) + (sign > 0 ? " crossed above" : " crossed below")
                    + " signal line " + significant(macd.signal(), 6);
            String hist = "histogram " + significant(sign * absH, 6) + " is " + fixed(100 * strength, 0)
                    + "% of the largest |histogram| of " + range + " bars";
            String trend = "MACD line " + (trendConfirms ? (sign > 0 ? "above" : "below")
                    : "not yet on the signal's side of") + " zero";
            ctx.signal(d, confidence, cross, hist, trend);
        }
    }
}
