/**
 * The performance benchmarker: rolling hit rates and accuracy per strategy and per exit leg, which sizing
 * (Kelly, the performance multiplier) and the exit brain read.
 *
 * <p>Two sources feed it: closed trades with their exit reason (the leg that closed them, e.g. {@code stop},
 * {@code tp1}, {@code signal}), scored by their return on entry notional; and directional signals, each scored
 * {@code H} bars later against the realised move of the close. Counts live in fixed ring buffers
 * ({@link dev.kairos.engine.performance.OutcomeWindow}): an update is O(1) and allocates nothing; the first
 * sight of a new strategy or leg allocates its windows once. Returns are fractions (0.01 is 1 %).
 * Engine thread only.
 */
package dev.kairos.engine.performance;
