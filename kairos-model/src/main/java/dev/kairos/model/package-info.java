/**
 * Typed identifiers and instruments. Prices are in the instrument's quote currency, quantities in its
 * base asset, times in epoch milliseconds UTC. Everything here is immutable and thread-safe.
 */
package dev.kairos.model;
