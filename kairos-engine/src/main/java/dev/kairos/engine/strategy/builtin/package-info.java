/**
 * Strategies that ship with Kairos: sma-cross, ema-cross, rsi-reversion, macd, bollinger-breakout,
 * keltner-squeeze, donchian-breakout, consensus (a weighted vote of the others) and signals-file (replays
 * external signals). Each documents its entry and exit rules and how its confidence is derived. Prices are
 * in the instrument's quote currency, times in epoch ms UTC. Instances are single-threaded (engine thread),
 * read no bar after the one they decide on, and allocate per bar only when they emit a signal (consensus:
 * when it or a member emits; signals-file reads its file once, when created).
 */
package dev.kairos.engine.strategy.builtin;
