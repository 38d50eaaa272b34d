/**
 * Market-regime detection: detectors that each turn bars into probabilities over the
 * {@link dev.kairos.model.regime.Regime} taxonomy with a confidence of their own, and the ensemble that
 * combines them (adaptive weights, confidence factors, hysteresis).
 *
 * <ul>
 *   <li>Rule-based detectors: {@link dev.kairos.analytics.regime.VolatilityDetector} (volatile versus quiet),
 *       {@link dev.kairos.analytics.regime.TrendDetector} (ADX/DI, moving-average alignment, regression slope) and
 *       {@link dev.kairos.analytics.regime.MomentumDetector} (rate of change, RSI persistence). Each builds its
 *       probabilities from three factors (trend share, up share, volatile share) and leaves at 0.5 the factors it
 *       has no view on.</li>
 *   <li>{@link dev.kairos.analytics.regime.RegimeEnsemble}, configured by
 *       {@link dev.kairos.analytics.regime.RegimeEnsembleConfig}, pools any detectors factor by factor, weights them
 *       by their skill against realised outcomes, publishes a regime with hysteresis and a confidence with its
 *       factors; {@link dev.kairos.analytics.regime.MultiTimeframeRegime} runs a second ensemble on closed
 *       higher-timeframe bars. {@link dev.kairos.analytics.regime.RegimeDetectors} builds detectors by name.</li>
 *   <li>Measurement: {@link dev.kairos.analytics.regime.RegimeSwitchingSeries} (seeded synthetic bars with the
 *       true regime per bar), {@link dev.kairos.analytics.regime.RegimeEvaluation} (accuracy, settled accuracy,
 *       F1, detection delay) and {@link dev.kairos.analytics.regime.RegimeQualityReport} (markdown tables).</li>
 * </ul>
 *
 * <p><b>Units.</b> Probabilities, confidences, shares, ranks and accuracies are fractions in [0, 1]; volatilities
 * and drifts are fractions of price per bar (log returns); windows, horizons, dwell times and delays are in bars.
 *
 * <p><b>Threading and time.</b> Detectors are fed bars in time order, one update per bar, and never read a bar after
 * the one they are updating on. Fitted detectors (clustering, HMM) refit on a rolling window of past bars only.
 * Per-bar updates are allocation-free. Single-threaded: one instance per instrument and timeframe, owned by the
 * engine thread. The registry and the value records are immutable.
 */
package dev.kairos.analytics.regime;
