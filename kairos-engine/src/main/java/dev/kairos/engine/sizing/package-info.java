/**
 * Position sizing: how much to trade for a signal. Quantities in base asset, rounded down to the
 * instrument's lot. Engine thread only.
 */
package dev.kairos.engine.sizing;
