package dev.kairos.engine.risk;

import dev.kairos.model.order.Order;

/** Fails closed when the price or equity the decision rests on is unknown or not finite. */
public final class MarketDataCheck implements PreTradeCheck {
    @Override
    public String name() {
        return "market-data";
    }

    @Override
    public CheckResult check(Order order, RiskContext ctx) {
        double p = ctx.lastPrice();
        if (!(p > 0) || !Double.isFinite(p)) {
            return CheckResult.deny(name(), "no valid last price for " + order.instrument() + ": " + p);
        }
        double e = ctx.equity();
        if (!Double.isFinite(e)) {
            return CheckResult.deny(name(), "account equity unknown: " + e);
        }
        return CheckResult.PASS;
    }
}
