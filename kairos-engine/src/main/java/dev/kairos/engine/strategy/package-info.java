/**
 * The strategy API. A {@link dev.kairos.engine.strategy.Strategy} instance trades one instrument; the
 * engine calls it at the close of each of that instrument's bars, on the engine thread, and it answers
 * with at most one {@link dev.kairos.model.event.Signal} through its context. Strategies never see a bar
 * after the one they are deciding on, and never place orders themselves: the engine turns signals
 * into orders through sizing and risk checks.
 *
 * <p>A {@link dev.kairos.engine.strategy.StrategyDefinition} declares its parameters as
 * {@link dev.kairos.engine.strategy.ParamSpec}s — integers and reals with ranges, text (a file path, a list
 * of names) with a default or required, and at most one nested family {@code <prefix>.<param>} that a
 * composite strategy hands on to its parts — which {@link dev.kairos.engine.strategy.StrategyParams#resolve}
 * checks, collecting every problem, before the definition's own {@code validate}.
 *
 * <p>Data beyond bars (funding rates, reference price, order-book imbalance, spread, open interest) reaches
 * a strategy as point-in-time {@link dev.kairos.analytics.feature.SideInputs} when it is created; it reads
 * them as of each bar's close, typically through a {@link dev.kairos.analytics.feature.FeatureStream}.
 * Higher-timeframe indicators are fed by a {@link dev.kairos.engine.strategy.HigherTimeframe}, which hands
 * out closed higher bars only. {@link dev.kairos.engine.strategy.NumberText} formats numbers for reasons
 * without a {@link java.util.Formatter}. Times are epoch ms UTC.
 */
package dev.kairos.engine.strategy;
