/**
 * The strategy API. A {@link dev.kairos.engine.strategy.Strategy} instance trades one instrument; the
 * engine calls it at the close of each of that instrument's bars, on the engine thread, and it answers
 * with at most one {@link dev.kairos.model.event.Signal} through its context. Strategies never see a bar
 * after the one they are deciding on, and never place orders themselves: the engine turns signals
 * into orders through sizing and risk checks.
 */
package dev.kairos.engine.strategy;
