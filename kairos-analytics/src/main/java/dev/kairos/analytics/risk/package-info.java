/**
 * Portfolio risk numbers over a series of simple returns: Value at Risk and Expected Shortfall by historical
 * simulation, the parametric (normal) method and a seeded Monte Carlo bootstrap
 * ({@link dev.kairos.analytics.risk.ValueAtRisk}), the standard normal distribution they rest on
 * ({@link dev.kairos.analytics.risk.Normal}), and the figures of a whole run
 * ({@link dev.kairos.analytics.risk.RiskFigures}).
 *
 * <p><b>Units and signs.</b> Returns are fractions per period (0.01 = +1 %). VaR and ES are <em>losses</em> as
 * positive fractions of the value at risk: a 99 % VaR of 0.04 means that a loss of more than 4 % over the
 * horizon is expected in 1 % of periods. A VaR can be negative when even the tail quantile is a gain. ES is
 * never below VaR. The confidence {@code α} is in (0, 1), e.g. 0.99; the horizon {@code h} is a whole number of
 * return periods (bars).
 *
 * <p><b>Horizon.</b> Historical and Monte Carlo estimates compound {@code h} one-period returns:
 * historical uses every <em>overlapping</em> window of {@code h} consecutive returns ({@code n − h + 1}
 * windows, which are correlated, so the effective sample is smaller than it looks); Monte Carlo draws
 * {@code h} returns with replacement per path. The parametric method scales the one-period mean by {@code h}
 * and the standard deviation by {@code √h} (square-root-of-time: iid returns, simple returns treated as
 * additive over the horizon).
 *
 * <p><b>Threading.</b> {@link dev.kairos.analytics.risk.ValueAtRisk} is a mutable calculator owned by one
 * thread; its estimates are allocation-free. The records and static methods are thread-safe.
 */
package dev.kairos.analytics.risk;
