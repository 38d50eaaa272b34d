package dev.kairos.engine.risk;

import dev.kairos.model.order.Order;

/** ACTIVE: all pass; REDUCING: only exposure-reducing orders; HALTED: nothing. */
public final class TradingStateCheck implements PreTradeCheck {
    @Override
    public String name() {
        return "trading-state";
    }

    @Override
    public CheckResult check(Order order, RiskContext ctx) {
        return switch (ctx.tradingState()) {
            case ACTIVE -> CheckResult.PASS;
            case REDUCING -> PreTradeCheck.reducesExposure(order, ctx.positionQuantity()) ? CheckResult.PASS
                    : CheckResult.deny(name(), "trading state REDUCING: only exposure-reducing orders pass");
            case HALTED -> CheckResult.deny(name(), "trading state HALTED: no new orders");
        };
    }
}
