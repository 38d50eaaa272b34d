/**
 * Batch resampling of a bar series to a higher timeframe on the UTC grid of
 * {@link dev.kairos.model.market.Timeframe}: each bucket's open is the first open, high the highest high,
 * low the lowest low, close the last close and volume the exact decimal sum of the input volumes. Buckets
 * with no input bars are absent (never filled); buckets with some input bars missing are kept or dropped
 * by {@link dev.kairos.persistence.resample.BucketPolicy}. The incremental counterpart, for strategies,
 * is {@link dev.kairos.model.market.BarAggregator}; the two agree on every closed bar.
 *
 * <p>Units: epoch ms UTC (bar open), prices in the quote currency, volume in the base asset.
 *
 * <p>Threading: {@link dev.kairos.persistence.resample.BarResampler} is stateless; results are immutable.
 */
package dev.kairos.persistence.resample;
