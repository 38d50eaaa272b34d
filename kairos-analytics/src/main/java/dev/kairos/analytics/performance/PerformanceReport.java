package dev.kairos.analytics.performance;

/**
 * The headline numbers of a run. Ratios are fractions (0.12 = 12 %); each number is defined on the
 * {@link EquityStats} or {@link TradeStats} accessor of the same name. The components are the snake_case
 * report names in camel case ({@code total_return} is {@code totalReturn}), so a JSON mapper with a
 * snake-case naming strategy writes exactly those names.
 *
 * @param totalReturn             {@link EquityStats#totalReturn()}
 * @param cagr                    {@link EquityStats#cagr()}
 * @param sharpe                  {@link EquityStats#sharpe()}
 * @param sortino                 {@link EquityStats#sortino()}
 * @param calmar                  {@link EquityStats#calmar()}
 * @param maxDrawdown             {@link EquityStats#maxDrawdown()}
 * @param maxDrawdownDurationBars {@link EquityStats#maxDrawdownDurationBars()}
 * @param exposure                {@link EquityStats#exposure()}
 * @param trades                  {@link TradeStats#trades()}
 * @param winRate                 {@link TradeStats#winRate()}
 * @param profitFactor            {@link TradeStats#profitFactor()}, {@code NaN} when unbounded
 * @param expectancy              {@link TradeStats#expectancy()}, quote currency
 * @param avgTradeBars            {@link TradeStats#avgTradeBars()}
 * @param maxConsecutiveLosses    {@link TradeStats#maxConsecutiveLosses()}
 */
public record PerformanceReport(double totalReturn, double cagr, double sharpe, double sortino, double calmar,
                                double maxDrawdown, long maxDrawdownDurationBars, double exposure, int trades,
                                double winRate, double profitFactor, double expectancy, double avgTradeBars,
                                int maxConsecutiveLosses) {

    /** A snapshot of {@code equity}'s current statistics together with {@code trades}. */
    public static PerformanceReport of(EquityStats equity, TradeStats trades) {
        return new PerformanceReport(equity.totalReturn(), equity.cagr(), equity.sharpe(), equity.sortino(),
                equity.calmar(), equity.maxDrawdown(), equity.maxDrawdownDurationBars(), equity.exposure(),
                trades.trades(), trades.winRate(), trades.profitFactor(), trades.expectancy(),
                trades.avgTradeBars(), trades.maxConsecutiveLosses());
    }
}
