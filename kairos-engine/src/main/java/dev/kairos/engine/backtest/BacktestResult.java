package dev.kairos.engine.backtest;

import dev.kairos.analytics.performance.RegimeBreakdown;
import dev.kairos.engine.regime.RegimeHistory;
import dev.kairos.analytics.performance.PerformanceReport;
import dev.kairos.analytics.risk.RiskFigures;
import dev.kairos.engine.exit.ExitSummary;
import dev.kairos.model.portfolio.ClosedTrade;
import dev.kairos.model.portfolio.PositionSnapshot;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Everything a backtest produced. {@code finalEquity − initialEquity = realizedPnl + unrealizedPnl −
 * feesPaid − fundingPaid} holds (to floating-point rounding).
 *
 * @param bars            bars processed, over all instruments
 * @param buyAndHoldReturn equal-weighted mean over instruments of last close / first open − 1
 * @param deniedByCheck   risk denials per check name
 * @param sizedToZero     signals sizing turned into a zero target, per {@code SizingReason} key
 * @param openPositions   positions still open at the end (marked to the last close)
 * @param journalHash     head of the journal's hash chain; empty when the journal was off
 * @param byRegime        performance per regime of the first instrument (bars, return, Sharpe) and of each
 *                        trade's own instrument at entry (trades, win rate); only {@code unknown} when regimes
 *                        were not tracked
 * @param regimes         each instrument's regime changes, in instrument order
 * @param risk            VaR and ES of the per-bar portfolio returns (one return per bar close time: equity over
 *                        the previous close's, the first over the initial capital)
 * @param healthMin       lowest overall health score over the bars (NaN when never scored)
 * @param healthMean      mean overall health score over the bars (NaN when never scored)
 * @param exits           exit orders per reason and every exit fill
 */
public record BacktestResult(String strategy, SortedMap<String, String> params, long seed, long bars,
                             long equitySamples, long intervalMs, double initialEquity, double finalEquity,
                             double realizedPnl, double unrealizedPnl, double feesPaid, double fundingPaid,
                             PerformanceReport performance, double buyAndHoldReturn, ExecutionQuality execution,
                             List<ClosedTrade> trades, List<PositionSnapshot> openPositions, long signals,
                             long ordersSubmitted, long ordersDenied, Map<String, Long> deniedByCheck,
                             Map<String, Long> sizedToZero,
                             long[] equityTime, double[] equity, String journalHash,
                             List<RegimeBreakdown.Row> byRegime, List<RegimeHistory> regimes, RiskFigures risk,
                             double healthMin, double healthMean, ExitSummary exits) {
    public BacktestResult {
        byRegime = List.copyOf(byRegime);
        regimes = List.copyOf(regimes);
        trades = List.copyOf(trades);
        openPositions = List.copyOf(openPositions);
        deniedByCheck = Map.copyOf(deniedByCheck);
        sizedToZero = Map.copyOf(sizedToZero);
    }
}
