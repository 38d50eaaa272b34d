/**
 * Parsers that build feature side inputs ({@link dev.kairos.analytics.feature.TimedSeries}) from text: a
 * top-of-book file (imbalance, spread), quote bars (spread, imbalance; stamped at the bar's close, when the
 * closing quote is known) and any {@code timestamp,<value>} file (funding rates, open interest). Each read
 * accounts for every row in a {@link dev.kairos.analytics.feature.source.SourceRead}: accepted, skipped
 * (well formed, no value) or malformed, never dropped silently.
 *
 * <p>Units: timestamps are epoch milliseconds UTC; imbalance is a fraction in [-1, 1]; spread in basis
 * points; other values in their file's unit. Files are UTF-8, {@code ,}-separated, with a header row.
 *
 * <p>Threading: the parsers are stateless static functions and safe to call from any thread; results are
 * immutable.
 */
package dev.kairos.analytics.feature.source;
