package dev.kairos.analytics.performance;

import dev.kairos.model.portfolio.ClosedTrade;
import java.util.List;

/**
 * Statistics of a list of closed trades, in the list's order (exit order). A win is a trade with
 * {@code pnl > 0} ({@link ClosedTrade#isWin()}), a loss one with {@code pnl < 0}; a break-even trade is
 * neither. PnL is net of fees, in quote currency.
 *
 * @param trades               number of trades
 * @param winRate              {@code wins / trades}; 0 with no trades
 * @param profitFactor         {@code grossProfit / grossLoss}. When there is no loss it is 0 if there is no
 *                             profit either (no trades, or only break-even ones) and {@code NaN} if there is
 *                             (the ratio is unbounded): never infinite, so it serialises
 * @param expectancy           mean PnL per trade, quote currency; 0 with no trades
 * @param avgTradeBars         mean of {@link ClosedTrade#bars()}; 0 with no trades
 * @param maxConsecutiveLosses longest run of consecutive losses; a win or a break-even trade ends a run
 * @param grossProfit          sum of the PnL of the wins, quote currency, ≥ 0
 * @param grossLoss            minus the sum of the PnL of the losses, quote currency, ≥ 0
 */
public record TradeStats(int trades, double winRate, double profitFactor, double expectancy, double avgTradeBars,
                         int maxConsecutiveLosses, double grossProfit, double grossLoss) {

    /** The statistics of no trades: every number 0. */
    public static final TradeStats NONE = of(List.of());

    public TradeStats {
        if (trades < 0 || maxConsecutiveLosses < 0 || maxConsecutiveLosses > trades) {
            throw new IllegalArgumentException("inconsistent trade counts: trades=" + trades
                    + ", maxConsecutiveLosses=" + maxConsecutiveLosses);
        }
    }

    /** Computes the statistics in one pass over {@code trades}. */
    public static TradeStats of(List<ClosedTrade> trades) {
        int n = trades.size();
        int wins = 0;
        double grossProfit = 0.0;
        double grossLoss = 0.0;
        double pnlSum = 0.0;
        long barSum = 0;
        int lossRun = 0;
        int maxLossRun = 0;
        for (ClosedTrade t : trades) {
            double pnl = t.pnl();
            pnlSum += pnl;
            barSum += t.bars();
            if (pnl > 0) {
                wins++;
                grossProfit += pnl;
                lossRun = 0;
            } else if (pnl < 0) {
                grossLoss -= pnl;
                maxLossRun = Math.max(maxLossRun, ++lossRun);
            } else {
                lossRun = 0;
            }
        }
        double profitFactor = grossLoss > 0 ? grossProfit / grossLoss : grossProfit > 0 ? Double.NaN : 0.0;
        return new TradeStats(n,
                n == 0 ? 0.0 : (double) wins / n,
                profitFactor,
                n == 0 ? 0.0 : pnlSum / n,
                n == 0 ? 0.0 : (double) barSum / n,
                maxLossRun, grossProfit, grossLoss);
    }
}
