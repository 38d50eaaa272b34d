package dev.kairos.engine.risk;

import dev.kairos.model.order.Order;

/**
 * The shared shape of the limits on exposure: orders that do not {@link Exposure#increases increase} the
 * instrument's exposure pass; for the others equity must be positive and the exposure known, or they are
 * denied (fail closed), and then {@link #limit} decides.
 */
abstract class ExposureLimitCheck implements PreTradeCheck {

    @Override
    public final CheckResult check(Order order, RiskContext ctx) {
        if (!Exposure.increases(order, ctx)) {
            return CheckResult.PASS;
        }
        double equity = ctx.equity();
        double before = Exposure.before(ctx);
        double after = Exposure.after(order, ctx);
        if (!(equity > 0) || !Double.isFinite(equity) || !Double.isFinite(before) || !Double.isFinite(after)) {
            return CheckResult.deny(name(), "cannot size the exposure: equity " + equity + ", last price "
                    + ctx.lastPrice());
        }
        return limit(order, ctx, equity, before, after);
    }

    /**
     * Decides an order that increases the instrument's worst-case exposure from {@code before} to {@code after}
     * (quote currency, finite) with positive {@code equity}.
     */
    abstract CheckResult limit(Order order, RiskContext ctx, double equity, double before, double after);

    static String money(double v) {
        return String.format("%.2f", v);
    }
}
