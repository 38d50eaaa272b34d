/**
 * Trades (ticks) from CSV files, and candles built from them.
 *
 * <p>{@link dev.kairos.persistence.trades.TradeCsvReader} reads {@code timestamp,price[,amount[,side[,id]]]}
 * tolerantly: the header is optional (and, when present, locates the columns by name), a row needs only a
 * timestamp and a price, equal timestamps are normal, and every row is accounted for in a
 * {@link dev.kairos.persistence.trades.TradeCsvReport}: accepted, skipped (outside the time window) or
 * malformed with its {@link dev.kairos.persistence.trades.TradeDefect} and line number.
 * {@link dev.kairos.persistence.trades.TradeBarAggregator} turns trades into OHLCV bars on the UTC grid of a
 * {@link dev.kairos.model.market.Timeframe}.
 *
 * <p>Units: timestamps in files are integer epoch times UTC (event time) in seconds, milliseconds,
 * microseconds or nanoseconds, detected per file ({@link dev.kairos.persistence.csv.TimestampScale}); in
 * series and reports they are epoch milliseconds UTC. Prices are in the quote currency; amounts and volumes
 * in the base asset; line numbers are 1-based file lines.
 *
 * <p>Threading: the reader and aggregator keep their state on the stack of each call and may be shared;
 * series, reports and results are immutable.
 */
package dev.kairos.persistence.trades;
