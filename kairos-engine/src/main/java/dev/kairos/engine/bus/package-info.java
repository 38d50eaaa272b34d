/**
 * The typed in-process message bus. Single-threaded: publish and subscribe from the engine thread.
 * Handlers run synchronously in subscription order.
 */
package dev.kairos.engine.bus;
