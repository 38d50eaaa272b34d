/**
 * Features: a named vector of numbers per bar, each with explicit availability, computed point in time.
 *
 * <p><b>What it holds.</b> {@link dev.kairos.analytics.feature.FeatureSpec} names and documents each feature
 * (the seed set {@code bodyOverAtr}, {@code volumeZ}, {@code obImbalance}, {@code premiumPct},
 * {@code fundingRate}, {@code openInterest}, {@code realizedVol}, {@code spreadBps}, and any output of the
 * indicator catalogue, e.g. {@code rsi_14}); a {@link dev.kairos.analytics.feature.FeatureSchema} orders them.
 * {@link dev.kairos.analytics.feature.FeatureStream} computes them bar by bar,
 * {@link dev.kairos.analytics.feature.FeatureTable} over a whole series; both give identical values. Side
 * inputs (order-book imbalance, reference price, funding, open interest, spread) are
 * {@link dev.kairos.analytics.feature.TimedSeries}: values stamped with the time they became known, read as
 * of a time through an {@link dev.kairos.analytics.feature.AsOfCursor}, subject to a
 * {@link dev.kairos.analytics.feature.MaxAge}. Parsers that build side inputs from files are in
 * {@code dev.kairos.analytics.feature.source}.
 *
 * <p><b>Availability.</b> A feature is available when it has a finite value. Otherwise (warm-up, an absent,
 * not yet known or stale side input, an undefined ratio) its value is {@code NaN} and it is marked missing;
 * it is never silently 0.
 *
 * <p><b>Point in time.</b> The decision time of a bar is its close time, open time plus the bar length. A
 * bar's features use that bar and earlier bars, and side-input values stamped at or before the close time;
 * nothing stamped later.
 *
 * <p><b>Units.</b> Times are epoch milliseconds UTC. {@code bodyOverAtr} and {@code volumeZ} are
 * dimensionless; {@code obImbalance} is a fraction in [-1, 1]; {@code premiumPct} is in percent;
 * {@code fundingRate} is a fraction per funding interval (0.0001 = 0.01 %); {@code openInterest} is in its
 * source's unit; {@code realizedVol} is a fraction per bar; {@code spreadBps} is in basis points; catalogue
 * outputs keep their indicator's unit.
 *
 * <p><b>Threading.</b> Specs, schemas, side inputs, timed series and computed tables are immutable and
 * thread-safe. A {@code FeatureStream} and an {@code AsOfCursor} are mutable and belong to one thread (the
 * engine thread); their per-bar work is O(features) and allocation-free.
 */
package dev.kairos.analytics.feature;
