/**
 * Position sizing: how much to trade for a signal, and how far its stop and target sit.
 *
 * <p>A {@link dev.kairos.engine.sizing.SizingPolicy} maps a {@link dev.kairos.engine.sizing.SizingRequest}
 * (signal and confidence, instrument, price, equity, ATR, realised volatility, latest regime, the source's
 * {@link dev.kairos.engine.performance.TrackRecord}, the {@link dev.kairos.engine.sizing.StopDistances}) to a
 * {@link dev.kairos.engine.sizing.SizingDecision}. Base policies: fixed fraction, confidence-scaled, ATR risk,
 * fractional Kelly, volatility target. {@link dev.kairos.engine.sizing.ComposedSizing} multiplies a base by
 * {@link dev.kairos.engine.sizing.SizeMultiplier}s (performance, regime) and caps the notional; a
 * {@link dev.kairos.engine.sizing.SizingConfig} builds it. {@link dev.kairos.engine.sizing.AdaptiveStops}
 * derives stop and target distances from the ATR, the confidence and the regime.
 * {@link dev.kairos.engine.sizing.SizingInputs} keeps the per-instrument measurements current per bar.
 *
 * <p>Units: quantities in base asset, rounded down to the instrument's lot and zero below its minimum notional;
 * prices and distances in quote currency per base unit; fractions of equity as plain numbers (0.01 is 1 %).
 * Unknown inputs are NaN or empty and make a policy size zero with a {@link dev.kairos.engine.sizing.SizingReason}
 * (fail closed). Policies run only on signals; {@code SizingInputs.onBar} runs per bar, O(1), allocation-free.
 * Engine thread only.
 */
package dev.kairos.engine.sizing;
