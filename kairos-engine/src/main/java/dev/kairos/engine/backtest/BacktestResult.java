package dev.kairos.engine.backtest;

import dev.kairos.analytics.performance.PerformanceReport;
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
 * @param openPositions   positions still open at the end (marked to the last close)
 * @param journalHash     head of the journal's hash chain; empty when the journal was off
 * @param exits           exit orders per reason and every exit fill
 */
public record BacktestResult(String strategy, SortedMap<String, String> params, long seed, long bars,
                             long equitySamples, long intervalMs, double initialEquity, double finalEquity,
                             double realizedPnl, double unrealizedPnl, double feesPaid, double fundingPaid,
                             PerformanceReport performance, double buyAndHoldReturn, ExecutionQuality execution,
                             List<ClosedTrade> trades, List<PositionSnapshot> openPositions, long signals,
                             long ordersSubmitted, long ordersDenied, Map<String, Long> deniedByCheck,
                             long[] equityTime, double[] equity, String journalHash, ExitSummary exits) {
    public BacktestResult {
        trades = List.copyOf(trades);
        openPositions = List.copyOf(openPositions);
        deniedByCheck = Map.copyOf(deniedByCheck);
    }
}
