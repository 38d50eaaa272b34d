package dev.kairos.engine.venue;

import static dev.kairos.engine.testsupport.Bars.MINUTE;
import static dev.kairos.engine.venue.VenueHarness.INSTRUMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.ClientOrderId;
import dev.kairos.model.event.Event;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.order.Fill;
import dev.kairos.model.order.Order;
import dev.kairos.model.order.OrderSpec;
import dev.kairos.model.order.OrderStatus;
import dev.kairos.model.order.Side;
import dev.kairos.model.order.TimeInForce;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random order flow (every kind, time in force, reduce-only, cancels and modifies) against a random
 * walk, checking the venue's rules as invariants on every event: nothing happens before arrival, fills
 * never exceed the order or the bar's volume share, makers fill at their limit only when traded through,
 * taker limits never pass their limit, fees follow the fee model, reduce-only never adds or flips, the
 * reported filled and leaves quantities add up, nothing happens to a finished order, stops (trailing ones at
 * the stop the earlier bars left) trigger only when reached, and a trailing stop never loosens, over bars or
 * when modified.
 */
class SimulatedVenuePropertyTest {
    private static final double MAKER_BPS = 2;
    private static final double TAKER_BPS = 7;
    private static final double SHARE = 0.3;

    /** What the test knows about one order. */
    private static final class Track {
        final Order order;
        final long arrival;
        final double decisionPrice;
        OrderSpec spec;
        OrderStatus status = OrderStatus.SUBMITTED;
        double filled;

