/**
 * The health monitor: scores 0 (broken) to 100 (healthy) for the parts of a running system — market data,
 * the venue, errors, and the strategy's signals — from what it measures bar by bar and event by event, and an
 * overall score (the minimum of the scored parts). It publishes {@link dev.kairos.model.event.Event.HealthUpdate}
 * when a score changes; the risk engine's health gate reads the overall score. Windows are counted in bars (of
 * any instrument) or in events; times in epoch ms UTC of the engine clock. Engine thread only; the per-bar
 * update is O(instruments) and allocates only when it publishes.
 */
package dev.kairos.engine.health;
