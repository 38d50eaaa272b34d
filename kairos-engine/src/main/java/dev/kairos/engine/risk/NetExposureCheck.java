package dev.kairos.engine.risk;

import dev.kairos.model.order.Order;
import dev.kairos.model.order.Side;

/**
 * The portfolio's net exposure after the order, on its worse side (every buy filled, or every sell filled),
 * ≤ {@code maxEquityMultiple} × equity. An order that lowers the net exposure passes even above the cap (a
 * hedge).
 */
public final class NetExposureCheck extends ExposureLimitCheck {
    private final double maxEquityMultiple;

    public NetExposureCheck(double maxEquityMultiple) {
        if (!(maxEquityMultiple > 0) || !Double.isFinite(maxEquityMultiple)) {
            throw new IllegalArgumentException("max net exposure must be a positive multiple of equity: "
                    + maxEquityMultiple);
        }
        this.maxEquityMultiple = maxEquityMultiple;
    }

    @Override
    public String name() {
        return "net-exposure";
    }

    @Override
    CheckResult limit(Order order, RiskContext ctx, double equity, double before, double after) {
        double longSide = ctx.netLongExposure();
        double shortSide = ctx.netShortExposure();
        double netBefore = Math.max(Math.abs(longSide), Math.abs(shortSide));
        double value = order.quantity() * ctx.lastPrice();
        if (order.side() == Side.BUY) {
            longSide += value;
        } else {
            shortSide -= value;
        }
        double net = Math.max(Math.abs(longSide), Math.abs(shortSide));
        double cap = maxEquityMultiple * equity;
        if (!Double.isFinite(net)) {
            return CheckResult.deny(name(), "net exposure unknown");
        }
        if (net > cap && net > netBefore) {
            return CheckResult.deny(name(), "net exposure would be " + money(net) + " > " + maxEquityMultiple
                    + " × equity = " + money(cap));
        }
        return CheckResult.PASS;
    }
}