        Track(Order order, long arrival, double decisionPrice) {
            this.order = order;
            this.arrival = arrival;
            this.decisionPrice = decisionPrice;
            this.spec = order.spec();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void randomOrderFlowKeepsEveryRule(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long latency = new long[] {0, 20_000, MINUTE, 90_000}[(int) (seed % 4)];
        BarSeries s = Bars.randomWalk(INSTRUMENT.id(), MINUTE, 400, seed, -1, 0);
        VenueHarness h = new VenueHarness(VenueHarness.config(MAKER_BPS, TAKER_BPS, 3, 40, latency, SHARE), s);
        Map<ClientOrderId, Track> tracks = new HashMap<>();
        List<Track> all = new ArrayList<>();
        int fills = 0;
        for (int i = 0; i < s.size(); i++) {
            // 1. match bar i and check what it produced; trailing stops as the bars before left them
            Map<ClientOrderId, Double> trailBefore = new HashMap<>();
            for (Track t : all) {
                h.venue.trailingStopPrice(t.order.id()).ifPresent(p -> trailBefore.put(t.order.id(), p));
            }
            double posBefore = h.position;
            List<Event> ev = h.bar(i);
            double barFilled = 0;
            double pos = posBefore;
            for (Event e : ev) {
                ClientOrderId id = orderId(e);
                Track t = tracks.get(id);
                assertThat(t).as("event for an order the venue was given: %s", e).isNotNull();
                assertThat(t.status.isTerminal()).as("no event after the end: %s", e).isFalse();
                assertThat(e.timestamp()).as("stamped max(arrival, bar open): %s", e)
                        .isEqualTo(Math.max(t.arrival, s.timestamp(i)));
                assertThat(t.arrival).as("arrived before the bar closed: %s", e).isLessThan(s.closeTime(i));
                switch (e) {
                    case Event.OrderAccepted a -> {
                        assertThat(t.status).isEqualTo(OrderStatus.SUBMITTED);
                        t.status = OrderStatus.ACCEPTED;
                    }
                    case Event.OrderRejected r -> {
                        assertThat(t.status).isEqualTo(OrderStatus.SUBMITTED);
                        assertThat(r.reason()).isNotBlank();
                        t.status = OrderStatus.REJECTED;
                    }
                    case Event.OrderTriggered tr -> {
                        assertThat(t.spec).isInstanceOfAny(OrderSpec.StopMarket.class, OrderSpec.StopLimit.class,
                                OrderSpec.TrailingStop.class);
                        assertThat(t.status).isEqualTo(OrderStatus.ACCEPTED);
                        double trigger = switch (t.spec) {
                            case OrderSpec.StopMarket sm -> sm.triggerPrice();
                            case OrderSpec.StopLimit sl -> sl.triggerPrice();
                            // accepted this bar: the stop starts at the trail from the decision price
                            case OrderSpec.TrailingStop ts -> trailBefore.getOrDefault(t.order.id(),
                                    ts.stopFor(t.order.side(), t.decisionPrice));
                            default -> throw new AssertionError("not a stop: " + t.spec);
                        };
                        if (t.order.side() == Side.BUY) {
                            assertThat(s.high(i)).isGreaterThanOrEqualTo(trigger);
                        } else {
                            assertThat(s.low(i)).isLessThanOrEqualTo(trigger);
                        }
                        t.status = OrderStatus.TRIGGERED;
                    }
                    case Event.OrderFilled f -> {
                        fills++;
                        Fill fill = f.fill();
                        assertThat(t.status.isOpen()).as("fills only working orders: %s", e).isTrue();
                        t.filled += fill.quantity();
                        barFilled += fill.quantity();
                        assertThat(INSTRUMENT.isLotAligned(fill.quantity())).isTrue();
                        assertThat(t.filled).as("never more than ordered").isLessThanOrEqualTo(t.order.quantity() + 1e-9);
                        assertThat(f.filledQuantity()).isCloseTo(t.filled, within(1e-9));
                        assertThat(f.leavesQuantity()).isCloseTo(f.status() == OrderStatus.FILLED ? 0
                                : t.order.quantity() - t.filled, within(1e-9));
                        t.status = f.status();
                        boolean maker = fill.liquidity() == Fill.Liquidity.MAKER;
                        assertThat(fill.fee()).isCloseTo(fill.notional() * (maker ? MAKER_BPS : TAKER_BPS) / 10_000,
                                within(1e-9));
                        assertThat(fill.latencyMs()).isEqualTo(fill.timestamp() - t.order.createdAt());
                        double limit = limitOf(t.spec);
                        if (maker) {
                            assertThat(fill.price()).as("maker at its limit").isEqualTo(limit);
                            if (t.order.side() == Side.BUY) {
                                assertThat(s.low(i)).as("traded strictly through").isLessThan(limit);
                            } else {
                                assertThat(s.high(i)).as("traded strictly through").isGreaterThan(limit);
                            }
                        } else {
                            assertThat(t.spec instanceof OrderSpec.Limit l && l.postOnly()).as("post-only never takes")
                                    .isFalse();
                            if (!Double.isNaN(limit)) {
                                if (t.order.side() == Side.BUY) {
                                    assertThat(fill.price()).as("taker buy within its limit").isLessThanOrEqualTo(limit);
                                } else {
                                    assertThat(fill.price()).as("taker sell within its limit").isGreaterThanOrEqualTo(limit);
                                }
                            }
                        }
                        double after = pos + fill.side().sign() * fill.quantity();
                        if (t.order.reduceOnly()) {
                            assertThat(Math.abs(after)).as("reduce-only reduces").isLessThan(Math.abs(pos) + 1e-9);
                            // (binary dust of the summed position aside: lots are 0.001)
                            assertThat(after * Math.signum(pos)).as("reduce-only never flips")
                                    .isGreaterThanOrEqualTo(-1e-9);
                        }
                        pos = after;
                    }
                    case Event.OrderCanceled c -> {
                        assertThat(c.reason()).isNotBlank();
                        t.status = OrderStatus.CANCELED;
                    }
                    default -> throw new AssertionError("unexpected event from the matcher: " + e);
                }
            }
            for (Map.Entry<ClientOrderId, Double> before : trailBefore.entrySet()) {
                Track t = tracks.get(before.getKey());
                var now = h.venue.trailingStopPrice(before.getKey());
                if (now.isPresent()) {
                    // a trailing stop never loosens: a sell's only rises, a buy's only falls
                    assertThat(t.order.side().sign() * (before.getValue() - now.getAsDouble()))
                            .as("trailing stop of %s never loosens", t.order.id()).isGreaterThanOrEqualTo(0.0);
                }
            }
            assertThat(barFilled).as("bar %d: volume share", i).isLessThanOrEqualTo(SHARE * s.volume(i) + 1e-9);
            assertThat(h.position).isCloseTo(pos, within(1e-9));
            for (Track t : all) {
                assertThat(h.venue.status(t.order.id())).isEqualTo(t.status);
            }
            // 2. decide at the close of bar i: cancels, modifies and new orders
            long now = s.closeTime(i);
            List<Track> open = all.stream().filter(t -> !t.status.isTerminal()).toList();
            for (Track t : open) {
                int r = rnd.nextInt(20);
                if (r == 0) {
                    int from = h.events.size();
                    assertThat(h.venue.cancel(t.order.id(), now, "test")).isTrue();
                    assertThat(h.events.subList(from, h.events.size()))
                            .containsExactly(new Event.OrderCanceled(now, t.order.id(), "test"));
                    t.status = OrderStatus.CANCELED;
                } else if (r == 1 && !(t.spec instanceof OrderSpec.Market)) {
                    OrderSpec moved = reprice(t.spec, s.close(i), rnd);
                    var stopBefore = h.venue.trailingStopPrice(t.order.id());
                    assertThat(h.venue.modify(t.order.id(), moved, now)).isTrue();
                    assertThat(h.events.getLast()).isEqualTo(new Event.OrderModified(now, t.order.id(), moved));
                    if (stopBefore.isPresent()) {
                        // a new trail never loosens the stop either
                        assertThat(t.order.side().sign() * (stopBefore.getAsDouble()
                                - h.venue.trailingStopPrice(t.order.id()).orElseThrow()))
                                .as("modified trailing stop of %s", t.order.id()).isGreaterThanOrEqualTo(0.0);
                    }
                    t.spec = moved;
                }
            }
            int n = rnd.nextInt(3);
            for (int j = 0; j < n; j++) {
                Order o = randomOrder(h, rnd, s.close(i), now);
                h.venue.submit(new dev.kairos.model.event.Command.SubmitOrder(now, o, s.close(i)), 0);
                Track t = new Track(o, now + latency, s.close(i));
                tracks.put(o.id(), t);
                all.add(t);
            }
            assertThat(h.venue.openOrderCount()).isEqualTo((int) all.stream().filter(t -> !t.status.isTerminal())
                    .count());
        }
        assertThat(fills).as("the flow fills orders").isGreaterThan(50);
        assertThat(all.stream().filter(t -> t.status == OrderStatus.REJECTED).count()).isPositive();
        assertThat(all.stream().filter(t -> t.status == OrderStatus.CANCELED).count()).isPositive();
    }

    private static ClientOrderId orderId(Event e) {
        return switch (e) {
            case Event.OrderAccepted a -> a.orderId();
            case Event.OrderRejected r -> r.orderId();
            case Event.OrderTriggered t -> t.orderId();
            case Event.OrderFilled f -> f.fill().orderId();
            case Event.OrderCanceled c -> c.orderId();
            default -> throw new AssertionError("unexpected event from the matcher: " + e);
        };
    }

    private static double limitOf(OrderSpec spec) {
        return switch (spec) {
            case OrderSpec.Limit l -> l.price();
            case OrderSpec.StopLimit sl -> sl.limitPrice();
            case OrderSpec.Market m -> Double.NaN;
            case OrderSpec.StopMarket sm -> Double.NaN;
            case OrderSpec.TrailingStop ts -> Double.NaN;
        };
    }

    private static double tick(double p) {
        return Math.max(0.01, Math.rint(p * 100) / 100);
    }

    private static OrderSpec reprice(OrderSpec spec, double px, SplittableRandom rnd) {
        double a = tick(px * (1 + 0.01 * (rnd.nextDouble() - 0.5)));
        double b = tick(px * (1 + 0.01 * (rnd.nextDouble() - 0.5)));
        return switch (spec) {
            case OrderSpec.Limit l -> new OrderSpec.Limit(a, l.postOnly());
            case OrderSpec.StopMarket sm -> new OrderSpec.StopMarket(a);
            case OrderSpec.StopLimit sl -> new OrderSpec.StopLimit(a, b);
            case OrderSpec.TrailingStop ts -> new OrderSpec.TrailingStop(ts.percent() ? 0.2 + 2 * rnd.nextDouble()
                    : tick(px * (0.002 + 0.02 * rnd.nextDouble())), ts.percent());
            case OrderSpec.Market m -> m;
        };
    }

    private static Order randomOrder(VenueHarness h, SplittableRandom rnd, double px, long now) {
        Side side = rnd.nextBoolean() ? Side.BUY : Side.SELL;
        double qty = (1 + rnd.nextInt(40_000)) * 0.001;      // 0.001 … 40, against bars of 20–420
        if (rnd.nextInt(20) == 0) {
            qty = 0.003;                                     // below min notional at ~100
        }
        if (rnd.nextInt(25) == 0) {
            qty += 0.0005;                                   // off the lot
        }
        double off = 0.01 * (rnd.nextDouble() - 0.5);
        OrderSpec spec = switch (rnd.nextInt(5)) {
            case 0 -> new OrderSpec.Market();
            case 4 -> rnd.nextBoolean() ? new OrderSpec.TrailingStop(0.2 + 2 * rnd.nextDouble(), true)
                    : new OrderSpec.TrailingStop(tick(px * (0.002 + 0.02 * rnd.nextDouble())), false);
            case 1 -> new OrderSpec.Limit(tick(px * (1 + off)), rnd.nextInt(4) == 0);
            case 2 -> new OrderSpec.StopMarket(tick(px * (1 + off)));
            default -> new OrderSpec.StopLimit(tick(px * (1 + off)), tick(px * (1 + off + 0.004 * (rnd.nextDouble()
                    - 0.3) * side.sign())));
        };
        TimeInForce tif = switch (rnd.nextInt(6)) {
            case 0 -> TimeInForce.IOC;
            case 1 -> TimeInForce.FOK;
            default -> TimeInForce.GTC;
        };
        boolean reduceOnly = rnd.nextInt(4) == 0;
        return h.order(side, qty, spec, tif, reduceOnly, now);
    }
}
