package dev.kairos.engine.risk;

import dev.kairos.model.order.Order;

/** An order that would give one more instrument an exposure is denied once {@code max} instruments have one. */
public final class OpenPositionsCheck extends ExposureLimitCheck {
    private final int max;

    public OpenPositionsCheck(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max open positions must be >= 1: " + max);
        }
        this.max = max;
    }

    @Override
    public String name() {
        return "open-positions";
    }

    @Override
    CheckResult limit(Order order, RiskContext ctx, double equity, double before, double after) {
        if (before == 0 && ctx.openPositions() >= max) {
            return CheckResult.deny(name(), ctx.openPositions() + " positions open, the limit is " + max
                    + ": no new one in " + order.instrument());
        }
        return CheckResult.PASS;
    }
}
