package dev.kairos.engine.sizing;

import java.util.List;

/**
 * A base policy times multipliers, then capped:
 *
 * <pre>
 * raw      = base.unrounded × Π multiplier.factor(request)
 * quantity = floorToLot(min(raw, maxNotionalMultiple × equity / price)),  0 below the minimum notional
 * </pre>
 *
 * A base that declines (unknown inputs, no edge, ...) is returned as it is; a base size that only rounded to zero
 * is still scaled, since a multiplier above 1 may lift it over a lot. A factor that is not a finite number &gt;= 0
 * fails closed ({@link SizingReason#UNKNOWN_INPUT}); a zero factor gives {@link SizingReason#ZERO_MULTIPLIER}.
 *
 * @param base                the base policy
 * @param multipliers         applied in order
 * @param maxNotionalMultiple the position's notional is at most this × equity, in (0, 1000]
 * @param inputs              what the engine must measure for the requests
 */
public record ComposedSizing(SizingPolicy base, List<SizeMultiplier> multipliers, double maxNotionalMultiple,
                             InputSettings inputs) implements SizingPolicy {
    public ComposedSizing {
        if (base == null || multipliers == null || inputs == null) {
            throw new IllegalArgumentException("base policy, multipliers and input settings are required");
        }
        multipliers = List.copyOf(multipliers);
        if (!(maxNotionalMultiple > 0 && maxNotionalMultiple <= 1000)) {
            throw new IllegalArgumentException("max notional multiple must be in (0, 1000]: " + maxNotionalMultiple);
        }
    }

    @Override
    public SizingDecision size(SizingRequest request) {
        SizingDecision d = base.size(request);
        if (!(d.unrounded() > 0)) {
            return d;
        }
        double m = 1.0;
        for (int j = 0; j < multipliers.size(); j++) {
            double f = multipliers.get(j).factor(request);
            if (!(f >= 0) || Double.isInfinite(f)) {
                return SizingDecision.zero(request, SizingReason.UNKNOWN_INPUT);
            }
            m *= f;
        }
        if (m == 0) {
            return new SizingDecision(0.0, 0.0, 0.0, SizingReason.ZERO_MULTIPLIER, request.stops());
        }
        double raw = d.unrounded() * m;
        double cap = maxNotionalMultiple * request.equity() / request.price();
        boolean capped = raw > cap;
        return SizingDecision.finish(request, capped ? cap : raw, m,
                capped || d.reason() == SizingReason.CAPPED ? SizingReason.CAPPED : SizingReason.SIZED);
    }
}
