package dev.kairos.model.order;

import dev.kairos.model.ClientOrderId;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.StrategyId;

/**
 * An order as decided: immutable. Its progress (status, filled quantity) lives in the venue's and the
 * engine's order tracking. A GTC market order whose fill is capped by bar volume keeps filling its
 * remainder on later bars.
 *
 * @param quantity   base-asset quantity, &gt; 0
 * @param reduceOnly may only reduce an existing position; the excess is cancelled
 * @param createdAt  decision time, epoch ms UTC
 */
public record Order(ClientOrderId id, InstrumentId instrument, StrategyId strategy, Side side, double quantity,
                    OrderSpec spec, TimeInForce timeInForce, boolean reduceOnly, long createdAt) {
    public Order {
        if (id == null || instrument == null || strategy == null || side == null || spec == null
                || timeInForce == null) {
            throw new IllegalArgumentException("order fields must not be null");
        }
        if (!(quantity > 0) || !Double.isFinite(quantity)) {
            throw new IllegalArgumentException(id + ": quantity must be a positive number: " + quantity);
        }
    }

    public static Order market(ClientOrderId id, InstrumentId instrument, StrategyId strategy, Side side,
                               double quantity, long createdAt) {
        return new Order(id, instrument, strategy, side, quantity, new OrderSpec.Market(), TimeInForce.GTC, false,
                createdAt);
    }

    /** True for orders that take liquidity by construction (market, stop-market and trailing stop). */
    public boolean isTaker() {
        return spec instanceof OrderSpec.Market || spec instanceof OrderSpec.StopMarket
                || spec instanceof OrderSpec.TrailingStop;
    }
}
