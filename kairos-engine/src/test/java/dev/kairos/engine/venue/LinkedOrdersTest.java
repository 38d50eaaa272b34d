package dev.kairos.engine.venue;

import static dev.kairos.engine.testsupport.Bars.MINUTE;
import static dev.kairos.engine.testsupport.Bars.T0;
import static dev.kairos.engine.testsupport.Bars.bar;
import static dev.kairos.engine.venue.VenueHarness.INSTRUMENT;
import static dev.kairos.engine.venue.VenueHarness.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.event.Event;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.order.Fill;
import dev.kairos.model.order.Order;
import dev.kairos.model.order.OrderList;
import dev.kairos.model.order.OrderSpec;
import dev.kairos.model.order.OrderStatus;
import dev.kairos.model.order.Side;
import dev.kairos.model.order.TimeInForce;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Trailing stops, OCO and brackets in the simulated venue, on hand-built one-minute bars (no fees, no
 * slippage, so fill prices are the rule's own). Orders are decided at the close of bar 0 (T1) at its close.
 * Each expected stop and fill is worked out in a comment.
 */
class LinkedOrdersTest {
    private static final long T1 = T0 + MINUTE;
    private static final long T2 = T0 + 2 * MINUTE;
    private static final long T3 = T0 + 3 * MINUTE;
    private static final long T4 = T0 + 4 * MINUTE;
    private static final VenueConfig FRICTIONLESS = config(0, 0, 0, 0, 0, 1.0);

    private static BarSeries series(double[]... rows) {
        return Bars.series(INSTRUMENT.id(), MINUTE, rows);
    }

    private static Event filled(long t, Order o, OrderStatus status, double cumulative, double leaves, double price,
                                double qty, Fill.Liquidity liquidity, double decisionPrice) {
        double slippage = o.side().sign() * (price - decisionPrice) / decisionPrice * 10_000.0;
        return new Event.OrderFilled(t, new Fill(o.id(), o.instrument(), o.side(), qty, price, 0.0, liquidity, t,
                decisionPrice, slippage, t - o.createdAt()), status, cumulative, leaves);
    }

    private static void assertFill(Event e, Order o, OrderStatus status, double qty, double price, double cumulative) {
        assertThat(e).isInstanceOf(Event.OrderFilled.class);
        Event.OrderFilled f = (Event.OrderFilled) e;
        assertThat(f.fill().orderId()).as("filled order").isEqualTo(o.id());
        assertThat(f.status()).as("status after the fill of %s", o.id()).isEqualTo(status);
        assertThat(f.fill().quantity()).as("fill quantity of %s", o.id()).isCloseTo(qty, within(1e-9));
        assertThat(f.fill().price()).as("fill price of %s", o.id()).isCloseTo(price, within(1e-9));
        assertThat(f.filledQuantity()).as("cumulative fill of %s", o.id()).isCloseTo(cumulative, within(1e-9));
    }

    private static void assertCanceled(Event e, Order o, String reasonPart) {
        assertThat(e).isInstanceOf(Event.OrderCanceled.class);
        assertThat(((Event.OrderCanceled) e).orderId()).isEqualTo(o.id());
        assertThat(((Event.OrderCanceled) e).reason()).contains(reasonPart);
    }

    // ---------------------------------------------------------------- trailing stops

    @Nested
    class TrailingStops {

        @Test
        void aSellTrailingStopRatchetsWithTheHighsOfClosedBarsAndNeverLoosens() {
            VenueHarness h = new VenueHarness(FRICTIONLESS, series(
                    bar(100, 101, 99, 100, 1_000),
                    bar(100, 104, 99, 103, 1_000),
                    bar(103, 110, 100, 108, 1_000),
                    bar(108, 109, 106, 107, 1_000),
                    bar(107, 108, 104, 105, 1_000)));
            h.position = 1.0;
            Order o = h.submitAtCloseOf(0, Side.SELL, 1, new OrderSpec.TrailingStop(5, false), TimeInForce.GTC, true);
            assertThat(h.bar(0)).isEmpty();
            assertThat(h.venue.trailingStopPrice(o.id())).as("not working yet").isEmpty();
            // bar 1: accepted with the stop at decision price 100 − 5 = 95; low 99 stays above it;
            // then the bar's high 104 moves it to 99
            assertThat(h.bar(1)).containsExactly(new Event.OrderAccepted(T1, o.id()));
            assertThat(h.venue.trailingStopPrice(o.id())).hasValue(99.0);
            // bar 2: matched against 99, not against its own high: 110 − 5 = 105 would have been hit by low 100
            assertThat(h.bar(2)).isEmpty();
            assertThat(h.venue.trailingStopPrice(o.id())).hasValue(105.0);
            // bar 3: high 109 is below the best 110: the stop stays at 105, it never loosens
            assertThat(h.bar(3)).isEmpty();
            assertThat(h.venue.trailingStopPrice(o.id())).hasValue(105.0);
            // bar 4: low 104 reaches 105: triggered, filled at the trigger (the open 107 is above it)
            List<Event> ev = h.bar(4);
            assertThat(ev).hasSize(2);
            assertThat(ev.get(0)).isEqualTo(new Event.OrderTriggered(T4, o.id()));
            assertThat(ev.get(1)).isEqualTo(filled(T4, o, OrderStatus.FILLED, 1, 0, 105, 1, Fill.Liquidity.TAKER,
                    100));
            assertThat(h.venue.trailingStopPrice(o.id())).isEmpty();
            assertThat(h.position).isZero();
        }

        @Test
        void aBuyTrailingStopInPercentFollowsTheLowsAndFillsAGapAtTheOpen() {
            VenueHarness h = new VenueHarness(FRICTIONLESS, series(
                    bar(100, 101, 99, 100, 1_000),
                    bar(100, 101, 90, 92, 1_000),
                    bar(103, 104, 101, 102, 1_000)));
            h.position = -1.0;
            Order o = h.submitAtCloseOf(0, Side.BUY, 1, new OrderSpec.TrailingStop(10, true), TimeInForce.GTC, true);
            // bar 1: stop 100 × 1.10 = 110, high 101 below it; then the low 90 moves it to 90 × 1.10 = 99
            assertThat(h.bar(1)).containsExactly(new Event.OrderAccepted(T1, o.id()));
            assertThat(h.venue.trailingStopPrice(o.id()).orElseThrow()).isCloseTo(99.0, within(1e-9));
            // bar 2 opens at 103, through the stop: filled at the open, max(103, 99)
            List<Event> ev = h.bar(2);
            assertThat(ev.get(0)).isEqualTo(new Event.OrderTriggered(T2, o.id()));
            assertFill(ev.get(1), o, OrderStatus.FILLED, 1, 103, 1);
            assertThat(h.position).isZero();
        }

        @Test
        void aWiderTrailDoesNotLoosenTheStopAndANarrowerOneTightensItAtOnce() {
            VenueHarness h = new VenueHarness(FRICTIONLESS, series(
                    bar(100, 101, 99, 100, 1_000),
                    bar(100, 104, 99, 103, 1_000),
                    bar(103, 103.5, 101.5, 102, 1_000)));
            h.position = 1.0;
            Order o = h.submitAtCloseOf(0, Side.SELL, 1, new OrderSpec.TrailingStop(5, false), TimeInForce.GTC, true);
            h.bar(1);
            assertThat(h.venue.trailingStopPrice(o.id())).hasValue(99.0);   // best 104 − 5
            assertThat(h.venue.modify(o.id(), new OrderSpec.TrailingStop(8, false), T2)).isTrue();
            assertThat(h.venue.trailingStopPrice(o.id())).as("104 − 8 = 96 would loosen it").hasValue(99.0);
            assertThat(h.venue.modify(o.id(), new OrderSpec.TrailingStop(2, false), T2)).isTrue();
            assertThat(h.venue.trailingStopPrice(o.id())).as("104 − 2").hasValue(102.0);
            // bar 2: low 101.5 reaches 102: filled at min(open 103, 102)
            List<Event> ev = h.bar(2);
            assertThat(ev.get(0)).isEqualTo(new Event.OrderTriggered(T2, o.id()));
            assertFill(ev.get(1), o, OrderStatus.FILLED, 1, 102, 1);
        }

        @Test
        void aTrailingStopMustBeGoodTillCancelled() {
            VenueHarness h = new VenueHarness(FRICTIONLESS, series(
                    bar(100, 101, 99, 100, 1_000),
                    bar(100, 101, 99, 100, 1_000)));
            Order o = h.submitAtCloseOf(0, Side.SELL, 1, new OrderSpec.TrailingStop(5, false), TimeInForce.IOC, false);
            assertThat(h.bar(1)).containsExactly(new Event.OrderRejected(T1, o.id(), "stop orders must be GTC, got IOC"));
        }
    }

    // ---------------------------------------------------------------- OCO

    @Nested
    class Oco {
        private final BarSeries quietThenBoth = series(
                bar(100, 101, 99, 100, 1_000),
                bar(100, 105, 98, 102, 1_000),
                bar(101, 112, 94, 100, 1_000));

        /** A long of 1 protected by a take-profit at 110 and a stop at 95. */
        private Order[] protect(VenueHarness h) {
            h.position = 1.0;
            Order target = h.orderAtCloseOf(0, Side.SELL, 1, new OrderSpec.Limit(110, false), true);
            Order stop = h.orderAtCloseOf(0, Side.SELL, 1, new OrderSpec.StopMarket(95), true);
            h.submitListAtCloseOf(0, new OrderList.Oco(target, stop));
            return new Order[] {target, stop};
        }

        @Test
        void theTargetsFillCancelsTheStop() {
            VenueHarness h = new VenueHarness(FRICTIONLESS, series(
                    bar(100, 101, 99, 100, 1_000),
                    bar(100, 111, 99, 108, 1_000)));
            Order[] o = protect(h);
            List<Event> ev = h.bar(1);
            // high 111 trades through 110: maker fill at 110; the stop goes at once
            assertThat(ev).hasSize(4);
            assertThat(ev.get(0)).isEqualTo(new Event.OrderAccepted(T1, o[0].id()));
            assertThat(ev.get(1)).isEqualTo(new Event.OrderAccepted(T1, o[1].id()));
            assertThat(ev.get(2)).isEqualTo(filled(T1, o[0], OrderStatus.FILLED, 1, 0, 110, 1, Fill.Liquidity.MAKER,
                    100));
            assertThat(ev.get(3)).isEqualTo(new Event.OrderCanceled(T1, o[1].id(), "OCO: " + o[0].id() + " filled"));
            assertThat(h.venue.openOrderCount()).isZero();
        }

        @Test
        void aPartialFillAlreadyCancelsTheOtherAndTheRestKeepsWorking() {
            // 10 % of a bar's volume of 5: 0.5 per bar
            VenueHarness h = new VenueHarness(config(0, 0, 0, 0, 0, 0.1), series(
                    bar(100, 101, 99, 100, 5),
                    bar(100, 111, 99, 108, 5),
                    bar(108, 112, 107, 111, 5)));
            Order[] o = protect(h);
            List<Event> ev = h.bar(1);
            assertFill(ev.get(2), o[0], OrderStatus.PARTIALLY_FILLED, 0.5, 110, 0.5);
            assertCanceled(ev.get(3), o[1], "OCO: " + o[0].id() + " filled");
            List<Event> next = h.bar(2);
            assertThat(next).hasSize(1);
            assertFill(next.get(0), o[0], OrderStatus.FILLED, 0.5, 110, 1.0);
            assertThat(h.position).isCloseTo(0.0, within(1e-12));
        }

        @Test
        void aStopTriggerCancelsTheTargetBeforeLimitsAreMatched() {
            VenueHarness h = new VenueHarness(FRICTIONLESS, quietThenBoth);
            Order[] o = protect(h);
            h.bar(1);
            // bar 2 touches both 94 (stop) and 112 (target): stops first, so the target never fills
            List<Event> ev = h.bar(2);
            assertThat(ev).hasSize(3);
            assertThat(ev.get(0)).isEqualTo(new Event.OrderTriggered(T2, o[1].id()));
            assertThat(ev.get(1)).isEqualTo(new Event.OrderCanceled(T2, o[0].id(), "OCO: " + o[1].id()
                    + " triggered"));
            assertFill(ev.get(2), o[1], OrderStatus.FILLED, 1, 95, 1);   // min(open 101, 95)
        }

        @Test
        void cancellingOrRejectingOneEndsTheOther() {
            VenueHarness h = new VenueHarness(FRICTIONLESS, quietThenBoth);
            Order[] o = protect(h);
            h.bar(1);
            int from = h.events.size();
            assertThat(h.venue.cancel(o[0].id(), T2, "test")).isTrue();
            assertThat(h.events.subList(from, h.events.size())).containsExactly(
                    new Event.OrderCanceled(T2, o[0].id(), "test"),
                    new Event.OrderCanceled(T2, o[1].id(), "OCO: " + o[0].id() + " ended as CANCELED"));
            assertThat(h.venue.openOrderCount()).isZero();

            // a post-only buy at 101 would take at the open 100: rejected, and its sibling goes with it
            VenueHarness r = new VenueHarness(FRICTIONLESS, quietThenBoth);
            Order postOnly = r.orderAtCloseOf(0, Side.BUY, 1, new OrderSpec.Limit(101, true), false);
            Order stop = r.orderAtCloseOf(0, Side.BUY, 1, new OrderSpec.StopMarket(106), false);
            r.submitListAtCloseOf(0, new OrderList.Oco(postOnly, stop));
            List<Event> ev = r.bar(1);
            assertThat(ev).hasSize(2);
            assertThat(ev.get(0)).isInstanceOf(Event.OrderRejected.class);
            assertThat(ev.get(1)).isEqualTo(new Event.OrderCanceled(T1, stop.id(), "OCO: " + postOnly.id()
                    + " ended as REJECTED"));
        }
    }

    // ---------------------------------------------------------------- brackets

    @Nested
    class Brackets {

        /** Buy 1 with a stop at 95 and take-profits of 0.4 at 105 and 0.6 at 110; {entry, stop, tp1, tp2}. */
        private Order[] bracket(VenueHarness h, OrderSpec entrySpec) {
            Order entry = h.orderAtCloseOf(0, Side.BUY, 1, entrySpec, false);
            Order stop = h.orderAtCloseOf(0, Side.SELL, 1, new OrderSpec.StopMarket(95), true);
            Order tp1 = h.orderAtCloseOf(0, Side.SELL, 0.4, new OrderSpec.Limit(105, false), true);
            Order tp2 = h.orderAtCloseOf(0, Side.SELL, 0.6, new OrderSpec.Limit(110, false), true);
            h.submitListAtCloseOf(0, new OrderList.Bracket(entry, stop, List.of(tp1, tp2)));
            return new Order[] {entry, stop, tp1, tp2};
        }

        @Test
        void theExitsWaitForTheEntryThenTheLadderClosesThePositionAndTheStopGoes() {
            VenueHarness h = new VenueHarness(FRICTIONLESS, series(
                    bar(100, 101, 99, 100, 1_000),
                    bar(100, 106, 99, 104, 1_000),
                    bar(104, 107, 103, 106, 1_000),
                    bar(106, 111, 105, 110, 1_000)));
            Order[] o = bracket(h, new OrderSpec.Market());
            assertThat(h.venue.status(o[1].id())).isEqualTo(OrderStatus.SUBMITTED);
            // bar 1: the entry fills at the open 100, the exits are accepted then; the stop (95) holds, and
            // tp1 is not filled although the high 106 passes 105: the targets work from the next bar
            List<Event> b1 = h.bar(1);
            assertThat(b1).hasSize(5);
            assertThat(b1.get(0)).isEqualTo(new Event.OrderAccepted(T1, o[0].id()));
            assertFill(b1.get(1), o[0], OrderStatus.FILLED, 1, 100, 1);
            assertThat(b1.subList(2, 5)).containsExactly(new Event.OrderAccepted(T1, o[1].id()),
                    new Event.OrderAccepted(T1, o[2].id()), new Event.OrderAccepted(T1, o[3].id()));
            // bar 2: high 107 trades through 105: tp1's 0.4 at 105 (maker)
            List<Event> b2 = h.bar(2);
            assertThat(b2).containsExactly(filled(T2, o[2], OrderStatus.FILLED, 0.4, 0, 105, 0.4,
                    Fill.Liquidity.MAKER, 100));
            // bar 3: high 111 through 110: tp2's 0.6; the ladder closed all the entry filled, so the stop goes
            List<Event> b3 = h.bar(3);
            assertThat(b3).hasSize(2);
            assertFill(b3.get(0), o[3], OrderStatus.FILLED, 0.6, 110, 0.6);
            assertThat(b3.get(1)).isEqualTo(new Event.OrderCanceled(T3, o[1].id(),
                    "bracket: take-profits closed the position"));
            assertThat(h.position).isCloseTo(0.0, within(1e-12));
            assertThat(h.venue.openOrderCount()).isZero();
        }

        @Test
        void theStopProtectsFromTheEntrysOwnBarAndCancelsTheLadder() {
            VenueHarness h = new VenueHarness(FRICTIONLESS, series(
                    bar(100, 101, 99, 100, 1_000),
                    bar(100, 101, 94, 96, 1_000)));
            Order[] o = bracket(h, new OrderSpec.Market());
            List<Event> ev = h.bar(1);
            // entry at the open 100, then the stop pass of the same bar: low 94 reaches 95
            assertThat(ev).hasSize(9);
            assertFill(ev.get(1), o[0], OrderStatus.FILLED, 1, 100, 1);
            assertThat(ev.get(5)).isEqualTo(new Event.OrderTriggered(T1, o[1].id()));
            assertCanceled(ev.get(6), o[2], "bracket: stop " + o[1].id() + " triggered");
            assertCanceled(ev.get(7), o[3], "bracket: stop " + o[1].id() + " triggered");
            assertFill(ev.get(8), o[1], OrderStatus.FILLED, 1, 95, 1);   // min(open 100, 95)
            assertThat(h.position).isZero();
            assertThat(h.venue.openOrderCount()).isZero();
        }

        @Test
        void aLimitEntryFilledInTheLimitPassStillHasItsStopCheckedInThatBar() {
            VenueHarness h = new VenueHarness(FRICTIONLESS, series(
                    bar(101, 102, 100.5, 101, 1_000),
                    bar(101, 102, 94, 96, 1_000)));
            Order[] o = bracket(h, new OrderSpec.Limit(100, false));
            List<Event> ev = h.bar(1);
            // low 94 trades through the buy limit 100 (maker at 100); the stop pass is over, so the stop is
            // matched at once: 94 ≤ 95, filled at min(open 101, 95)
            assertFill(ev.get(1), o[0], OrderStatus.FILLED, 1, 100, 1);
            assertThat(ev.get(5)).isEqualTo(new Event.OrderTriggered(T1, o[1].id()));
            assertFill(ev.get(8), o[1], OrderStatus.FILLED, 1, 95, 1);
            assertThat(h.position).isZero();
        }

        @Test
        void aBarTouchingStopAndTargetFillsTheStop() {
            VenueHarness h = new VenueHarness(FRICTIONLESS, series(
                    bar(100, 101, 99, 100, 1_000),
                    bar(100, 102, 99, 101, 1_000),
                    bar(100, 106, 94, 96, 1_000)));
            Order[] o = bracket(h, new OrderSpec.Market());
            h.bar(1);
            List<Event> ev = h.bar(2);
            assertThat(ev).hasSize(4);
            assertThat(ev.get(0)).isEqualTo(new Event.OrderTriggered(T2, o[1].id()));
            assertCanceled(ev.get(1), o[2], "triggered");
            assertCanceled(ev.get(2), o[3], "triggered");
            assertFill(ev.get(3), o[1], OrderStatus.FILLED, 1, 95, 1);
        }

        @Test
        void partialEntryFillsSizeTheExitsToTheFilledQuantity() {
            // 10 % of 5 = 0.5 per bar
            VenueHarness h = new VenueHarness(config(0, 0, 0, 0, 0, 0.1), series(
                    bar(101, 102, 100.5, 101, 5),
                    bar(101, 102, 99.5, 101, 5),
                    bar(101, 106, 100.5, 104, 5),
                    bar(101, 103, 99, 100, 5),
                    bar(100, 106, 99.5, 105, 5)));
            Order[] o = bracket(h, new OrderSpec.Limit(100, false));
            // bar 1: the buy limit fills 0.5 of 1; exits: stop up to 0.5, tp1 0.4 × 0.5 = 0.2, tp2 the rest 0.3
            List<Event> b1 = h.bar(1);
            assertThat(b1).hasSize(5);
            assertFill(b1.get(1), o[0], OrderStatus.PARTIALLY_FILLED, 0.5, 100, 0.5);
            // bar 2: high 106 through 105, but tp1 may only close its 0.2 so far
            List<Event> b2 = h.bar(2);
            assertThat(b2).hasSize(1);
            assertFill(b2.get(0), o[2], OrderStatus.PARTIALLY_FILLED, 0.2, 105, 0.2);
            assertThat(((Event.OrderFilled) b2.get(0)).leavesQuantity()).isCloseTo(0.2, within(1e-9));
            // bar 3: the entry's other 0.5 at 100 (low 99); now the exits cover all of it
            List<Event> b3 = h.bar(3);
            assertThat(b3).hasSize(1);
            assertFill(b3.get(0), o[0], OrderStatus.FILLED, 0.5, 100, 1.0);
            // bar 4: tp1's other 0.2 at 105
            List<Event> b4 = h.bar(4);
            assertThat(b4).hasSize(1);
            assertFill(b4.get(0), o[2], OrderStatus.FILLED, 0.2, 105, 0.4);
            assertThat(h.position).isCloseTo(0.6, within(1e-9));
            assertThat(h.venue.status(o[1].id())).isEqualTo(OrderStatus.ACCEPTED);
            assertThat(h.venue.status(o[3].id())).isEqualTo(OrderStatus.ACCEPTED);
        }

        @Test
        void anEntryEndingPartlyFilledLeavesExitsForWhatItFilledOnly() {
            VenueHarness h = new VenueHarness(config(0, 0, 0, 0, 0, 0.1), series(
                    bar(101, 102, 100.5, 101, 5),
                    bar(101, 102, 99.5, 101, 5),
                    bar(101, 106, 100.5, 104, 5),
                    bar(101, 111, 99, 100, 5)));
            Order[] o = bracket(h, new OrderSpec.Limit(100, false));
            h.bar(1);   // entry 0.5 of 1
            h.bar(2);   // tp1 0.2, its cap
            int from = h.events.size();
            assertThat(h.venue.cancel(o[0].id(), T3, "test")).isTrue();
            // tp1 reached its cap for an entry that is over: cancelled; tp2 (cap 0.3) and the stop stay
            List<Event> ev = h.events.subList(from, h.events.size());
            assertThat(ev).hasSize(2);
            assertThat(ev.get(0)).isEqualTo(new Event.OrderCanceled(T3, o[0].id(), "test"));
            assertCanceled(ev.get(1), o[2], "bracket: entry filled only 0.5 of 1.0");
            // bar 3: high 111 through 110: tp2 fills its 0.3 and the position is closed: the stop goes too
            List<Event> b3 = h.bar(3);
            assertFill(b3.get(0), o[3], OrderStatus.PARTIALLY_FILLED, 0.3, 110, 0.3);
            assertThat(h.position).isCloseTo(0.0, within(1e-12));
            assertThat(h.venue.status(o[1].id())).isEqualTo(OrderStatus.CANCELED);
            assertThat(h.venue.status(o[3].id())).isEqualTo(OrderStatus.CANCELED);
            assertThat(h.venue.openOrderCount()).isZero();
        }

        @Test
        void anEntryEndingUnfilledTakesItsExitsWithIt() {
            VenueHarness h = new VenueHarness(FRICTIONLESS, series(
                    bar(100, 101, 99, 100, 1_000),
                    bar(100, 101, 99, 100, 1_000)));
            Order[] o = bracket(h, new OrderSpec.Limit(90, false));
            assertThat(h.venue.cancel(o[0].id(), T1, "test")).isTrue();
            assertThat(h.events).hasSize(4);
            for (int j = 1; j < 4; j++) {
                assertCanceled(h.events.get(j), o[j], "bracket: entry " + o[0].id() + " ended unfilled (CANCELED)");
            }
            assertThat(h.venue.openOrderCount()).isZero();
            assertThat(h.bar(1)).isEmpty();
        }
    }
}
