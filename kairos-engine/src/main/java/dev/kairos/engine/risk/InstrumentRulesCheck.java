package dev.kairos.engine.risk;

import dev.kairos.model.Instrument;
import dev.kairos.model.order.Order;
import dev.kairos.model.order.OrderSpec;

/**
 * The venue's instrument rules: the quantity a whole number of lots, every price (limit, trigger) a whole number
 * of ticks, and the order value at the last price at least the minimum notional (reduce-only orders are exempt
 * from the minimum, as at the venue). An unknown order value is denied.
 */
public final class InstrumentRulesCheck implements PreTradeCheck {
    @Override
    public String name() {
        return "instrument-rules";
    }

    @Override
    public CheckResult check(Order order, RiskContext ctx) {
        Instrument ins = ctx.instrument();
        if (!ins.isLotAligned(order.quantity())) {
            return CheckResult.deny(name(), "quantity " + order.quantity() + " is not a multiple of lot size "
                    + ins.lotSize());
        }
        CheckResult ticks = switch (order.spec()) {
            case OrderSpec.Market m -> CheckResult.PASS;
            // the venue derives the stop from the best price seen and the trail: there is no price to check yet
            case OrderSpec.TrailingStop t -> CheckResult.PASS;
            case OrderSpec.Limit l -> onTick("limit price", l.price(), ins);
            case OrderSpec.StopMarket s -> onTick("stop price", s.triggerPrice(), ins);
            case OrderSpec.StopLimit s -> {
                CheckResult trigger = onTick("stop price", s.triggerPrice(), ins);
                yield trigger != CheckResult.PASS ? trigger : onTick("stop limit price", s.limitPrice(), ins);
            }
        };
        if (ticks != CheckResult.PASS) {
            return ticks;
        }
        if (!order.reduceOnly()) {
            double notional = order.quantity() * ctx.lastPrice();
            if (!Double.isFinite(notional)) {
                return CheckResult.deny(name(), "order value unknown (last price " + ctx.lastPrice() + ")");
            }
            if (notional < ins.minNotional()) {
                return CheckResult.deny(name(), "order value " + notional + " below min notional "
                        + ins.minNotional());
            }
        }
        return CheckResult.PASS;
    }

    private CheckResult onTick(String what, double price, Instrument ins) {
        double ticks = price / ins.tickSize();
        if (Math.abs(ticks - Math.rint(ticks)) > 1e-6 + Math.abs(ticks) * 1e-12) {
            return CheckResult.deny(name(), what + " " + price + " is not a multiple of tick size " + ins.tickSize());
        }
        return CheckResult.PASS;
    }
}
