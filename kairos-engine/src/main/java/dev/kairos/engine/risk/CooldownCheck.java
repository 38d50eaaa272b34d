package dev.kairos.engine.risk;

import dev.kairos.model.order.Order;
import java.time.Instant;

/**
 * No new exposure on an instrument while it cools down after a losing trade on it, nor on any instrument after
 * a streak of losing trades (the periods are kept by {@link RiskState}). Exits pass.
 */
public final class CooldownCheck implements PreTradeCheck {
    @Override
    public String name() {
        return "cooldown";
    }

    @Override
    public CheckResult check(Order order, RiskContext ctx) {
        long until = ctx.cooldownUntil();
        if (until != Long.MIN_VALUE && ctx.now() <= until && Exposure.increases(order, ctx)) {
            return CheckResult.deny(name(), "cooling down after losing trades until " + Instant.ofEpochMilli(until)
                    + ": no new exposure in " + order.instrument());
        }
        return CheckResult.PASS;
    }
}
