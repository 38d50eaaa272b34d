/**
 * Market-data CSV readers: bar files ({@code timestamp,open,high,low,close,volume}) into a
 * {@link dev.kairos.model.market.BarSeries}, with a {@link dev.kairos.persistence.csv.BarCsvReport} that
 * accounts for every row, and the {@link dev.kairos.persistence.csv.Sha256} of a data file for the run
 * manifest.
 *
 * <p>Units: timestamps in files are integer epoch times UTC (the bar's open time) in seconds,
 * milliseconds, microseconds or nanoseconds, one {@link dev.kairos.persistence.csv.TimestampUnit} per file
 * detected from the magnitude of its first valid row ({@link dev.kairos.persistence.csv.TimestampScale});
 * in series, windows and reports they are epoch milliseconds UTC. Prices are in the quote currency, volume
 * in the base asset, line numbers 1-based file lines (the header is line 1). Files are UTF-8 (a byte-order
 * mark is tolerated), {@code ,}-separated, with {@code \n} or {@code \r\n} line ends.
 *
 * <p>Threading: readers and options are immutable and may be shared between threads; each
 * {@code read} call keeps its state on its own stack, so concurrent reads are independent. Reports,
 * results and exceptions are immutable values.
 */
package dev.kairos.persistence.csv;
