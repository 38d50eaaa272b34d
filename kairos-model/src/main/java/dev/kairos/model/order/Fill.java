package dev.kairos.model.order;

import dev.kairos.model.ClientOrderId;
import dev.kairos.model.InstrumentId;

/**
 * One execution of (part of) an order, with its execution-quality feedback.
 *
 * @param quantity      filled base quantity, &gt; 0
 * @param price         execution price including slippage
 * @param fee           fee paid in quote currency (negative for a maker rebate)
 * @param liquidity     whether the fill made or took liquidity
 * @param timestamp     execution time, epoch ms UTC
 * @param decisionPrice the price the strategy saw when it decided (close of the decision bar)
 * @param slippageBps   adverse slippage against the decision price, in basis points (negative = better)
 * @param latencyMs     execution time minus decision time
 */
public record Fill(ClientOrderId orderId, InstrumentId instrument, Side side, double quantity, double price,
                   double fee, Liquidity liquidity, long timestamp, double decisionPrice, double slippageBps,
                   long latencyMs) {
    public Fill {
        if (orderId == null || instrument == null || side == null || liquidity == null) {
            throw new IllegalArgumentException("fill fields must not be null");
        }
        if (!(quantity > 0) || !Double.isFinite(quantity)) {
            throw new IllegalArgumentException(orderId + ": fill quantity must be positive: " + quantity);
        }
        if (!(price > 0) || !Double.isFinite(price)) {
            throw new IllegalArgumentException(orderId + ": fill price must be positive: " + price);
        }
        if (!Double.isFinite(fee)) {
            throw new IllegalArgumentException(orderId + ": fee must be finite: " + fee);
        }
        if (latencyMs < 0) {
            throw new IllegalArgumentException(orderId + ": latency must be >= 0: " + latencyMs);
        }
    }

    public double notional() {
        return quantity * price;
    }

    /** Maker or taker. */
    public enum Liquidity {
        MAKER,
        TAKER
    }
}
