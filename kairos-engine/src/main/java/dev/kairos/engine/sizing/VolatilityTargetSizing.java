package dev.kairos.engine.sizing;

import java.util.Optional;

/**
 * Volatility targeting: a position whose expected annualised volatility is the target, the target shared
 * equally among the instruments,
 *
 * <pre>
 * quantity = equity × (targetAnnual / realisedAnnual) / instruments / price
 * </pre>
 *
 * with the realised volatility from the request. Unknown or zero realised volatility sizes nothing
 * ({@link SizingReason#UNKNOWN_VOLATILITY}); the leverage this can ask for in a quiet market is bounded by the
 * composition's notional cap.
 *
 * @param targetAnnual annualised volatility target (0.2 is 20 % a year), in (0, 10]
 * @param instruments  instruments sharing it, &gt;= 1
 */
public record VolatilityTargetSizing(double targetAnnual, int instruments) implements SizingPolicy {
    public VolatilityTargetSizing {
        if (!(targetAnnual > 0 && targetAnnual <= 10)) {
            throw new IllegalArgumentException("volatility target must be in (0, 10]: " + targetAnnual);
        }
        if (instruments < 1) {
            throw new IllegalArgumentException("instrument count must be >= 1: " + instruments);
        }
    }

    @Override
    public SizingDecision size(SizingRequest request) {
        Optional<SizingReason> unusable = request.unusable();
        if (unusable.isPresent()) {
            return SizingDecision.zero(request, unusable.get());
        }
        double vol = request.volatility();
        if (!(vol > 0) || Double.isInfinite(vol)) {
            return SizingDecision.zero(request, SizingReason.UNKNOWN_VOLATILITY);
        }
        return SizingDecision.of(request, request.equity() * (targetAnnual / vol) / instruments / request.price(),
                SizingReason.SIZED);
    }
}
