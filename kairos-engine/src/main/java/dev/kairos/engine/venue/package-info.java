/**
 * The simulated venue and its plug-in models (fee, slippage, latency, fill). Orders are matched against
 * bars' OHLC with conservative rules documented on {@link dev.kairos.engine.venue.SimulatedVenue}.
 * Prices in quote currency, fees in quote currency, basis points as plain numbers (10 = 0.1%), times
 * epoch ms UTC. Engine thread only.
 */
package dev.kairos.engine.venue;
