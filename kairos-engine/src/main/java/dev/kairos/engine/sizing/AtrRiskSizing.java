package dev.kairos.engine.sizing;

import java.util.Optional;

/**
 * Risks a fixed share of equity between the entry and the stop: a stop-out loses {@code riskPerTrade} of equity
 * (before slippage and fees),
 *
 * <pre>
 * quantity = min(equity × riskPerTrade / stopDistance,  maxNotionalMultiple × equity / price)
 * </pre>
 *
 * with the stop distance from the request's {@link StopDistances} (ATR-based). Without a known stop distance
 * it sizes nothing ({@link SizingReason#UNKNOWN_STOP}); a size cut by the notional cap is
 * {@link SizingReason#CAPPED}.
 *
 * @param riskPerTrade        share of equity lost at the stop, in (0, 1]
 * @param maxNotionalMultiple the position's notional is at most this × equity, in (0, 1000]
 */
public record AtrRiskSizing(double riskPerTrade, double maxNotionalMultiple) implements SizingPolicy {
    public AtrRiskSizing {
        if (!(riskPerTrade > 0 && riskPerTrade <= 1)) {
            throw new IllegalArgumentException("risk per trade must be in (0, 1]: " + riskPerTrade);
        }
        if (!(maxNotionalMultiple > 0 && maxNotionalMultiple <= 1000)) {
            throw new IllegalArgumentException("max notional multiple must be in (0, 1000]: " + maxNotionalMultiple);
        }
    }

    @Override
    public SizingDecision size(SizingRequest request) {
        Optional<SizingReason> unusable = request.unusable();
        if (unusable.isPresent()) {
            return SizingDecision.zero(request, unusable.get());
        }
        if (!request.stops().isKnown()) {
            return SizingDecision.zero(request, SizingReason.UNKNOWN_STOP);
        }
        double raw = request.equity() * riskPerTrade / request.stops().stop();
        double cap = maxNotionalMultiple * request.equity() / request.price();
        return raw > cap ? SizingDecision.of(request, cap, SizingReason.CAPPED)
                : SizingDecision.of(request, raw, SizingReason.SIZED);
    }
}
