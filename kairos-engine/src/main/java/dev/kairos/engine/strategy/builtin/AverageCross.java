package dev.kairos.engine.strategy.builtin;

import static dev.kairos.engine.strategy.NumberText.significant;

import dev.kairos.analytics.indicator.SingleInputIndicator;
import dev.kairos.engine.strategy.Strategy;
import dev.kairos.engine.strategy.StrategyContext;
import dev.kairos.model.event.Direction;
import dev.kairos.model.market.BarSeries;

/**
 * A crossover of two moving averages of the close, long and short: long when the fast average crosses
 * above the slow one, short when it crosses below. Shared by {@link SmaCross} and {@link EmaCross}, which
 * document the rule and its confidence.
 */
final class AverageCross implements Strategy {
    private final SingleInputIndicator fast;
    private final SingleInputIndicator slow;
    private final String fastLabel;
    private final String slowLabel;
    private final String kind;
    private double prevDiff = Double.NaN;
    private double prevSlow = Double.NaN;

    /**
     * @param kind the averages' name in reasons, e.g. {@code SMA}; the labels are {@code kind + period}
     */
    AverageCross(String kind, SingleInputIndicator fast, int fastPeriod, SingleInputIndicator slow, int slowPeriod) {
        this.fast = fast;
        this.slow = slow;
        this.kind = kind;
        this.fastLabel = kind + fastPeriod;
        this.slowLabel = kind + slowPeriod;
    }

    @Override
    public void onBar(BarSeries s, int i, StrategyContext ctx) {
        double close = s.close(i);
        double f = fast.update(close);
        double sl = slow.update(close);
        if (!slow.isReady() || !fast.isReady()) {
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
        // concatenation and NumberText, not String.format: reasons were most of the pipeline's time in kairos-bench
        String cross = fastLabel + " " + significant(f, 6) + " crossed " + (sign > 0 ? "above " : "below ")
                + slowLabel + " " + significant(sl, 6);
        String price = "close " + significant(close, 6) + " "
                + (priceConfirms ? (sign > 0 ? "above" : "below") : "not beyond") + " both averages";
        String trend = "slow " + kind + " " + (trendConfirms ? (sign > 0 ? "rising" : "falling")
                : "not moving the signal's way");
        ctx.signal(d, confidence, cross, price, trend);
    }
}
