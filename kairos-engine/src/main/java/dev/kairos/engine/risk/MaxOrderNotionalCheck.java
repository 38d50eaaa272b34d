package dev.kairos.engine.risk;

import dev.kairos.model.order.Order;

/**
 * An order's value at the last price may not exceed {@code maxEquityMultiple} × equity (a fat-finger
 * guard; exposure limits per position and portfolio come with the full risk engine).
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
        double notional = order.quantity() * ctx.lastPrice();
        double cap = maxEquityMultiple * Math.max(0.0, ctx.equity());
        if (notional > cap && !PreTradeCheck.reducesExposure(order, ctx.positionQuantity())) {
            return CheckResult.deny(name(), String.format("order value %.2f exceeds %.2f × equity = %.2f", notional,
                    maxEquityMultiple, cap));
        }
        return CheckResult.PASS;
    }
}
