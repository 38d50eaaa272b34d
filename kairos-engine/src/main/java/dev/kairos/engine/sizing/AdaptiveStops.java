package dev.kairos.engine.sizing;

import java.util.Optional;

/**
 * Stop and target distances from the ATR, widened or narrowed by the regime and, for the target, by the
 * signal's confidence:
 *
 * <pre>
 * w      = 1 + (regimeWidth[regime] − 1) × regimeConfidence      (1 when no regime is known)
 * stop   = min(ATR × stopAtrMultiple × w,                 maxFractionOfPrice × price)
 * target = min(ATR × targetAtrMultiple × w × (0.5 + c),   maxFractionOfPrice × price)
 * </pre>
 *
 * where {@code c} is the signal's confidence in [0, 1]: a signal at 0.5 gets the configured target, a certain
 * one 1.5 × that (room to run), a signal at 0 half of it (take profit early). The regime width stretches both
 * distances so a stop in a volatile range sits beyond its noise; a regime call of confidence 0 leaves them as
 * configured. The cap keeps a long's stop above zero. Unknown (NaN), zero or infinite ATR or price give
 * {@link StopDistances#UNKNOWN}.
 *
 * @param stopAtrMultiple    stop distance in ATRs, in (0, 100]
 * @param targetAtrMultiple  target distance in ATRs at confidence 0.5, in (0, 100]
 * @param regimeWidth        per-regime stretch of both distances, each in (0, 10]
 * @param maxFractionOfPrice the largest distance as a fraction of the price, in (0, 1]
 */
public record AdaptiveStops(double stopAtrMultiple, double targetAtrMultiple, PerRegime regimeWidth,
                            double maxFractionOfPrice) {
    /** Widths used unless configured: wider in a volatile range, tighter in a quiet one. */
    public static final PerRegime DEFAULT_WIDTHS = new PerRegime(1.0, 1.0, 1.5, 0.75);
    /** 2 ATR stop, 3 ATR target, {@link #DEFAULT_WIDTHS}, at most half the price. */
    public static final AdaptiveStops DEFAULTS = new AdaptiveStops(2.0, 3.0, DEFAULT_WIDTHS, 0.5);

    public AdaptiveStops {
        if (!(stopAtrMultiple > 0 && stopAtrMultiple <= 100)) {
            throw new IllegalArgumentException("stop ATR multiple must be in (0, 100]: " + stopAtrMultiple);
        }
        if (!(targetAtrMultiple > 0 && targetAtrMultiple <= 100)) {
            throw new IllegalArgumentException("target ATR multiple must be in (0, 100]: " + targetAtrMultiple);
        }
        if (regimeWidth == null || !(regimeWidth.min() > 0) || regimeWidth.max() > 10) {
            throw new IllegalArgumentException("regime widths must each be in (0, 10]: " + regimeWidth);
        }
        if (!(maxFractionOfPrice > 0 && maxFractionOfPrice <= 1)) {
            throw new IllegalArgumentException("max distance as a fraction of price must be in (0, 1]: "
                    + maxFractionOfPrice);
        }
    }

    /** The defaults with other ATR multiples. */
    public static AdaptiveStops of(double stopAtrMultiple, double targetAtrMultiple) {
        return new AdaptiveStops(stopAtrMultiple, targetAtrMultiple, DEFAULT_WIDTHS, 0.5);
    }

    /** The distances for a signal of {@code confidence} at {@code price} with {@code atr} and the regime known. */
    public StopDistances distances(double atr, double price, double confidence, Optional<RegimeCall> regime) {
        if (!(atr > 0) || Double.isInfinite(atr) || !(price > 0) || Double.isInfinite(price)) {
            return StopDistances.UNKNOWN;
        }
        double w = regime.map(r -> 1 + (regimeWidth.of(r.regime()) - 1) * r.confidence()).orElse(1.0);
        double c = Math.min(1.0, Math.max(0.0, confidence));
        double cap = maxFractionOfPrice * price;
        double stop = Math.min(atr * stopAtrMultiple * w, cap);
        double target = Math.min(atr * targetAtrMultiple * w * (0.5 + c), cap);
        return new StopDistances(stop, target);
    }

    /** The distances for {@code request}'s ATR, price, confidence and regime (its own stops are ignored). */
    public StopDistances distancesFor(SizingRequest request) {
        return distances(request.atr(), request.price(), request.confidence(), request.regime());
    }
}
