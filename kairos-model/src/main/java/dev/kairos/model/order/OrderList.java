package dev.kairos.model.order;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Orders sent together and linked by a contingency rule. A closed set: every venue must handle each kind
 * (a live venue without native support emulates the rule on its side of the engine).
 */
public sealed interface OrderList {

    /** Every order of the list, in submission order. */
    List<Order> orders();

    /**
     * One-cancels-the-other: when either order fills (even partly) or triggers, the other is cancelled; when
     * either ends without a fill (cancelled, rejected, expired), the other is cancelled too (the list is one
     * unit).
     */
    record Oco(Order first, Order second) implements OrderList {
        public Oco {
            if (first == null || second == null) {
                throw new IllegalArgumentException("an OCO needs two orders");
            }
            requireSameInstrumentAndDistinct(List.of(first, second));
        }

        @Override
        public List<Order> orders() {
            return List.of(first, second);
        }
    }

    /**
     * An entry with its exits: a protective stop and a ladder of take-profit limits. The exits work only once
     * the entry fills, each sized to its share of the quantity filled so far (the stop: all of it; take-profit
     * {@code j}: {@code takeProfits[j].quantity / entry.quantity} of it, rounded down to the lot, the last
     * taking the remainder). The stop and the take-profits cancel each other: a stop fill or trigger cancels
     * the ladder, and once the ladder has closed everything the entry filled the stop is cancelled.
     *
     * @param entry       the opening order (any kind)
     * @param stop        reduce-only stop on the opposite side: stop-market, stop-limit or trailing stop, for the
     *                    entry's whole quantity
     * @param takeProfits reduce-only limits on the opposite side whose quantities add up to the entry's
     */
    record Bracket(Order entry, Order stop, List<Order> takeProfits) implements OrderList {
        public Bracket {
            if (entry == null || stop == null || takeProfits == null || takeProfits.isEmpty()) {
                throw new IllegalArgumentException("a bracket needs an entry, a stop and at least one take-profit");
            }
            takeProfits = List.copyOf(takeProfits);
            List<Order> all = new ArrayList<>();
            all.add(entry);
            all.add(stop);
            all.addAll(takeProfits);
            requireSameInstrumentAndDistinct(all);
            Side exit = entry.side().opposite();
            if (!(stop.spec() instanceof OrderSpec.StopMarket || stop.spec() instanceof OrderSpec.StopLimit
                    || stop.spec() instanceof OrderSpec.TrailingStop)) {
                throw new IllegalArgumentException("bracket stop " + stop.id() + " must be a stop order, got "
                        + stop.spec());
            }
            double tolerance = entry.quantity() * 1e-9;
            if (Math.abs(stop.quantity() - entry.quantity()) > tolerance) {
                throw new IllegalArgumentException("bracket stop " + stop.id() + " must cover the entry's quantity "
                        + entry.quantity() + ", got " + stop.quantity());
            }
            double sum = 0;
            for (Order o : all.subList(1, all.size())) {
                if (o.side() != exit || !o.reduceOnly()) {
                    throw new IllegalArgumentException("bracket exit " + o.id() + " must be a reduce-only " + exit
                            + " order");
                }
            }
            for (Order tp : takeProfits) {
                if (!(tp.spec() instanceof OrderSpec.Limit)) {
                    throw new IllegalArgumentException("bracket take-profit " + tp.id() + " must be a limit order, got "
                            + tp.spec());
                }
                sum += tp.quantity();
            }
            if (Math.abs(sum - entry.quantity()) > tolerance) {
                throw new IllegalArgumentException("bracket take-profit quantities add up to " + sum
                        + ", expected the entry's " + entry.quantity());
            }
        }

        @Override
        public List<Order> orders() {
            List<Order> all = new ArrayList<>();
            all.add(entry);
            all.add(stop);
            all.addAll(takeProfits);
            return List.copyOf(all);
        }
    }

    private static void requireSameInstrumentAndDistinct(List<Order> orders) {
        Set<Object> ids = new HashSet<>();
        for (Order o : orders) {
            if (!o.instrument().equals(orders.get(0).instrument())) {
                throw new IllegalArgumentException("orders of one list must share an instrument: " + o.id() + " is for "
                        + o.instrument() + ", " + orders.get(0).id() + " for " + orders.get(0).instrument());
            }
            if (!ids.add(o.id())) {
                throw new IllegalArgumentException("order " + o.id() + " appears twice in one list");
            }
        }
    }
}
