/**
 * Strategies that ship with Kairos: sma-cross, ema-cross, rsi-reversion, macd, bollinger-breakout,
 * keltner-squeeze, donchian-breakout, e3 (the seed rule on bodyOverAtr, volumeZ, obImbalance, premiumPct),
 * funding-fade (fades extreme perpetual funding), consensus (a weighted vote of the others) and signals-file
 * (replays external signals). Each documents its entry and exit rules and how its confidence is derived.
 * Prices are in the instrument's quote currency, times in epoch ms UTC, funding rates fractions per funding
 * interval, premiums in percent. e3 and funding-fade read data beyond bars (side inputs) through a
 * {@link dev.kairos.analytics.feature.FeatureStream}, as of each bar's close. Instances are single-threaded
 * (engine thread), read no bar or side-input value after the one they decide on, and allocate per bar only
 * when they emit a signal (consensus: when it or a member emits; signals-file reads its file once, when
 * created; e3 and funding-fade build their feature stream on their first bar). Reasons are built by string
 * concatenation with {@link dev.kairos.engine.strategy.NumberText}, never a {@link java.util.Formatter}.
 */
package dev.kairos.engine.strategy.builtin;
