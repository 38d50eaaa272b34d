package dev.kairos.engine.risk;

import dev.kairos.model.order.Order;

/**
 * No new exposure for the rest of the UTC day once equity has fallen {@code cap} (a fraction) below the day's
 * start equity (realised and unrealised losses, fees and funding alike). Reached once, the cap holds until the
 * next UTC day even if equity recovers. Exits pass. An unknown day-start equity denies.
 */
public final class DailyLossCheck implements PreTradeCheck {
    private final double cap;

    public DailyLossCheck(double cap) {
        if (!(cap > 0 && cap < 1)) {
            throw new IllegalArgumentException("daily loss cap must be a fraction in (0, 1): " + cap);
        }
        this.cap = cap;
    }

    @Override
    public String name() {
        return "daily-loss";
    }

    @Override
    public CheckResult check(Order order, RiskContext ctx) {
        if (!Exposure.increases(order, ctx)) {
            return CheckResult.PASS;
        }
        double start = ctx.dayStartEquity();
        double equity = ctx.equity();
        if (!(start > 0) || !Double.isFinite(start) || !Double.isFinite(equity)) {
            return CheckResult.deny(name(), "daily loss unknown: day-start equity " + start + ", equity " + equity);
        }
        double loss = (start - equity) / start;
        if (ctx.dailyLossCapReached() || loss >= cap) {
            return CheckResult.deny(name(), String.format("daily loss cap %.2f %% reached today (now %.2f %% below"
                    + " the day's start equity %.2f): no new exposure until the next UTC day", cap * 100,
                    loss * 100, start));
        }
        return CheckResult.PASS;
    }
}
