package dev.kairos.engine.risk;

import dev.kairos.model.order.Order;
import dev.kairos.model.order.Side;

/**
 * The worst-case exposure of one instrument, in quote currency at the last price: with position {@code q},
 * working buys {@code B} and working sells {@code S} it is {@code max(|q + B|, |q − S|) × price}, the larger of
 * the positions left if every buy or every sell filled. A resting protective stop therefore does not hide the
 * position it protects, and a new order is judged by what it adds to the worst case.
 *
 * <p>An order <em>increases exposure</em> when the instrument's worst case after it is larger than before; all
 * other orders (exits, stops, reductions) pass the exposure, loss, cooldown, VaR and health checks, so that no
 * position is ever trapped.
 */
public final class Exposure {
    private Exposure() {
    }

    /** The instrument's worst-case exposure before the order. */
    public static double before(RiskContext ctx) {
        double q = ctx.positionQuantity();
        return Math.max(Math.abs(q + ctx.workingBuyQuantity()), Math.abs(q - ctx.workingSellQuantity()))
                * ctx.lastPrice();
    }

    /** The instrument's worst-case exposure if the order were working too. */
    public static double after(Order order, RiskContext ctx) {
        double q = ctx.positionQuantity();
        double longSide = q + ctx.workingBuyQuantity();
        double shortSide = q - ctx.workingSellQuantity();
        if (order.side() == Side.BUY) {
            longSide += order.quantity();
        } else {
            shortSide -= order.quantity();
        }
        return Math.max(Math.abs(longSide), Math.abs(shortSide)) * ctx.lastPrice();
    }

    /** Whether the order raises the instrument's worst-case exposure (true when the price is unknown). */
    public static boolean increases(Order order, RiskContext ctx) {
        double q = ctx.positionQuantity();
        double longSide = q + ctx.workingBuyQuantity();
        double shortSide = q - ctx.workingSellQuantity();
        double before = Math.max(Math.abs(longSide), Math.abs(shortSide));
        double after = order.side() == Side.BUY ? Math.max(Math.abs(longSide + order.quantity()), Math.abs(shortSide))
                : Math.max(Math.abs(longSide), Math.abs(shortSide - order.quantity()));
        return !(after <= before);
    }
}
