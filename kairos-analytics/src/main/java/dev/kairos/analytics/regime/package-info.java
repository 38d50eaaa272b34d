/**
 * Market-regime detection: detectors that each turn bars into probabilities over the
 * {@link dev.kairos.model.regime.Regime} taxonomy with a confidence of their own, and the ensemble that
 * combines them (adaptive weights, confidence factors, hysteresis). Detectors are fed bars in time
 * order, one update per bar, and never read a bar after the one they are updating on. Fitted detectors
 * (clustering, HMM) refit on a rolling window of past bars only. Single-threaded: one instance per
 * instrument and timeframe, owned by the engine thread.
 */
package dev.kairos.analytics.regime;
