package dev.kairos.engine.risk;

import dev.kairos.model.order.Order;

/**
 * Gross exposure after the order, divided by the equity without unrealised gains ({@code equity −
 * max(0, unrealised PnL)}: paper profits do not buy more leverage; unrealised losses count in full), may not
 * exceed {@code maxLeverage}.
 */
public final class LeverageCheck extends ExposureLimitCheck {
    private final double maxLeverage;

    public LeverageCheck(double maxLeverage) {
        if (!(maxLeverage > 0) || !Double.isFinite(maxLeverage)) {
            throw new IllegalArgumentException("max leverage must be positive: " + maxLeverage);
        }
        this.maxLeverage = maxLeverage;
    }

    @Override
    public String name() {
        return "leverage";
    }

    @Override
    CheckResult limit(Order order, RiskContext ctx, double equity, double before, double after) {
        double base = equity - Math.max(0.0, ctx.unrealizedPnl());
        double gross = ctx.grossExposure() - before + after;
        if (!(base > 0) || !Double.isFinite(base) || !Double.isFinite(gross)) {
            return CheckResult.deny(name(), "leverage unknown: equity without unrealised gains " + base
                    + ", gross exposure " + gross);
        }
        double leverage = gross / base;
        if (leverage > maxLeverage) {
            return CheckResult.deny(name(), String.format("leverage would be %.2f× (gross %s / equity without"
                    + " unrealised gains %s) > %s×", leverage, money(gross), money(base), maxLeverage));
        }
        return CheckResult.PASS;
    }
}
