/**
 * The sealed {@link dev.kairos.model.event.Event} and {@link dev.kairos.model.event.Command} hierarchies:
 * everything that happens in a run and everything the engine asks a venue to do. Immutable records,
 * timestamps epoch ms UTC (the engine clock's time, never the wall clock in backtests).
 */
package dev.kairos.model.event;
