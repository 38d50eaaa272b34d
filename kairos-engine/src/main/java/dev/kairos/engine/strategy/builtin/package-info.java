/**
 * Strategies that ship with Kairos. Each documents how its confidence is derived. Instances are
 * single-threaded (engine thread) and allocation-free per bar except when they emit a signal.
 */
package dev.kairos.engine.strategy.builtin;
