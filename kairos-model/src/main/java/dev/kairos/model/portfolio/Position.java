package dev.kairos.model.portfolio;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.order.Side;

/**
 * A netted position in one instrument: signed quantity and average entry price. Fills that add to the
 * position move the average price; fills that reduce it realise PnL against the average price; a fill
 * through zero closes and reopens on the other side at the fill price.
 *
 * <p>Mutable, single-threaded (engine thread). Allocation-free.
 */
public final class Position {
    private static final double EPS = 1e-12;

    private final InstrumentId instrument;
    private double quantity;
    private double averagePrice;
    private double realizedPnl;
    private long openedAt;

    public Position(InstrumentId instrument) {
        this.instrument = instrument;
    }

    public InstrumentId instrument() {
        return instrument;
    }

    /** Signed quantity: &gt; 0 long, &lt; 0 short, 0 flat. */
    public double quantity() {
        return quantity;
    }

    public double averagePrice() {
        return averagePrice;
    }

    /** Realised PnL (gross of fees) accumulated over the position's life. */
    public double realizedPnl() {
        return realizedPnl;
    }

    public boolean isFlat() {
        return quantity == 0.0;
    }

    public boolean isLong() {
        return quantity > 0;
    }

    public boolean isShort() {
        return quantity < 0;
    }

    /** Time the current (non-flat) position was opened. */
    public long openedAt() {
        return openedAt;
    }

    /** Unrealised PnL at {@code markPrice}. */
    public double unrealizedPnl(double markPrice) {
        return quantity == 0.0 ? 0.0 : quantity * (markPrice - averagePrice);
    }

    /** Signed notional at {@code markPrice}. */
    public double notional(double markPrice) {
        return quantity * markPrice;
    }

    /**
     * Applies a fill and returns the PnL it realised (gross of fees).
     *
     * @param qty base quantity, &gt; 0
     */
    public double apply(Side side, double qty, double price, long time) {
        if (!(qty > 0) || !(price > 0)) {
            throw new IllegalArgumentException(instrument + ": fill needs positive quantity and price, got "
                    + qty + " @ " + price);
        }
        double signed = side.sign() * qty;
        double realized = 0.0;
        if (quantity == 0.0 || Math.signum(quantity) == Math.signum(signed)) {
            double newQty = quantity + signed;
            averagePrice = (averagePrice * Math.abs(quantity) + price * qty) / Math.abs(newQty);
            if (quantity == 0.0) {
                openedAt = time;
            }
            quantity = newQty;
        } else {
            double closing = Math.min(qty, Math.abs(quantity));
            realized = closing * (price - averagePrice) * Math.signum(quantity);
            double newQty = quantity + signed;
            if (Math.abs(newQty) <= EPS * Math.max(1.0, Math.abs(quantity))) {
                quantity = 0.0;
                averagePrice = 0.0;
            } else if (Math.signum(newQty) != Math.signum(quantity)) {
                quantity = newQty;
                averagePrice = price;
                openedAt = time;
            } else {
                quantity = newQty;
            }
        }
        realizedPnl += realized;
        return realized;
    }

    public PositionSnapshot snapshot(double markPrice) {
        return new PositionSnapshot(instrument, quantity, averagePrice, realizedPnl, unrealizedPnl(markPrice),
                markPrice);
    }
}
