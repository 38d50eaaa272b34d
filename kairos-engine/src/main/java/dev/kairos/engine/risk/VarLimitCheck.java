package dev.kairos.engine.risk;

import dev.kairos.analytics.risk.ValueAtRisk;
import dev.kairos.analytics.risk.VarMethod;
import dev.kairos.model.order.Order;

/**
 * No new exposure when the portfolio's VaR after the order would exceed {@code limit} × equity. The VaR is
 * estimated by {@link ValueAtRisk} at the configured confidence, horizon and method from the portfolio's
 * {@link RiskContext#scenarioReturns scenario returns}: the last bars' instrument returns applied to the
 * worst-case exposures after the order (a historical simulation of the positions held now, not of the past
 * equity curve). With fewer than {@value #MIN_RETURNS} horizon windows of returns the VaR is unknown: denied.
 * Exits pass. Allocation-free when it passes (its buffers are sized once).
 */
public final class VarLimitCheck implements PreTradeCheck {
    /** Fewest horizon windows of returns the VaR is estimated from. */
    public static final int MIN_RETURNS = 30;
    /** Monte Carlo paths per estimate. */
    static final int PATHS = 2_000;

    private final double limit;
    private final double confidence;
    private final int horizon;
    private final VarMethod method;
    private final double[] returns;
    private final ValueAtRisk var;

    /**
     * @param windowBars most bars of returns an estimate reads
     * @param seed       seed of the Monte Carlo stream (restarted at every estimate)
     */
    public VarLimitCheck(double limit, double confidence, int horizon, VarMethod method, int windowBars, long seed) {
        if (!(limit > 0 && limit < 1)) {
            throw new IllegalArgumentException("VaR limit must be a fraction of equity in (0, 1): " + limit);
        }
        if (windowBars < MIN_RETURNS + horizon) {
            throw new IllegalArgumentException("VaR window must be >= " + (MIN_RETURNS + horizon) + " bars: "
                    + windowBars);
        }
        this.limit = limit;
        this.confidence = confidence;
        this.horizon = horizon;
        this.method = method;
        this.returns = new double[windowBars];
        this.var = new ValueAtRisk(windowBars, PATHS, seed);
    }

    @Override
    public String name() {
        return "var-limit";
    }

    @Override
    public CheckResult check(Order order, RiskContext ctx) {
        if (!Exposure.increases(order, ctx)) {
            return CheckResult.PASS;
        }
        int n = ctx.scenarioReturns(order, returns);
        int needed = MIN_RETURNS + horizon - 1;
        if (n < needed) {
            return CheckResult.deny(name(), "VaR not computable yet: " + n + " bars of returns, " + needed
                    + " needed");
        }
        if (!var.estimate(method, returns, 0, n, confidence, horizon)) {
            return CheckResult.deny(name(), "VaR unknown: returns not finite");
        }
        if (var.var() > limit) {
            return CheckResult.deny(name(), String.format("%s VaR(%.1f %%, %d bars) after the order %.2f %% of"
                    + " equity > limit %.2f %%", method.key(), confidence * 100, horizon, var.var() * 100,
                    limit * 100));
        }
        return CheckResult.PASS;
    }
}
