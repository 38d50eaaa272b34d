/**
 * The market-regime taxonomy shared by detectors, strategies, risk and reports: a closed set of four
 * regimes, five sentiment states (a separate dimension), probabilities over the regimes and the
 * confidence of a regime call with its factors. Immutable values; any thread.
 */
package dev.kairos.model.regime;
