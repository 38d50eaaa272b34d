package dev.kairos.engine.sizing;

/**
 * Scales sizes by the instrument's latest regime, in proportion to how sure the regime call is:
 *
 * <pre>
 * factor = 1 + (multiplier[regime] − 1) × regimeConfidence      (1 when no regime is known)
 * </pre>
 *
 * e.g. with 0.5 for a volatile range, a certain call halves the size and a call of confidence 0.4 scales it by
 * 0.8.
 *
 * @param multipliers per-regime multiplier at full confidence, each in [0, 10]
 */
public record RegimeMultiplier(PerRegime multipliers) implements SizeMultiplier {
    /** Half size in a volatile range, unchanged otherwise. */
    public static final RegimeMultiplier DEFAULTS = new RegimeMultiplier(new PerRegime(1.0, 1.0, 0.5, 1.0));

    /** Every regime 1: sizes ignore the regime (the configuration default, so turning regimes on moves no size). */
    public static final RegimeMultiplier NEUTRAL = new RegimeMultiplier(new PerRegime(1.0, 1.0, 1.0, 1.0));

    public RegimeMultiplier {
        if (multipliers == null || multipliers.max() > 10) {
            throw new IllegalArgumentException("regime multipliers must each be in [0, 10]: " + multipliers);
        }
    }

    /** Whether every multiplier is 1 (the factor is always 1). */
    public boolean isNeutral() {
        return multipliers.min() == 1.0 && multipliers.max() == 1.0;
    }

    @Override
    public double factor(SizingRequest request) {
        return request.regime().map(r -> 1 + (multipliers.of(r.regime()) - 1) * r.confidence()).orElse(1.0);
    }
}
