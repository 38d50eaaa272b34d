package dev.kairos.engine.risk;

import dev.kairos.model.order.Order;

/** One rule an order must satisfy before it is sent. Must not allocate when it passes. */
public interface PreTradeCheck {

    /** Short name used in denials and the journal, e.g. {@code max-order-notional}. */
    String name();

    CheckResult check(Order order, RiskContext context);

    /** True when the order moves the position towards zero without crossing it. */
    static boolean reducesExposure(Order order, double positionQuantity) {
        double after = positionQuantity + order.side().sign() * order.quantity();
        return Math.abs(after) < Math.abs(positionQuantity) && Math.signum(after) * Math.signum(positionQuantity) >= 0;
    }
}
