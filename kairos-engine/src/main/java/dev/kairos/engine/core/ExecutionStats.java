package dev.kairos.engine.core;

import dev.kairos.model.order.Fill;
import dev.kairos.model.order.Order;

/** Accumulates execution quality over a run: slippage, latency, fill ratio. */
public final class ExecutionStats {
    private long orders;
    private double orderedQty;
    private long fills;
    private double filledQty;
    private double slipQtySum;
    private double latencySum;

    void onSubmit(Order order) {
        orders++;
        orderedQty += order.quantity();
    }

    void onFill(Fill fill) {
        fills++;
        filledQty += fill.quantity();
        slipQtySum += fill.slippageBps() * fill.quantity();
        latencySum += fill.latencyMs();
    }

    public long orders() {
        return orders;
    }

    public long fills() {
        return fills;
    }

    /** Quantity-weighted mean slippage against decision price, bps; 0 without fills. */
    public double avgSlippageBps() {
        return filledQty > 0 ? slipQtySum / filledQty : 0.0;
    }

    /** Mean decision-to-fill latency over fills, ms; 0 without fills. */
    public double avgLatencyMs() {
        return fills > 0 ? latencySum / fills : 0.0;
    }

    /**
     * Filled / ordered quantity over submitted orders; 1 when nothing was ordered. Orders still working at
     * the end count with what they filled so far.
     */
    public double fillRatio() {
        return orderedQty > 0 ? filledQty / orderedQty : 1.0;
    }
}
