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

    private static void requirePrice(String what, double p) {
        if (!(p > 0) || !Double.isFinite(p)) {
            throw new IllegalArgumentException(what + " must be a positive number: " + p);
        }
    }
}
