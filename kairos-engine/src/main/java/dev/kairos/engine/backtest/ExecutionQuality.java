package dev.kairos.engine.backtest;

/**
 * How well orders executed.
 *
 * @param avgSlippageBps quantity-weighted mean adverse slippage of fills against the decision price, bps
 * @param avgLatencyMs   mean time from decision to fill, over fills
 * @param fillRatio      filled quantity / ordered quantity over all orders that reached the venue
 */
public record ExecutionQuality(long orders, long fills, double avgSlippageBps, double avgLatencyMs,
                               double fillRatio) {
}
