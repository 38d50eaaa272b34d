package dev.kairos.engine.sizing;

import java.util.Optional;

/**
 * Sizes from the signal's confidence: the fixed fraction scaled by how far the confidence clears a floor,
 *
 * <pre>
 * s        = clamp((confidence − floor) / (1 − floor), 0, 1)
 * quantity = equity × fraction × s / instruments / price
 * </pre>
 *
 * so a signal at the floor or below gets nothing ({@link SizingReason#LOW_CONFIDENCE}) and a certain one the
 * full fraction. With floor 0 the size is proportional to the confidence.
 *
 * @param fraction    share of equity at confidence 1 (the risk tolerance), in (0, 10]
 * @param floor       confidence at or below which nothing is traded, in [0, 1)
 * @param instruments instruments sharing the fraction, &gt;= 1
 */
public record ConfidenceSizing(double fraction, double floor, int instruments) implements SizingPolicy {
    public ConfidenceSizing {
        if (!(fraction > 0) || fraction > 10) {
            throw new IllegalArgumentException("sizing fraction must be in (0, 10]: " + fraction);
        }
        if (!(floor >= 0 && floor < 1)) {
            throw new IllegalArgumentException("confidence floor must be in [0, 1): " + floor);
        }
        if (instruments < 1) {
            throw new IllegalArgumentException("instrument count must be >= 1: " + instruments);
        }
    }

    /** The confidence scale s in [0, 1]. */
    public double scale(double confidence) {
        return Math.min(1.0, Math.max(0.0, (confidence - floor) / (1 - floor)));
    }

    @Override
    public SizingDecision size(SizingRequest request) {
        Optional<SizingReason> unusable = request.unusable();
        if (unusable.isPresent()) {
            return SizingDecision.zero(request, unusable.get());
        }
        double s = scale(request.confidence());
        if (!(s > 0)) {
            return SizingDecision.zero(request, SizingReason.LOW_CONFIDENCE);
        }
        return SizingDecision.of(request, request.equity() * fraction * s / instruments / request.price(),
                SizingReason.SIZED);
    }
}
