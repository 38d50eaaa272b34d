package dev.kairos.analytics.risk;

/**
 * A VaR and its Expected Shortfall, as positive loss fractions; both NaN when they could not be estimated
 * (too few returns).
 */
public record TailEstimate(double var, double es) {
    /** Not estimable. */
    public static final TailEstimate UNKNOWN = new TailEstimate(Double.NaN, Double.NaN);

    public boolean isKnown() {
        return Double.isFinite(var) && Double.isFinite(es);
    }
}
