package dev.kairos.engine.risk;

import dev.kairos.model.Instrument;
import dev.kairos.model.order.Order;

/** Quantity must be a whole number of lots and the order value at least the minimum notional. */
public final class InstrumentRulesCheck implements PreTradeCheck {
    @Override
    public String name() {
        return "instrument-rules";
    }

    @Override
    public CheckResult check(Order order, RiskContext ctx) {
        Instrument ins = ctx.instrument();
        if (!ins.isLotAligned(order.quantity())) {
            return CheckResult.deny(name(), "quantity " + order.quantity() + " is not a multiple of lot size "
                    + ins.lotSize());
        }
        double notional = order.quantity() * ctx.lastPrice();
        if (!order.reduceOnly() && notional < ins.minNotional()) {
            return CheckResult.deny(name(), "order value " + notional + " below min notional " + ins.minNotional());
        }
        return CheckResult.PASS;
    }
}
