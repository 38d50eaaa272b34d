package dev.kairos.engine.exit;

import dev.kairos.model.ClientOrderId;
import dev.kairos.model.order.Order;
import dev.kairos.model.order.OrderSpec;

/** What the exit brain may do with orders; implemented by the engine, which risk-checks every new order. */
public interface ExitActions {

    /**
     * Risk-checks and sends an order of instrument {@code k}; {@code purpose} becomes the exit reason of what it
     * closes. Returns false when a check denied it.
     */
    boolean submit(int k, Order order, double decisionPrice, String purpose);

    /** Cancels a working order; false when it is unknown or already finished. */
    boolean cancel(ClientOrderId id, long time, String reason);

    /** Changes the prices of a working order (same kind of spec); false when it is unknown or finished. */
    boolean modify(ClientOrderId id, OrderSpec spec, long time);

    /** A fresh id, unique within the run. */
    ClientOrderId nextOrderId();
}
