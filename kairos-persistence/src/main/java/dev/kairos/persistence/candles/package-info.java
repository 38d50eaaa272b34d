/**
 * Bars made by the data tools (resampled bars, candles from trades) with their volumes also kept as
 * exact decimals, and the writer of the shared bar CSV format {@code timestamp,open,high,low,close,volume}.
 *
 * <p>Units: timestamps are epoch milliseconds UTC of the bar open; prices in the quote currency; volume
 * in the base asset. Numbers are written in plain decimal notation without trailing zeros: a price as the
 * shortest decimal that reads back as the same double (so a price read from a file is written as that
 * file printed it, when it was printed that way), a volume as its exact decimal sum.
 *
 * <p>Threading: {@link dev.kairos.persistence.candles.DecimalBars} is immutable; the writer is stateless.
 */
package dev.kairos.persistence.candles;
