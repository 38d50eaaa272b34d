package dev.kairos.engine.sizing;

import java.util.Optional;

/**
 * Puts {@code fraction} of equity, shared equally among {@code instruments}, into each position:
 * quantity = equity × fraction / instruments / price, rounded down to the lot. Ignores confidence.
 */
public final class FixedFractionSizing implements SizingPolicy {
    private final double fraction;
    private final int instruments;

    /**
     * @param fraction    share of equity per position set, in (0, 10]
     * @param instruments instruments sharing it, &gt;= 1
     */
    public FixedFractionSizing(double fraction, int instruments) {
        if (!(fraction > 0) || fraction > 10) {
            throw new IllegalArgumentException("sizing fraction must be in (0, 10]: " + fraction);
        }
        if (instruments < 1) {
            throw new IllegalArgumentException("instrument count must be >= 1: " + instruments);
        }
        this.fraction = fraction;
        this.instruments = instruments;
    }

    @Override
    public SizingDecision size(SizingRequest request) {
        Optional<SizingReason> unusable = request.unusable();
        if (unusable.isPresent()) {
            return SizingDecision.zero(request, unusable.get());
        }
        return SizingDecision.of(request, request.equity() * fraction / instruments / request.price(),
                SizingReason.SIZED);
    }
}
