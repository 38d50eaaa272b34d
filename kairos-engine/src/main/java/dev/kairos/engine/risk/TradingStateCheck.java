package dev.kairos.engine.risk;

import dev.kairos.model.order.Order;

/**
 * The kill switch. ACTIVE: all pass; REDUCING: only orders that move the position towards zero without crossing
 * it; HALTED: nothing. The denial names why the state was entered (circuit breaker or operator).
 */
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
                    : CheckResult.deny(name(), "trading state REDUCING: only exposure-reducing orders pass"
                    + because(ctx));
            case HALTED -> CheckResult.deny(name(), "trading state HALTED: no new orders" + because(ctx));
        };
    }

    private static String because(RiskContext ctx) {
        String why = ctx.tradingStateReason();
        return why.isEmpty() ? "" : " (" + why + ")";
    }
}
