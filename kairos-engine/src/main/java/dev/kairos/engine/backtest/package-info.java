/**
 * The backtest runner: a historical feed merging instruments by bar close time, driven through the
 * engine loop on one thread with a simulated clock, and the result it produces. Money in quote
 * currency, times epoch ms UTC, ratios as fractions.
 */
package dev.kairos.engine.backtest;
