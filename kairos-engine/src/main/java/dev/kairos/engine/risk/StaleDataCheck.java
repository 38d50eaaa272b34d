package dev.kairos.engine.risk;

import dev.kairos.model.order.Order;

/**
 * No new exposure on a stale price: the instrument's last bar must have closed at most
 * {@code (1 + toleranceBars) × interval} before the decision time. Without a bar yet the data is unknown:
 * denied. Orders that do not increase exposure pass (an exit on an old price beats staying in).
 */
public final class StaleDataCheck implements PreTradeCheck {
    private final double toleranceBars;

    public StaleDataCheck(double toleranceBars) {
        if (!(toleranceBars >= 0) || !Double.isFinite(toleranceBars)) {
            throw new IllegalArgumentException("stale tolerance must be >= 0 bars: " + toleranceBars);
        }
        this.toleranceBars = toleranceBars;
    }

    @Override
    public String name() {
        return "stale-data";
    }

    @Override
    public CheckResult check(Order order, RiskContext ctx) {
        long last = ctx.lastBarCloseTime();
        long interval = ctx.barIntervalMs();
        if (last == Long.MIN_VALUE || interval <= 0) {
            return CheckResult.deny(name(), "no bar of " + order.instrument() + " yet: data freshness unknown");
        }
        double age = (double) ctx.now() - last;
        double limit = (1 + toleranceBars) * interval;
        if (age > limit && Exposure.increases(order, ctx)) {
            return CheckResult.deny(name(), String.format("last bar of %s closed %.0f ms before the decision; stale"
                    + " after %.0f ms (interval %d ms × (1 + %s))", order.instrument(), age, limit, interval,
                    toleranceBars));
        }
        return CheckResult.PASS;
    }
}
