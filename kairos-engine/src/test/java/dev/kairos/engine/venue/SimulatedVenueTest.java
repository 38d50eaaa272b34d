package dev.kairos.engine.venue;

import static dev.kairos.engine.testsupport.Bars.MINUTE;
import static dev.kairos.engine.testsupport.Bars.T0;
import static dev.kairos.engine.testsupport.Bars.bar;
import static dev.kairos.engine.venue.VenueHarness.INSTRUMENT;
import static dev.kairos.engine.venue.VenueHarness.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.ClientOrderId;
import dev.kairos.model.event.Command;
import dev.kairos.model.event.Event;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.order.Fill;
import dev.kairos.model.order.Fill.Liquidity;
import dev.kairos.model.order.Order;
import dev.kairos.model.order.OrderSpec;
import dev.kairos.model.order.OrderStatus;
import dev.kairos.model.order.Side;
import dev.kairos.model.order.TimeInForce;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The simulated venue on tiny hand-built series (one-minute bars from {@link Bars#T0}; instrument tick
 * 0.01, lot 0.001, min notional 1). Orders are decided at the close of bar 0 (time T0 + 1 min) at its
 * close price unless a test says otherwise. Every expected number is worked out by hand in a comment.
 */
class SimulatedVenueTest {
    private static final Offset<Double> EPS = within(1e-9);
    private static final long T1 = T0 + MINUTE;      // close of bar 0 = open of bar 1
    private static final long T2 = T0 + 2 * MINUTE;  // open of bar 2
    private static final long T3 = T0 + 3 * MINUTE;  // open of bar 3

    private static BarSeries series(double[]... rows) {
        return Bars.series(INSTRUMENT.id(), MINUTE, rows);
    }

    private static final OrderSpec MARKET = new OrderSpec.Market();

    // ---------------------------------------------------------------- assertions on events

    private static void assertAccepted(Event e, long t, Order o) {
        assertThat(e).isEqualTo(new Event.OrderAccepted(t, o.id()));
    }

    private static Fill assertFilled(Event e, long t, Order o, OrderStatus status, double filled, double leaves) {
        assertThat(e).isInstanceOf(Event.OrderFilled.class);
        Event.OrderFilled f = (Event.OrderFilled) e;
        assertThat(f.timestamp()).as("fill event time").isEqualTo(t);
        assertThat(f.status()).as("status after fill").isEqualTo(status);
        assertThat(f.filledQuantity()).as("cumulative filled").isCloseTo(filled, EPS);
        assertThat(f.leavesQuantity()).as("leaves").isCloseTo(leaves, EPS);
        Fill fill = f.fill();
        assertThat(fill.orderId()).isEqualTo(o.id());
        assertThat(fill.instrument()).isEqualTo(o.instrument());
        assertThat(fill.side()).isEqualTo(o.side());
        assertThat(fill.timestamp()).isEqualTo(t);
        return fill;
    }

    private static void assertFill(Fill f, double qty, double price, double fee, Liquidity liquidity,
                                   double decisionPrice, double slippageBps, long latencyMs) {
        assertThat(f.quantity()).as("quantity").isCloseTo(qty, EPS);
        assertThat(f.price()).as("price").isCloseTo(price, EPS);
        assertThat(f.fee()).as("fee").isCloseTo(fee, EPS);
        assertThat(f.liquidity()).as("liquidity").isEqualTo(liquidity);
        assertThat(f.decisionPrice()).as("decision price").isEqualTo(decisionPrice);
        assertThat(f.slippageBps()).as("slippage bps").isCloseTo(slippageBps, within(1e-6));
        assertThat(f.latencyMs()).as("latency").isEqualTo(latencyMs);
    }

    private static void assertCanceled(Event e, long t, Order o, String reasonPart) {
        assertThat(e).isInstanceOf(Event.OrderCanceled.class);
        Event.OrderCanceled c = (Event.OrderCanceled) e;
        assertThat(c.timestamp()).isEqualTo(t);
        assertThat(c.orderId()).isEqualTo(o.id());
        assertThat(c.reason()).contains(reasonPart);
    }

    private static void assertRejected(Event e, long t, Order o, String reasonPart) {
        assertThat(e).isInstanceOf(Event.OrderRejected.class);
        Event.OrderRejected r = (Event.OrderRejected) e;
        assertThat(r.timestamp()).isEqualTo(t);
        assertThat(r.orderId()).isEqualTo(o.id());
        assertThat(r.reason()).contains(reasonPart);
    }

    // ---------------------------------------------------------------- market orders

    @Nested
    class MarketOrders {
        // maker 2 bps, taker 10 bps, fixed slippage 5 bps, no volume slippage, no latency, whole bar volume
        private final VenueConfig cfg = config(2, 10, 5, 0, 0, 1.0);
        private final BarSeries s = series(
                bar(100, 101, 99, 100, 1_000),
                bar(102, 103, 101, 102.5, 1_000),
                bar(103, 104, 102, 103.5, 1_000));

        @Test
        void fillsAtTheNextBarsOpenNeverOnTheDecisionBar() {
            VenueHarness h = new VenueHarness(cfg, s);
            Order o = h.market(0, Side.BUY, 1.0);
            assertThat(h.venue.status(o.id())).isEqualTo(OrderStatus.SUBMITTED);
            // the decision bar closes exactly when the order arrives: it must not match there
            assertThat(h.bar(0)).isEmpty();
            List<Event> ev = h.bar(1);
            assertThat(ev).hasSize(2);
            assertAccepted(ev.get(0), T1, o);
            Fill f = assertFilled(ev.get(1), T1, o, OrderStatus.FILLED, 1.0, 0.0);
            // price 102 × (1 + 5/10 000) = 102.051; fee 1 × 102.051 × 10/10 000 = 0.102051;
            // slippage vs decision close 100: (102.051 − 100) / 100 × 10 000 = 205.1 bps; latency T1 − T1 = 0
            assertFill(f, 1.0, 102.051, 0.102051, Liquidity.TAKER, 100.0, 205.1, 0);
            assertThat(h.venue.status(o.id())).isEqualTo(OrderStatus.FILLED);
            assertThat(h.venue.openOrderCount()).isZero();
            assertThat(h.bar(2)).isEmpty();
        }

        @Test
        void aSellSlipsDownAndCountsAMoveInItsFavourAsNegativeSlippage() {
            VenueHarness h = new VenueHarness(cfg, s);
            Order o = h.market(0, Side.SELL, 2.0);
            List<Event> ev = h.bar(1);
            Fill f = assertFilled(ev.get(1), T1, o, OrderStatus.FILLED, 2.0, 0.0);
            // 102 × (1 − 0.0005) = 101.949; fee 2 × 101.949 × 0.001 = 0.203898;
            // slippage −(101.949 − 100) / 100 × 10 000 = −194.9 bps (sold above the decision price)
            assertFill(f, 2.0, 101.949, 0.203898, Liquidity.TAKER, 100.0, -194.9, 0);
            assertThat(h.position).isCloseTo(-2.0, EPS);
        }

        @Test
        void volumeShareSlippageGrowsWithTheFillsShareOfTheBar() {
            // fixed 5 bps + 100 bps per whole-bar share; bar 1 trades 10
            VenueHarness h = new VenueHarness(config(2, 10, 5, 100, 0, 1.0), series(
                    bar(200, 201, 199, 200, 10),
                    bar(200, 201, 199, 200, 10)));
            Order o = h.market(0, Side.BUY, 2.5);
            List<Event> ev = h.bar(1);
            Fill f = assertFilled(ev.get(1), T1, o, OrderStatus.FILLED, 2.5, 0.0);
            // share 2.5 / 10 = 0.25 → 5 + 100 × 0.25 = 30 bps; 200 × 1.003 = 200.6;
            // fee 2.5 × 200.6 × 0.001 = 0.5015; slippage vs 200: 30 bps
            assertFill(f, 2.5, 200.6, 0.5015, Liquidity.TAKER, 200.0, 30.0, 0);
        }
    }

    // ---------------------------------------------------------------- volume cap and partial fills

    @Nested
    class PartialFills {
        // at most 10 % of a bar's volume; no slippage so prices are the opens; taker 10 bps
        private final VenueConfig cfg = config(2, 10, 0, 0, 0, 0.1);
        private final BarSeries s = series(
                bar(100, 101, 99, 100, 10),
                bar(100, 101, 99, 100, 10),
                bar(101, 102, 100, 101, 10),
                bar(99, 100, 98, 99, 10));

        @Test
        void theRemainderFillsOnTheFollowingBars() {
            VenueHarness h = new VenueHarness(cfg, s);
            Order o = h.market(0, Side.BUY, 2.5);
            // capacity 0.1 × 10 = 1 per bar
            List<Event> b1 = h.bar(1);
            assertAccepted(b1.get(0), T1, o);
            // fee 1 × 100 × 0.001 = 0.1
            assertFill(assertFilled(b1.get(1), T1, o, OrderStatus.PARTIALLY_FILLED, 1.0, 1.5),
                    1.0, 100, 0.1, Liquidity.TAKER, 100, 0, 0);
            List<Event> b2 = h.bar(2);
            assertThat(b2).hasSize(1);
            // 1 @ 101: fee 0.101, slippage +100 bps vs 100, latency T2 − T1 = 1 min
            assertFill(assertFilled(b2.get(0), T2, o, OrderStatus.PARTIALLY_FILLED, 2.0, 0.5),
                    1.0, 101, 0.101, Liquidity.TAKER, 100, 100, MINUTE);
            List<Event> b3 = h.bar(3);
            // 0.5 @ 99: fee 0.0495, slippage −100 bps, latency 2 min
            assertFill(assertFilled(b3.get(0), T3, o, OrderStatus.FILLED, 2.5, 0.0),
                    0.5, 99, 0.0495, Liquidity.TAKER, 100, -100, 2 * MINUTE);
            double filled = h.fills().stream().mapToDouble(Fill::quantity).sum();
            assertThat(filled / o.quantity()).as("final fill ratio").isCloseTo(1.0, EPS);
            assertThat(h.venue.status(o.id())).isEqualTo(OrderStatus.FILLED);
        }

        @Test
        void ordersShareOneBarsCapacityInArrivalOrder() {
            VenueHarness h = new VenueHarness(cfg, s);
            Order a = h.market(0, Side.BUY, 0.7);
            Order b = h.market(0, Side.BUY, 0.7);
            List<Event> b1 = h.bar(1);
            // capacity 1: a takes 0.7, b the remaining 0.3 (each order is accepted, then matched)
            assertThat(b1).hasSize(4);
            assertAccepted(b1.get(0), T1, a);
            assertFilled(b1.get(1), T1, a, OrderStatus.FILLED, 0.7, 0);
            assertAccepted(b1.get(2), T1, b);
            assertFilled(b1.get(3), T1, b, OrderStatus.PARTIALLY_FILLED, 0.3, 0.4);
            assertFilled(h.bar(2).get(0), T2, b, OrderStatus.FILLED, 0.7, 0);
        }

        @Test
        void aZeroVolumeBarFillsNothingAndTheOrderKeepsWorking() {
            VenueHarness h = new VenueHarness(cfg, series(
                    bar(100, 101, 99, 100, 10),
                    bar(100, 100, 100, 100, 0),
                    bar(101, 102, 100, 101, 10)));
            Order o = h.market(0, Side.BUY, 0.5);
            assertThat(h.bar(1)).containsExactly(new Event.OrderAccepted(T1, o.id()));
            assertFilled(h.bar(2).get(0), T2, o, OrderStatus.FILLED, 0.5, 0);
        }
    }

    // ---------------------------------------------------------------- stops

    @Nested
    class Stops {
        // fixed slippage 10 bps, taker 10 bps, maker 2 bps
        private final VenueConfig cfg = config(2, 10, 10, 0, 0, 1.0);

        @Test
        void buyStopTriggersWhenTheHighReachesItAndFillsAtTheTrigger() {
            VenueHarness h = new VenueHarness(cfg, series(
                    bar(100, 101, 99, 100, 1_000),
                    bar(100, 104.99, 99, 103, 1_000),  // high below 105: not triggered
                    bar(103, 106, 102, 105.5, 1_000)));
            Order o = h.submitAtCloseOf(0, Side.BUY, 1, new OrderSpec.StopMarket(105), TimeInForce.GTC, false);
            assertThat(h.bar(1)).containsExactly(new Event.OrderAccepted(T1, o.id()));
            assertThat(h.venue.status(o.id())).isEqualTo(OrderStatus.ACCEPTED);
            List<Event> ev = h.bar(2);
            assertThat(ev).hasSize(2);
            assertThat(ev.get(0)).isEqualTo(new Event.OrderTriggered(T2, o.id()));
            // base max(open 103, trigger 105) = 105; 105 × 1.001 = 105.105; fee 0.105105;
            // slippage vs 100: 510.5 bps; latency 1 min
            assertFill(assertFilled(ev.get(1), T2, o, OrderStatus.FILLED, 1, 0),
                    1, 105.105, 0.105105, Liquidity.TAKER, 100, 510.5, MINUTE);
        }

        @Test
        void buyStopGappedThroughFillsAtTheOpenNotAtTheStop() {
            VenueHarness h = new VenueHarness(cfg, series(
                    bar(100, 101, 99, 100, 1_000),
                    bar(108, 110, 107, 109, 1_000)));
            Order o = h.submitAtCloseOf(0, Side.BUY, 1, new OrderSpec.StopMarket(105), TimeInForce.GTC, false);
            List<Event> ev = h.bar(1);
            assertThat(ev).hasSize(3);
            assertAccepted(ev.get(0), T1, o);
            assertThat(ev.get(1)).isEqualTo(new Event.OrderTriggered(T1, o.id()));
            // max(108, 105) = 108; 108 × 1.001 = 108.108; fee 0.108108; slippage 810.8 bps
            assertFill(assertFilled(ev.get(2), T1, o, OrderStatus.FILLED, 1, 0),
                    1, 108.108, 0.108108, Liquidity.TAKER, 100, 810.8, 0);
        }

        @Test
        void sellStopTriggersWhenTheLowReachesIt() {
            VenueHarness h = new VenueHarness(cfg, series(
                    bar(100, 101, 99, 100, 1_000),
                    bar(100, 101, 95.01, 97, 1_000),  // low above 95: not triggered
                    bar(97, 98, 94, 95.5, 1_000)));
            Order o = h.submitAtCloseOf(0, Side.SELL, 2, new OrderSpec.StopMarket(95), TimeInForce.GTC, false);
            assertThat(h.bar(1)).hasSize(1);
            List<Event> ev = h.bar(2);
            assertThat(ev.get(0)).isEqualTo(new Event.OrderTriggered(T2, o.id()));
            // min(97, 95) = 95; 95 × 0.999 = 94.905; fee 2 × 94.905 × 0.001 = 0.18981;
            // slippage −(94.905 − 100) / 100 × 10 000 = +509.5 bps (sold below the decision price)
            assertFill(assertFilled(ev.get(1), T2, o, OrderStatus.FILLED, 2, 0),
                    2, 94.905, 0.18981, Liquidity.TAKER, 100, 509.5, MINUTE);
        }

        @Test
        void sellStopGappedThroughFillsAtTheOpen() {
            VenueHarness h = new VenueHarness(cfg, series(
                    bar(100, 101, 99, 100, 1_000),
                    bar(92, 93, 90, 91, 1_000)));
            Order o = h.submitAtCloseOf(0, Side.SELL, 1, new OrderSpec.StopMarket(95), TimeInForce.GTC, false);
            List<Event> ev = h.bar(1);
            // min(92, 95) = 92; 92 × 0.999 = 91.908; fee 0.091908; slippage 809.2 bps
            assertFill(assertFilled(ev.get(2), T1, o, OrderStatus.FILLED, 1, 0),
                    1, 91.908, 0.091908, Liquidity.TAKER, 100, 809.2, 0);
        }

        @Test
        void aBarTouchingBothStopAndReduceOnlyTargetFillsTheStopAndCancelsTheTarget() {
            VenueHarness h = new VenueHarness(config(2, 10, 0, 0, 0, 1.0), series(
                    bar(100, 101, 99, 100, 1_000),
                    bar(100, 105, 98, 102, 1_000),
                    bar(101, 112, 94, 100, 1_000)));
            h.position = 1.0; // long 1
            // the target is submitted first: the order within a bar must come from the rules, not the list
            Order target = h.submitAtCloseOf(0, Side.SELL, 1, new OrderSpec.Limit(110, false), TimeInForce.GTC,
                    true);
            Order stop = h.submitAtCloseOf(0, Side.SELL, 1, new OrderSpec.StopMarket(95), TimeInForce.GTC, true);
            assertThat(h.bar(1)).containsExactly(new Event.OrderAccepted(T1, target.id()),
                    new Event.OrderAccepted(T1, stop.id()));
            List<Event> ev = h.bar(2);
            assertThat(ev).hasSize(3);
            assertThat(ev.get(0)).isEqualTo(new Event.OrderTriggered(T2, stop.id()));
            // stop at min(101, 95) = 95, no slippage configured; fee 95 × 0.001 = 0.095
            assertFill(assertFilled(ev.get(1), T2, stop, OrderStatus.FILLED, 1, 0),
                    1, 95, 0.095, Liquidity.TAKER, 100, 500, MINUTE);
            // high 112 > 110 would fill the target, but the stop already closed the position
            assertCanceled(ev.get(2), T2, target, "reduce-only");
            assertThat(h.position).isZero();
            assertThat(h.venue.status(target.id())).isEqualTo(OrderStatus.CANCELED);
            assertThat(h.venue.openOrderCount()).isZero();
        }

        @Test
        void stopLimitMarketableAtTriggerTakesCappedAtItsLimit() {
            VenueHarness h = new VenueHarness(cfg, series(
                    bar(100, 101, 99, 100, 1_000),
                    bar(103, 107, 102, 106, 1_000)));
            Order o = h.submitAtCloseOf(0, Side.BUY, 1, new OrderSpec.StopLimit(105, 106), TimeInForce.GTC, false);
            List<Event> ev = h.bar(1);
            assertThat(ev).hasSize(3);
            assertThat(ev.get(1)).isEqualTo(new Event.OrderTriggered(T1, o.id()));
            // base max(103, 105) = 105 ≤ limit 106: takes; 105 × 1.001 = 105.105 (< 106); fee 0.105105
            assertFill(assertFilled(ev.get(2), T1, o, OrderStatus.FILLED, 1, 0),
                    1, 105.105, 0.105105, Liquidity.TAKER, 100, 510.5, 0);
        }

        @Test
        void stopLimitCappedWhenSlippageWouldPassTheLimit() {
            VenueHarness h = new VenueHarness(cfg, series(
                    bar(100, 101, 99, 100, 1_000),
                    bar(103, 107, 102, 106, 1_000)));
            Order o = h.submitAtCloseOf(0, Side.BUY, 1, new OrderSpec.StopLimit(105, 105.05), TimeInForce.GTC,
                    false);
            // 105 × 1.001 = 105.105 > 105.05: capped at the limit; fee 0.10505
            assertFill(assertFilled(h.bar(1).get(2), T1, o, OrderStatus.FILLED, 1, 0),
                    1, 105.05, 0.10505, Liquidity.TAKER, 100, 505, 0);
        }

        @Test
        void stopLimitGappedPastItsLimitRestsFromTheNextBarAndFillsAsMaker() {
            VenueHarness h = new VenueHarness(cfg, series(
                    bar(100, 101, 99, 100, 1_000),
                    bar(107, 108, 105.5, 107, 1_000),   // triggers; opens above the limit 106
                    bar(106.5, 107, 105.8, 106.2, 1_000)));
            Order o = h.submitAtCloseOf(0, Side.BUY, 1, new OrderSpec.StopLimit(105, 106), TimeInForce.GTC, false);
            List<Event> b1 = h.bar(1);
            // triggered, not marketable at 107 > 106, and the trigger bar does not fill it (low 105.5 < 106
            // notwithstanding): it rests from the next bar
            assertThat(b1).containsExactly(new Event.OrderAccepted(T1, o.id()), new Event.OrderTriggered(T1, o.id()));
            assertThat(h.venue.status(o.id())).isEqualTo(OrderStatus.TRIGGERED);
            List<Event> b2 = h.bar(2);
            // low 105.8 < 106: maker fill at the limit, no slippage; fee 106 × 2/10 000 = 0.0212
            assertFill(assertFilled(b2.get(0), T2, o, OrderStatus.FILLED, 1, 0),
                    1, 106, 0.0212, Liquidity.MAKER, 100, 600, MINUTE);
        }

        @Test
        void stopsMustBeGoodTillCancelled() {
            VenueHarness h = new VenueHarness(cfg, series(
                    bar(100, 101, 99, 100, 1_000),
                    bar(100, 101, 99, 100, 1_000)));
            Order o = h.submitAtCloseOf(0, Side.BUY, 1, new OrderSpec.StopMarket(105), TimeInForce.IOC, false);
            List<Event> ev = h.bar(1);
            assertThat(ev).hasSize(1);
            assertRejected(ev.get(0), T1, o, "GTC");
        }
    }

    // ---------------------------------------------------------------- limits

    @Nested
    class Limits {
        // maker 2 bps, taker 10 bps, fixed slippage 20 bps (must never touch maker fills)
        private final VenueConfig cfg = config(2, 10, 20, 0, 0, 1.0);

        @Test
        void restingBuyLimitFillsOnlyWhenTradedStrictlyThrough() {
            VenueHarness h = new VenueHarness(cfg, series(
                    bar(100, 101, 99, 100, 1_000),
                    bar(100, 101, 99, 100.5, 1_000),    // low touches 99: no fill
                    bar(100, 100.5, 98.5, 99.5, 1_000)));
            Order o = h.submitAtCloseOf(0, Side.BUY, 1, new OrderSpec.Limit(99, false), TimeInForce.GTC, false);
            assertThat(h.bar(1)).containsExactly(new Event.OrderAccepted(T1, o.id()));
            assertThat(h.venue.status(o.id())).isEqualTo(OrderStatus.ACCEPTED);
            List<Event> ev = h.bar(2);
            assertThat(ev).hasSize(1);
            // at the limit, no slippage: 99; maker fee 99 × 2/10 000 = 0.0198; slippage −100 bps vs 100
            assertFill(assertFilled(ev.get(0), T2, o, OrderStatus.FILLED, 1, 0),
                    1, 99, 0.0198, Liquidity.MAKER, 100, -100, MINUTE);
        }

        @Test
        void restingSellLimitFillsOnlyWhenTradedStrictlyThrough() {
            VenueHarness h = new VenueHarness(cfg, series(
                    bar(100, 101, 99, 100, 1_000),
                    bar(100, 101, 99.5, 100.5, 1_000),   // high touches 101
                    bar(100.5, 101.5, 100, 101, 1_000)));
            Order o = h.submitAtCloseOf(0, Side.SELL, 3, new OrderSpec.Limit(101, false), TimeInForce.GTC, false);
            assertThat(h.bar(1)).hasSize(1);
            // 3 @ 101 maker: fee 3 × 101 × 0.0002 = 0.0606; slippage −100 bps (sold above decision)
            assertFill(assertFilled(h.bar(2).get(0), T2, o, OrderStatus.FILLED, 3, 0),
                    3, 101, 0.0606, Liquidity.MAKER, 100, -100, MINUTE);
        }

        @Test
        void marketableLimitTakesAtTheOpenAsTakerCappedAtTheLimit() {
            BarSeries s = series(
                    bar(100, 101, 99, 100, 1_000),
                    bar(100.9, 101.5, 100.5, 101, 1_000));
            VenueHarness h = new VenueHarness(cfg, s);
            Order capped = h.submitAtCloseOf(0, Side.BUY, 1, new OrderSpec.Limit(101, false), TimeInForce.GTC, false);
            Order free = h.submitAtCloseOf(0, Side.BUY, 1, new OrderSpec.Limit(102, false), TimeInForce.GTC, false);
            List<Event> ev = h.bar(1);
            assertThat(ev).hasSize(4);
            // 100.9 × 1.002 = 101.1018 > 101: capped at 101; taker fee 0.101; slippage 100 bps
            assertFill(assertFilled(ev.get(2), T1, capped, OrderStatus.FILLED, 1, 0),
                    1, 101, 0.101, Liquidity.TAKER, 100, 100, 0);
            // limit 102 does not bind: 101.1018; fee 0.1011018; slippage 110.18 bps
            assertFill(assertFilled(ev.get(3), T1, free, OrderStatus.FILLED, 1, 0),
                    1, 101.1018, 0.1011018, Liquidity.TAKER, 100, 110.18, 0);
        }

        @Test
        void marketableSellLimitIsCappedFromBelow() {
            VenueHarness h = new VenueHarness(cfg, series(
                    bar(100, 101, 99, 100, 1_000),
                    bar(99.1, 99.5, 98, 99, 1_000)));
            Order o = h.submitAtCloseOf(0, Side.SELL, 1, new OrderSpec.Limit(99, false), TimeInForce.GTC, false);
            // 99.1 × 0.998 = 98.9018 < 99: capped at 99; fee 0.099; slippage +100 bps
            assertFill(assertFilled(h.bar(1).get(1), T1, o, OrderStatus.FILLED, 1, 0),
                    1, 99, 0.099, Liquidity.TAKER, 100, 100, 0);
        }

        @Test
        void postOnlyIsRejectedWhenMarketableAndRestsOtherwise() {
            VenueHarness h = new VenueHarness(cfg, series(
                    bar(100, 101, 99, 100, 1_000),
                    bar(100, 101, 99.5, 100, 1_000),
                    bar(100, 100.5, 98.5, 99, 1_000)));
            Order taking = h.submitAtCloseOf(0, Side.SELL, 1, new OrderSpec.Limit(99, true), TimeInForce.GTC, false);
            Order resting = h.submitAtCloseOf(0, Side.BUY, 1, new OrderSpec.Limit(99, true), TimeInForce.GTC, false);
            List<Event> b1 = h.bar(1);
            assertThat(b1).hasSize(2);
            // sell 99 with the bar opening at 100 would take
            assertRejected(b1.get(0), T1, taking, "post-only");
            assertAccepted(b1.get(1), T1, resting);
            assertThat(h.venue.status(taking.id())).isEqualTo(OrderStatus.REJECTED);
            assertFill(assertFilled(h.bar(2).get(0), T2, resting, OrderStatus.FILLED, 1, 0),
                    1, 99, 0.0198, Liquidity.MAKER, 100, -100, MINUTE);
        }
    }

    // ---------------------------------------------------------------- time in force

    @Nested
    class TimeInForceRules {
        // 10 % of volume; bar 1 trades 10 → capacity 1; no slippage, taker 10 bps
        private final VenueConfig cfg = config(2, 10, 0, 0, 0, 0.1);
        private final BarSeries s = series(
                bar(100, 101, 99, 100, 10),
                bar(100, 101, 99, 100, 10),
                bar(100, 101, 98, 100, 10));

        @Test
        void iocFillsWhatItCanAndCancelsTheRest() {
            VenueHarness h = new VenueHarness(cfg, s);
            Order o = h.submitAtCloseOf(0, Side.BUY, 2.5, MARKET, TimeInForce.IOC, false);
            List<Event> ev = h.bar(1);
            assertThat(ev).hasSize(3);
            assertFill(assertFilled(ev.get(1), T1, o, OrderStatus.PARTIALLY_FILLED, 1, 1.5),
                    1, 100, 0.1, Liquidity.TAKER, 100, 0, 0);
            assertCanceled(ev.get(2), T1, o, "IOC");
            assertThat(h.venue.status(o.id())).isEqualTo(OrderStatus.CANCELED);
            assertThat(h.bar(2)).isEmpty();
        }

        @Test
        void iocLimitNotMarketableIsCancelledWithoutFilling() {
            VenueHarness h = new VenueHarness(cfg, s);
            Order o = h.submitAtCloseOf(0, Side.BUY, 0.5, new OrderSpec.Limit(99.5, false), TimeInForce.IOC, false);
            List<Event> ev = h.bar(1);
            // the bar later trades through 99.5 (low 99) but IOC does not rest
            assertThat(ev).hasSize(2);
            assertAccepted(ev.get(0), T1, o);
            assertCanceled(ev.get(1), T1, o, "IOC");
            assertThat(h.fills()).isEmpty();
        }

        @Test
        void fokFillsNothingUnlessTheWholeQuantityFitsTheFirstBar() {
            VenueHarness h = new VenueHarness(cfg, s);
            Order o = h.submitAtCloseOf(0, Side.BUY, 2.5, MARKET, TimeInForce.FOK, false);
            List<Event> ev = h.bar(1);
            assertThat(ev).hasSize(2);
            assertAccepted(ev.get(0), T1, o);
            assertCanceled(ev.get(1), T1, o, "FOK");
            assertThat(h.fills()).isEmpty();
            assertThat(h.bar(2)).isEmpty();
        }

        @Test
        void fokThatFitsFillsCompletely() {
            VenueHarness h = new VenueHarness(cfg, s);
            Order o = h.submitAtCloseOf(0, Side.SELL, 1.0, MARKET, TimeInForce.FOK, false);
            List<Event> ev = h.bar(1);
            assertThat(ev).hasSize(2);
            assertFill(assertFilled(ev.get(1), T1, o, OrderStatus.FILLED, 1, 0),
                    1, 100, 0.1, Liquidity.TAKER, 100, 0, 0);
        }

        @Test
        void fokLimitNotMarketableIsCancelled() {
            VenueHarness h = new VenueHarness(cfg, s);
            Order o = h.submitAtCloseOf(0, Side.BUY, 0.5, new OrderSpec.Limit(99.5, false), TimeInForce.FOK, false);
            List<Event> ev = h.bar(1);
            assertCanceled(ev.get(1), T1, o, "FOK");
            assertThat(h.fills()).isEmpty();
        }
    }

    // ---------------------------------------------------------------- reduce-only

    @Nested
    class ReduceOnly {
        private final VenueConfig cfg = config(2, 10, 0, 0, 0, 1.0);
        private final BarSeries s = series(
                bar(100, 101, 99, 100, 1_000),
                bar(100, 101, 99, 100, 1_000));

        @Test
        void fillsAtMostThePositionAndCancelsTheExcess() {
            VenueHarness h = new VenueHarness(cfg, s);
            h.position = 1.0;
            Order o = h.submitAtCloseOf(0, Side.SELL, 2, MARKET, TimeInForce.GTC, true);
            List<Event> ev = h.bar(1);
            assertThat(ev).hasSize(3);
            assertFill(assertFilled(ev.get(1), T1, o, OrderStatus.PARTIALLY_FILLED, 1, 1),
                    1, 100, 0.1, Liquidity.TAKER, 100, 0, 0);
            assertCanceled(ev.get(2), T1, o, "position closed");
            assertThat(h.position).isZero();
            assertThat(h.venue.status(o.id())).isEqualTo(OrderStatus.CANCELED);
        }

        @Test
        void isCancelledWhenThereIsNoPositionToReduce() {
            VenueHarness h = new VenueHarness(cfg, s);
            Order flat = h.submitAtCloseOf(0, Side.SELL, 1, MARKET, TimeInForce.GTC, true);
            List<Event> ev = h.bar(1);
            assertThat(ev).hasSize(2);
            assertCanceled(ev.get(1), T1, flat, "no position");
            assertThat(h.position).isZero();
        }

        @Test
        void isCancelledWhenItWouldAddToThePosition() {
            VenueHarness h = new VenueHarness(cfg, s);
            h.position = 1.0;
            Order adding = h.submitAtCloseOf(0, Side.BUY, 1, MARKET, TimeInForce.GTC, true);
            List<Event> ev = h.bar(1);
            assertCanceled(ev.get(1), T1, adding, "no position");
            assertThat(h.position).isEqualTo(1.0);
        }

        @Test
        void isExemptFromTheMinimumNotional() {
            VenueHarness h = new VenueHarness(cfg, s);
            h.position = 0.005;
            Order o = h.submitAtCloseOf(0, Side.SELL, 0.005, MARKET, TimeInForce.GTC, true);
            List<Event> ev = h.bar(1);
            // 0.005 × 100 = 0.5 < 1, but it only reduces: fee 0.5 × 0.001 = 0.0005
            assertFill(assertFilled(ev.get(1), T1, o, OrderStatus.FILLED, 0.005, 0),
                    0.005, 100, 0.0005, Liquidity.TAKER, 100, 0, 0);
        }
    }

    // ---------------------------------------------------------------- latency

    @Nested
    class Latency {
        private final BarSeries s = series(
                bar(100, 101, 99, 100, 1_000),
                bar(101, 102, 100, 101, 1_000),
                bar(102, 103, 101, 102, 1_000),
                bar(103, 104, 102, 103, 1_000));

        @Test
        void latencyWithinTheBarFillsAtTheOpenStampedAtArrival() {
            VenueHarness h = new VenueHarness(config(2, 10, 0, 0, 30_000, 1.0), s);
            Order o = h.market(0, Side.BUY, 1);
            List<Event> ev = h.bar(1);
            // arrives T1 + 30 s, inside bar 1: fills at its open 101; fee 0.101; slippage 100 bps
            assertAccepted(ev.get(0), T1 + 30_000, o);
            assertFill(assertFilled(ev.get(1), T1 + 30_000, o, OrderStatus.FILLED, 1, 0),
                    1, 101, 0.101, Liquidity.TAKER, 100, 100, 30_000);
        }

        @Test
        void arrivalAtTheNextBarsCloseMovesTheFillOneBarLater() {
            VenueHarness h = new VenueHarness(config(2, 10, 0, 0, MINUTE, 1.0), s);
            Order o = h.market(0, Side.BUY, 1);
            // arrives T1 + 60 s = close of bar 1: bar 1 is over before the order is there
            assertThat(h.bar(1)).isEmpty();
            assertThat(h.venue.status(o.id())).isEqualTo(OrderStatus.SUBMITTED);
            List<Event> ev = h.bar(2);
            assertAccepted(ev.get(0), T2, o);
            // open of bar 2: 102; fee 0.102; slippage 200 bps; latency 60 000 ms
            assertFill(assertFilled(ev.get(1), T2, o, OrderStatus.FILLED, 1, 0),
                    1, 102, 0.102, Liquidity.TAKER, 100, 200, MINUTE);
        }

        @Test
        void arrivalPastTheNextBarsCloseFillsOnTheBarItArrivesIn() {
            VenueHarness h = new VenueHarness(config(2, 10, 0, 0, 90_000, 1.0), s);
            Order o = h.market(0, Side.BUY, 1);
            assertThat(h.bar(1)).isEmpty();
            List<Event> ev = h.bar(2);
            // arrives T1 + 90 s, in bar 2 (T2 … T3): open 102, stamped at arrival, latency 90 s
            assertFill(assertFilled(ev.get(1), T1 + 90_000, o, OrderStatus.FILLED, 1, 0),
                    1, 102, 0.102, Liquidity.TAKER, 100, 200, 90_000);
        }
    }

    // ---------------------------------------------------------------- modify, cancel, reject

    @Nested
    class Lifecycle {
        private final VenueConfig cfg = config(2, 10, 0, 0, 0, 1.0);
        private final BarSeries s = series(
                bar(100, 101, 99, 100, 1_000),
                bar(100, 101, 97, 99, 1_000),
                bar(99, 100, 97.5, 98.5, 1_000),
                bar(98, 99, 96, 97, 1_000));

        @Test
        void modifyMovesARestingLimit() {
            VenueHarness h = new VenueHarness(cfg, s);
            Order o = h.submitAtCloseOf(0, Side.BUY, 1, new OrderSpec.Limit(95, false), TimeInForce.GTC, false);
            assertThat(h.bar(1)).containsExactly(new Event.OrderAccepted(T1, o.id()));
            OrderSpec moved = new OrderSpec.Limit(98, false);
            assertThat(h.venue.modify(o.id(), moved, T2)).isTrue();
            assertThat(h.events.getLast()).isEqualTo(new Event.OrderModified(T2, o.id(), moved));
            List<Event> ev = h.bar(2);
            // low 97.5 < 98: maker at 98; fee 98 × 0.0002 = 0.0196; slippage −200 bps
            assertFill(assertFilled(ev.get(0), T2, o, OrderStatus.FILLED, 1, 0),
                    1, 98, 0.0196, Liquidity.MAKER, 100, -200, MINUTE);
            assertThat(h.venue.modify(o.id(), new OrderSpec.Limit(97, false), T3)).as("filled order").isFalse();
            assertThat(h.venue.modify(new ClientOrderId("nope"), moved, T3)).as("unknown order").isFalse();
        }

        @Test
        void modifyCannotChangeTheKindOfOrder() {
            VenueHarness h = new VenueHarness(cfg, s);
            Order o = h.submitAtCloseOf(0, Side.BUY, 1, new OrderSpec.Limit(95, false), TimeInForce.GTC, false);
            assertThatThrownBy(() -> h.venue.modify(o.id(), new OrderSpec.StopMarket(95), T1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(o.id().value());
        }

        @Test
        void cancelEndsAWorkingOrder() {
            VenueHarness h = new VenueHarness(cfg, s);
            Order o = h.submitAtCloseOf(0, Side.BUY, 1, new OrderSpec.Limit(95, false), TimeInForce.GTC, false);
            h.bar(1);
            assertThat(h.venue.hasOpenOrders(0)).isTrue();
            assertThat(h.venue.cancel(o.id(), T2, "user")).isTrue();
            assertThat(h.events.getLast()).isEqualTo(new Event.OrderCanceled(T2, o.id(), "user"));
            assertThat(h.venue.status(o.id())).isEqualTo(OrderStatus.CANCELED);
            assertThat(h.venue.hasOpenOrders(0)).isFalse();
            assertThat(h.venue.cancel(o.id(), T2, "again")).isFalse();
            // bar 3 trades through 95's neighbourhood; nothing happens to a cancelled order
            assertThat(h.bar(2)).isEmpty();
            assertThat(h.bar(3)).isEmpty();
        }

        @Test
        void cancelAllCancelsOrdersStillInFlight() {
            VenueHarness h = new VenueHarness(cfg, s);
            Order a = h.market(0, Side.BUY, 1);
            Order b = h.submitAtCloseOf(0, Side.SELL, 1, new OrderSpec.Limit(120, false), TimeInForce.GTC, false);
            h.venue.cancelAll(0, T1, "superseded");
            assertThat(h.events).containsExactly(new Event.OrderCanceled(T1, a.id(), "superseded"),
                    new Event.OrderCanceled(T1, b.id(), "superseded"));
            assertThat(h.bar(1)).isEmpty();
            assertThat(h.venue.openOrderCount()).isZero();
        }

        @Test
        void rejectsOrdersBelowTheMinimumNotionalOrOffTheLot() {
            VenueHarness h = new VenueHarness(cfg, s);
            Order tiny = h.market(0, Side.BUY, 0.009);      // 0.009 × open 100 = 0.9 < 1
            Order offLot = h.market(0, Side.BUY, 0.0125);   // not a multiple of 0.001
            Order ok = h.market(0, Side.BUY, 0.01);         // 0.01 × 100 = 1: allowed
            List<Event> ev = h.bar(1);
            assertThat(ev).hasSize(4);
            assertRejected(ev.get(0), T1, tiny, "min notional");
            assertRejected(ev.get(1), T1, offLot, "lot size");
            assertAccepted(ev.get(2), T1, ok);
            assertFilled(ev.get(3), T1, ok, OrderStatus.FILLED, 0.01, 0);
            assertThat(h.venue.status(tiny.id())).isEqualTo(OrderStatus.REJECTED);
            assertThat(h.fills()).hasSize(1);
        }

        @Test
        void refusesDuplicateIdsAndOrdersForAnotherInstrument() {
            VenueHarness h = new VenueHarness(cfg, s);
            Order o = h.market(0, Side.BUY, 1);
            assertThatThrownBy(() -> h.venue.submit(new Command.SubmitOrder(T1, o, 100), 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate");
            Order other = new Order(new ClientOrderId("X-1"), Bars.instrument("OTHER-USD").id(), o.strategy(),
                    Side.BUY, 1, MARKET, TimeInForce.GTC, false, T1);
            assertThatThrownBy(() -> h.venue.submit(new Command.SubmitOrder(T1, other, 100), 0))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> h.venue.status(new ClientOrderId("nope")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
