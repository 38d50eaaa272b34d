package dev.kairos.engine.risk;

import dev.kairos.model.order.Order;
import dev.kairos.model.order.OrderSpec;

/**
 * Order prices within {@code band} (a fraction) of the last price: a market order's decision price, a limit
 * price, a stop-limit's limit price, and the trigger price of stops that increase exposure (a protective stop
 * far from the market is harmless, so stops that do not increase exposure may trigger anywhere).
 */
public final class PriceBandCheck implements PreTradeCheck {
    private final double band;

    public PriceBandCheck(double band) {
        if (!(band > 0) || !Double.isFinite(band)) {
            throw new IllegalArgumentException("price band must be a positive fraction: " + band);
        }
        this.band = band;
    }

    @Override
    public String name() {
        return "price-band";
    }

    @Override
    public CheckResult check(Order order, RiskContext ctx) {
        double last = ctx.lastPrice();
        if (!(last > 0) || !Double.isFinite(last)) {
            return CheckResult.deny(name(), "last price of " + order.instrument() + " unknown: " + last);
        }
        return switch (order.spec()) {
            case OrderSpec.Market m -> within("decision price", ctx.decisionPrice(), last);
            case OrderSpec.Limit l -> within("limit price", l.price(), last);
            case OrderSpec.StopMarket s -> Exposure.increases(order, ctx)
                    ? within("stop price", s.triggerPrice(), last) : CheckResult.PASS;
            // its stop starts one trail from the decision price and only follows the market from there
            case OrderSpec.TrailingStop t -> Exposure.increases(order, ctx)
                    ? within("decision price", ctx.decisionPrice(), last) : CheckResult.PASS;
            case OrderSpec.StopLimit s -> {
                CheckResult limit = within("stop limit price", s.limitPrice(), last);
                yield limit != CheckResult.PASS || !Exposure.increases(order, ctx) ? limit
                        : within("stop price", s.triggerPrice(), last);
            }
        };
    }

    private CheckResult within(String what, double price, double last) {
        if (!Double.isFinite(price)) {
            return CheckResult.deny(name(), what + " unknown: " + price);
        }
        double off = Math.abs(price - last) / last;
        if (off > band) {
            return CheckResult.deny(name(), String.format("%s %s is %.2f %% from the last price %s; band ±%.2f %%",
                    what, price, off * 100, last, band * 100));
        }
        return CheckResult.PASS;
    }
}
