/**
 * Performance statistics of a run: {@link dev.kairos.analytics.performance.EquityStats} streams over the
 * equity curve (one call per bar close), {@link dev.kairos.analytics.performance.TradeStats} summarises the
 * closed trades, {@link dev.kairos.analytics.performance.PerformanceReport} gathers both, and
 * {@link dev.kairos.analytics.performance.BuyAndHold} gives the passive benchmark.
 *
 * <p><b>Units.</b> Ratios and returns are fractions (0.12 = 12 %), never percent. Money (equity, PnL,
 * expectancy) is in quote currency. Durations are in bars. Years have 365.25 days because crypto trades
 * every day. Sharpe and Sortino use a risk-free rate of 0 and are annualised with
 * {@code sqrt(bars per year)}. Every statistic is defined in the Javadoc of its accessor, including what it
 * is when undefined (no bars, no trades, zero variance, no losses); all are finite or {@code NaN}.
 *
 * <p><b>Threading.</b> {@code EquityStats} is a mutable accumulator owned by one thread (the engine
 * thread); its {@code add} is O(1) and allocation-free. The records are immutable and thread-safe.
 */
package dev.kairos.analytics.performance;
