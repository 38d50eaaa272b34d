/**
 * Time for the engine. {@link dev.kairos.engine.clock.SimulatedClock} is driven by the feed in
 * backtests; {@link dev.kairos.engine.clock.LiveClock} is the only class in Kairos that reads the system
 * time. Epoch milliseconds UTC. Clocks are used from the engine thread only.
 */
package dev.kairos.engine.clock;
