package dev.kairos.engine.risk;

import dev.kairos.model.order.Order;

/** One instrument's worst-case exposure after the order may not exceed {@code maxEquityMultiple} × equity. */
public final class MaxPositionCheck extends ExposureLimitCheck {
    private final double maxEquityMultiple;

    public MaxPositionCheck(double maxEquityMultiple) {
        if (!(maxEquityMultiple > 0) || !Double.isFinite(maxEquityMultiple)) {
            throw new IllegalArgumentException("max position must be a positive multiple of equity: "
                    + maxEquityMultiple);
        }
        this.maxEquityMultiple = maxEquityMultiple;
    }

    @Override
    public String name() {
        return "max-position";
    }

    @Override
    CheckResult limit(Order order, RiskContext ctx, double equity, double before, double after) {
        double cap = maxEquityMultiple * equity;
        if (after > cap) {
            return CheckResult.deny(name(), order.instrument() + " exposure would be " + money(after) + " > "
                    + maxEquityMultiple + " × equity = " + money(cap));
        }
        return CheckResult.PASS;
    }
}
