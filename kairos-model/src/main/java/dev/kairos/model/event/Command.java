package dev.kairos.model.event;

import dev.kairos.model.ClientOrderId;
import dev.kairos.model.order.Order;
import dev.kairos.model.order.OrderList;
import dev.kairos.model.order.OrderSpec;

/** What the engine asks an execution client (simulated or live venue) to do. A closed set. */
public sealed interface Command {

    long timestamp();

    /** Send a new order; {@code decisionPrice} is the price the decision saw, for slippage accounting. */
    record SubmitOrder(long timestamp, Order order, double decisionPrice) implements Command {
        public SubmitOrder {
            if (order == null) {
                throw new IllegalArgumentException("order is required");
            }
        }
    }

    /** Send linked orders (OCO, bracket); {@code decisionPrice} as for {@link SubmitOrder}. */
    record SubmitOrderList(long timestamp, OrderList list, double decisionPrice) implements Command {
        public SubmitOrderList {
            if (list == null) {
                throw new IllegalArgumentException("order list is required");
            }
        }
    }

    record CancelOrder(long timestamp, ClientOrderId orderId, String reason) implements Command {
    }

    /** Change the prices of a working order (same kind of spec). */
    record ModifyOrder(long timestamp, ClientOrderId orderId, OrderSpec spec) implements Command {
    }
}
