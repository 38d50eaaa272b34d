package dev.kairos.engine.sizing;

/**
 * The size a policy decided: the absolute target position in base units, lot-aligned and &gt;= 0, with why.
 *
 * @param quantity   the target position, a whole number of lots worth at least the minimum notional, or 0
 * @param unrounded  the size before rounding down to the lot (after multipliers and caps); 0 when the policy
 *                   declined to size at all (unknown inputs, no edge, ...)
 * @param multiplier the product of the multipliers applied to the base size (1 when none)
 * @param reason     {@link SizingReason#isSized() a sized outcome} exactly when {@code quantity > 0}
 * @param stops      the stop and target distances the decision was made with (for the exit plan)
 */
public record SizingDecision(double quantity, double unrounded, double multiplier, SizingReason reason,
                             StopDistances stops) {
    public SizingDecision {
        if (reason == null || stops == null) {
            throw new IllegalArgumentException("sizing reason and stops are required");
        }
        if (!(quantity >= 0) || !Double.isFinite(quantity)) {
            throw new IllegalArgumentException("sized quantity must be finite and >= 0: " + quantity);
        }
        if (!(unrounded >= 0) || !Double.isFinite(unrounded)) {
            throw new IllegalArgumentException("unrounded size must be finite and >= 0: " + unrounded);
        }
        if (!(multiplier >= 0) || !Double.isFinite(multiplier)) {
            throw new IllegalArgumentException("size multiplier must be finite and >= 0: " + multiplier);
        }
        if ((quantity > 0) != reason.isSized()) {
            throw new IllegalArgumentException("quantity " + quantity + " contradicts reason " + reason);
        }
    }

    /** Declines to size {@code request} for {@code why} (not a sized reason). */
    public static SizingDecision zero(SizingRequest request, SizingReason why) {
        return new SizingDecision(0.0, 0.0, 1.0, why, request.stops());
    }

    /** Finishes a plain policy's raw size: see {@link #finish}. */
    public static SizingDecision of(SizingRequest request, double raw, SizingReason whenSized) {
        return finish(request, raw, 1.0, whenSized);
    }

    /**
     * Rounds {@code raw} (base units) down to the instrument's lot and checks the minimum notional at the request's
     * price. A raw size that is not a finite number fails closed ({@link SizingReason#UNKNOWN_INPUT}).
     *
     * @param whenSized {@link SizingReason#SIZED} or {@link SizingReason#CAPPED}: the reason if a size remains
     */
    public static SizingDecision finish(SizingRequest request, double raw, double multiplier, SizingReason whenSized) {
        if (!whenSized.isSized()) {
            throw new IllegalArgumentException("the reason of a size must be sized or capped, got " + whenSized);
        }
        if (Double.isNaN(raw) || Double.isInfinite(raw)) {
            return new SizingDecision(0.0, 0.0, multiplier, SizingReason.UNKNOWN_INPUT, request.stops());
        }
        double unrounded = Math.max(raw, 0.0);
        double q = request.instrument().floorToLot(unrounded);
        if (!(q > 0)) {
            return new SizingDecision(0.0, unrounded, multiplier, SizingReason.BELOW_LOT, request.stops());
        }
        if (q * request.price() < request.instrument().minNotional()) {
            return new SizingDecision(0.0, unrounded, multiplier, SizingReason.BELOW_MIN_NOTIONAL, request.stops());
        }
        return new SizingDecision(q, unrounded, multiplier, whenSized, request.stops());
    }
}
