package dev.kairos.model.regime;

/**
 * Probabilities over the four regimes; non-negative, finite, summing to 1 (within 1e-6).
 */
public record RegimeProbabilities(double bullTrend, double bearTrend, double volatileRange, double quietRange) {

    public RegimeProbabilities {
        double sum = bullTrend + bearTrend + volatileRange + quietRange;
        if (!(bullTrend >= 0 && bearTrend >= 0 && volatileRange >= 0 && quietRange >= 0)
                || !(Math.abs(sum - 1.0) <= 1e-6)) {
            throw new IllegalArgumentException("regime probabilities must be >= 0 and sum to 1: " + bullTrend + ", "
                    + bearTrend + ", " + volatileRange + ", " + quietRange);
        }
    }

    /** Copies {@code p}, indexed by {@link Regime#ordinal()}. */
    public static RegimeProbabilities of(double[] p) {
        if (p.length != Regime.COUNT) {
            throw new IllegalArgumentException("need " + Regime.COUNT + " probabilities, got " + p.length);
        }
        return new RegimeProbabilities(p[0], p[1], p[2], p[3]);
    }

    /** The uniform distribution (nothing known). */
    public static RegimeProbabilities uniform() {
        return new RegimeProbabilities(0.25, 0.25, 0.25, 0.25);
    }

    public double of(Regime r) {
        return switch (r) {
            case BULL_TREND -> bullTrend;
            case BEAR_TREND -> bearTrend;
            case VOLATILE_RANGE -> volatileRange;
            case QUIET_RANGE -> quietRange;
        };
    }

    /** The most probable regime (ties: the earlier one). */
    public Regime argmax() {
        Regime best = Regime.BULL_TREND;
        for (Regime r : Regime.values()) {
            if (of(r) > of(best)) {
                best = r;
            }
        }
        return best;
    }
}
