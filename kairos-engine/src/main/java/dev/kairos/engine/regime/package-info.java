/**
 * Regime tracking in the engine: one {@link dev.kairos.analytics.regime.RegimeEnsemble} per instrument (and
 * optionally one on a higher timeframe), updated at each bar close after the portfolio is marked and before
 * the strategy decides, published on the bus as {@code RegimeUpdate} events and readable by strategies
 * through {@code StrategyContext.regime()}. Engine thread only.
 */
package dev.kairos.engine.regime;
