package dev.kairos.engine.risk;

import dev.kairos.model.order.Order;

/**
 * No new exposure while the health monitor's overall score is below {@code minScore} (0..100) or not yet
 * known. Exits pass.
 */
public final class HealthGateCheck implements PreTradeCheck {
    private final double minScore;

    public HealthGateCheck(double minScore) {
        if (!(minScore > 0 && minScore <= 100)) {
            throw new IllegalArgumentException("health gate threshold must be in (0, 100]: " + minScore);
        }
        this.minScore = minScore;
    }

    @Override
    public String name() {
        return "health-gate";
    }

    @Override
    public CheckResult check(Order order, RiskContext ctx) {
        if (!Exposure.increases(order, ctx)) {
            return CheckResult.PASS;
        }
        double score = ctx.healthScore();
        if (Double.isNaN(score)) {
            return CheckResult.deny(name(), "system health not scored yet: no new exposure");
        }
        if (score < minScore) {
            return CheckResult.deny(name(), "system health " + score + " below the gate " + minScore
                    + ": no new exposure");
        }
        return CheckResult.PASS;
    }
}
