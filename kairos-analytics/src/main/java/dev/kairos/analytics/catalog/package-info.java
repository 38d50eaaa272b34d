/**
 * The named indicator catalogue behind {@code kairos indicators}: each entry knows its arguments, the
 * names of its output columns, and how to compute them in batch over a bar series. Immutable and
 * thread-safe.
 */
package dev.kairos.analytics.catalog;
