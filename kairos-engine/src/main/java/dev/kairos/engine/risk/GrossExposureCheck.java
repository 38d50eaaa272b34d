package dev.kairos.engine.risk;

import dev.kairos.model.order.Order;

/** The portfolio's gross exposure (Σ worst-case exposures) after the order ≤ {@code maxEquityMultiple} × equity. */
public final class GrossExposureCheck extends ExposureLimitCheck {
    private final double maxEquityMultiple;

    public GrossExposureCheck(double maxEquityMultiple) {
        if (!(maxEquityMultiple > 0) || !Double.isFinite(maxEquityMultiple)) {
            throw new IllegalArgumentException("max gross exposure must be a positive multiple of equity: "
                    + maxEquityMultiple);
        }
        this.maxEquityMultiple = maxEquityMultiple;
    }

    @Override
    public String name() {
        return "gross-exposure";
    }

    @Override
    CheckResult limit(Order order, RiskContext ctx, double equity, double before, double after) {
        double gross = ctx.grossExposure() - before + after;
        double cap = maxEquityMultiple * equity;
        if (!Double.isFinite(gross)) {
            return CheckResult.deny(name(), "gross exposure unknown: " + ctx.grossExposure());
        }
        if (gross > cap) {
            return CheckResult.deny(name(), "gross exposure would be " + money(gross) + " > " + maxEquityMultiple
                    + " × equity = " + money(cap));
        }
        return CheckResult.PASS;
    }
}
