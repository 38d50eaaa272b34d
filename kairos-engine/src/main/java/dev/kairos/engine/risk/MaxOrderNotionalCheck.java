package dev.kairos.engine.risk;

import dev.kairos.model.order.Order;

/**
 * An order's value at the last price may not exceed {@code maxEquityMultiple} × equity (a fat-finger guard);
 * exposure-reducing orders are exempt. Unknown equity or price denies the others.
 */
public final class MaxOrderNotionalCheck implements PreTradeCheck {
    private final double maxEquityMultiple;

    public MaxOrderNotionalCheck(double maxEquityMultiple) {
        if (!(maxEquityMultiple > 0)) {
            throw new IllegalArgumentException("max order notional multiple must be > 0: " + maxEquityMultiple);
        }
        this.maxEquityMultiple = maxEquityMultiple;
    }

    @Override
    public String name() {
        return "max-order-notional";
    }

    @Override
    public CheckResult check(Order order, RiskContext ctx) {
        if (PreTradeCheck.reducesExposure(order, ctx.positionQuantity())) {
            return CheckResult.PASS;
        }
        double notional = order.quantity() * ctx.lastPrice();
        double cap = maxEquityMultiple * Math.max(0.0, ctx.equity());
        if (!Double.isFinite(notional) || !Double.isFinite(cap)) {
            return CheckResult.deny(name(), "order value or equity unknown: value " + notional + ", equity "
                    + ctx.equity());
        }
        if (notional > cap) {
            return CheckResult.deny(name(), String.format("order value %.2f exceeds %.2f × equity = %.2f", notional,
                    maxEquityMultiple, cap));
        }
        return CheckResult.PASS;
    }
}
