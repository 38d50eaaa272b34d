package dev.kairos.model.order;

/** The price behaviour of an order: a closed set, so every venue must handle each kind. */
public sealed interface OrderSpec {

    /** Fills at the best available price on arrival. */
    record Market() implements OrderSpec {
    }

    /**
     * Fills at {@code price} or better.
     *
     * @param postOnly rejected instead of taking liquidity when it would fill on arrival
     */
    record Limit(double price, boolean postOnly) implements OrderSpec {
        public Limit {
            requirePrice("limit price", price);
        }
    }

    /** Becomes a market order once the market trades through {@code triggerPrice}. */
    record StopMarket(double triggerPrice) implements OrderSpec {
        public StopMarket {
            requirePrice("stop trigger price", triggerPrice);
        }
    }

    /** Becomes a limit order at {@code limitPrice} once the market trades through {@code triggerPrice}. */
    record StopLimit(double triggerPrice, double limitPrice) implements OrderSpec {
        public StopLimit {
            requirePrice("stop trigger price", triggerPrice);
            requirePrice("stop limit price", limitPrice);
        }
    }

    /**
     * A stop that follows the market: for a sell it sits {@code trail} below the highest price seen since the
     * order started working (for a buy, above the lowest), moves only in the position's favour and never
     * back, and triggers like a {@link StopMarket}. The venue ratchets it with the bars that closed before the
     * one being matched (never with the bar itself); the first reference is the order's decision price.
     *
     * @param trail   the distance: a price amount, or a percentage of the reference price when {@code percent}
     * @param percent whether {@code trail} is a percentage (then in (0, 100))
     */
    record TrailingStop(double trail, boolean percent) implements OrderSpec {
        public TrailingStop {
            if (!(trail > 0) || !Double.isFinite(trail)) {
                throw new IllegalArgumentException("trailing distance must be a positive number: " + trail);
            }
            if (percent && trail >= 100) {
                throw new IllegalArgumentException("trailing percentage must be below 100: " + trail);
            }
        }

        /** Where the stop sits for the best price {@code reference}: below it for a sell, above for a buy. */
        public double stopFor(Side side, double reference) {
            double distance = percent ? reference * trail / 100.0 : trail;
            return side == Side.SELL ? reference - distance : reference + distance;
        }
    }

    private static void requirePrice(String what, double p) {
        if (!(p > 0) || !Double.isFinite(p)) {
            throw new IllegalArgumentException(what + " must be a positive number: " + p);
        }
    }
}
