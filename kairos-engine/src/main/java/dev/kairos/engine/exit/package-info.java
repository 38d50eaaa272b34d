/**
 * The exit brain (DESIGN step 3): per open position an {@link dev.kairos.engine.exit.ExitPlan} — initial stop
 * R from ATR or percent, a take-profit ladder, breakeven after a chosen take-profit, an ATR or percent trail,
 * a time stop — carried out by the {@link dev.kairos.engine.exit.ExitBrain} on each bar's close, with a
 * wider hard stop resting at the venue as a safety net (the hybrid stop). Levels can adapt to measured hit
 * rates ({@link dev.kairos.engine.exit.AdaptiveLevels}, {@link dev.kairos.engine.exit.HitRates}), frozen while
 * {@link dev.kairos.engine.exit.HealthSignal health} is low. Every exit carries an
 * {@link dev.kairos.engine.exit.ExitReason} as its order's purpose; {@link dev.kairos.engine.exit.ExitLog}
 * counts them.
 *
 * <p>Prices in quote currency, quantities in base asset (lot-aligned), R in price units, times epoch ms UTC.
 * Engine thread only; nothing is allocated per bar unless an order is sent, amended or cancelled.
 */
package dev.kairos.engine.exit;
