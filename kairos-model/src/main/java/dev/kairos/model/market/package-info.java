/**
 * Market data: bars and columnar bar series. Timestamps are epoch milliseconds UTC of the bar's open;
 * prices in quote currency; volume in base asset. A {@link dev.kairos.model.market.BarSeries} is
 * immutable once built and may be read from any thread.
 *
 * <p>Timeframes: a {@link dev.kairos.model.market.Timeframe} is a bar length on the UTC grid
 * ({@code floor(ts / length) × length}; days start at UTC midnight). A
 * {@link dev.kairos.model.market.BarAggregator} folds lower-timeframe bars into higher-timeframe bars
 * incrementally and reports a higher bar only once it is closed; it is single-threaded and allocates
 * nothing per input bar.
 */
package dev.kairos.model.market;
