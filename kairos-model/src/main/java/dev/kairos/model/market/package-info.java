/**
 * Market data: bars and columnar bar series. Timestamps are epoch milliseconds UTC of the bar's open;
 * prices in quote currency; volume in base asset. A {@link dev.kairos.model.market.BarSeries} is
 * immutable once built and may be read from any thread.
 */
package dev.kairos.model.market;
