package dev.kairos.engine.exit;

import static dev.kairos.engine.testsupport.Bars.HOUR;
import static dev.kairos.engine.testsupport.Bars.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.engine.bus.MessageBus;
import dev.kairos.engine.clock.SimulatedClock;
import dev.kairos.engine.core.TradingEngine;
import dev.kairos.engine.portfolio.Portfolio;
import dev.kairos.engine.risk.RiskEngine;
import dev.kairos.engine.sizing.FixedFractionSizing;
import dev.kairos.engine.strategy.Strategy;
import dev.kairos.engine.testsupport.Bars;
import dev.kairos.engine.venue.FeeModel;
import dev.kairos.engine.venue.FillModel;
import dev.kairos.engine.venue.LatencyModel;
import dev.kairos.engine.venue.SimulatedVenue;
import dev.kairos.engine.venue.SlippageModel;
import dev.kairos.engine.venue.VenueConfig;
import dev.kairos.model.ClientOrderId;
import dev.kairos.model.Instrument;
import dev.kairos.model.StrategyId;
import dev.kairos.model.event.Direction;
import dev.kairos.model.event.Event;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.order.Order;
import dev.kairos.model.order.OrderSpec;
import dev.kairos.model.portfolio.ClosedTrade;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random walks, random signals and random exit settings (ATR or percent stops, trails of both kinds
 * armed after any take-profit, time stops, hard stops or none, adaptive levels, partial fills): after every
 * bar a plan's stop never loosened; a hard stop is only ever amended tighter; every order is lot-aligned and
 * positive; the take-profit legs placed together add up to the position; positions never change sign through
 * an exit; every trade's exit reason is a known one; the accounting identity holds.
 */
class ExitBrainPropertyTest {
    private static final Instrument TST = Bars.instrument("TST-USD");

    private static ExitConfig randomConfig(SplittableRandom rnd) {
        int legs = 1 + rnd.nextInt(3);
        List<Double> r = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        double level = 0;
        for (int j = 0; j < legs; j++) {
            level += 0.5 + 2 * rnd.nextDouble();
            r.add(level);
            shares.add(j < legs - 1 ? 1.0 / legs : 1.0 - (legs - 1) * (1.0 / legs));
        }
        ExitConfig.InitialStop stop = rnd.nextBoolean() ? new ExitConfig.InitialStop.AtrMultiple(1 + 2 * rnd.nextDouble())
                : new ExitConfig.InitialStop.Percent(0.5 + 3 * rnd.nextDouble());
        int arm = rnd.nextInt(legs + 1);
        ExitConfig.Trailing trailing = switch (rnd.nextInt(3)) {
            case 0 -> new ExitConfig.Trailing.Off();
            case 1 -> new ExitConfig.Trailing.Atr(1 + 2 * rnd.nextDouble(), arm);
            default -> new ExitConfig.Trailing.Percent(0.5 + 3 * rnd.nextDouble(), arm);
        };
        double hard = new double[] {0, 1, 1.5, 2.5}[rnd.nextInt(4)];
        ExitConfig.Adaptive adaptive = new ExitConfig.Adaptive(rnd.nextBoolean(), 1 + rnd.nextInt(5), 0.5, 1.5, 0.75,
                1.5, 0.5);
        return new ExitConfig(true, stop, 2 + rnd.nextInt(20), r, shares, rnd.nextInt(legs + 1), trailing,
                rnd.nextInt(3) == 0 ? 0 : 3 + rnd.nextInt(30), hard, adaptive);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22})
    void exitPlansKeepTheirInvariants(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        ExitConfig exits = randomConfig(rnd);
        BarSeries s = Bars.randomWalk(TST.id(), HOUR, 800, seed, -1, 0);
        Map<Integer, Direction> script = new HashMap<>();
        for (int i = 0; i < s.size(); i += 5 + rnd.nextInt(40)) {
            script.put(i, Direction.values()[rnd.nextInt(3)]);
        }
        Strategy scripted = (series, i, ctx) -> {
            Direction d = script.get(i);
            if (d != null) {
                ctx.signal(d, 0.7, "scripted");
            }
        };
        MessageBus bus = new MessageBus();
        List<Event> events = new ArrayList<>();
        bus.subscribeAll(events::add);
        SimulatedClock clock = new SimulatedClock(T0);
        Portfolio portfolio = new Portfolio(List.of(TST), 10_000);
        TradingEngine engine = new TradingEngine(List.of(TST), List.of(scripted), new StrategyId("script"), portfolio,
                new FixedFractionSizing(0.9, 1), RiskEngine.standard(5.0), bus, clock, true);
        double share = new double[] {1.0, 0.2, 0.05}[rnd.nextInt(3)];
        engine.connect(new SimulatedVenue(new VenueConfig(new FeeModel(2, 10), new SlippageModel(3, 20),
                new LatencyModel(0, 0), new FillModel(share)), List.of(TST), portfolio, engine,
                new SplittableRandom(seed)));
        engine.useExits(exits, 0.001, new RollingHitRates(exits.adaptive().minSample()), HealthSignal.HEALTHY);

        ExitPlan plan = engine.exits().plan(0);
        long generation = -1;
        double lastStop = Double.NaN;
        Map<ClientOrderId, Double> hardStops = new HashMap<>();
        int plansSeen = 0;
        int ratchets = 0;
        for (int i = 0; i < s.size(); i++) {
            int from = events.size();
            double before = portfolio.positionQuantity(0);
            clock.advanceTo(s.closeTime(i));
            engine.onBar(0, s, i);
            double pos = portfolio.positionQuantity(0);
            List<Event> bar = events.subList(from, events.size());

            if (plan.isActive()) {
                if (plan.opens() == generation) {
                    assertThat(plan.side() * (plan.stop() - lastStop)).as("bar %d: the stop never loosens", i)
                            .isGreaterThanOrEqualTo(0.0);
                    if (plan.stop() != lastStop) {
                        ratchets++;
                    }
                } else {
                    plansSeen++;
                    generation = plan.opens();
                }
                lastStop = plan.stop();
                if (exits.hasHardStop()) {
                    assertThat(plan.hardStop() * plan.side()).as("the hard stop is no tighter than the dynamic stop")
                            .isLessThanOrEqualTo(plan.stop() * plan.side() + 1e-9);
                } else {
                    assertThat(plan.hardStop()).isNaN();
                }
            }
            double legs = 0;
            int legCount = 0;
            double flow = before;
            for (Event e : bar) {
                switch (e) {
                    case Event.OrderSubmitted sub -> {
                        Order o = sub.order();
                        assertThat(o.quantity()).isPositive();
                        assertThat(TST.isLotAligned(o.quantity())).as("lot-aligned %s", o).isTrue();
                        if (o.reduceOnly() && o.spec() instanceof OrderSpec.Limit) {
                            legs += o.quantity();
                            legCount++;
                        }
                        if (o.reduceOnly() && o.spec() instanceof OrderSpec.StopMarket sm) {
                            hardStops.put(o.id(), sm.triggerPrice());
                        }
                    }
                    case Event.OrderModified m -> {
                        double was = hardStops.get(m.orderId());
                        double now = ((OrderSpec.StopMarket) m.spec()).triggerPrice();
                        assertThat(plan.side() * (now - was)).as("bar %d: hard stop amended tighter", i).isPositive();
                        hardStops.put(m.orderId(), now);
                    }
                    case Event.OrderFilled f -> {
                        double after = flow + f.fill().side().sign() * f.fill().quantity();
                        if (orderOf(events, f.fill().orderId()).reduceOnly()) {
                            assertThat(after * Math.signum(flow)).as("an exit never flips the position")
                                    .isGreaterThanOrEqualTo(-1e-9);
                        }
                        flow = after;
                    }
                    default -> { }
                }
            }
            if (legCount > 0) {
                assertThat(legs).as("bar %d: take-profit legs add up to the position", i)
                        .isCloseTo(TST.floorToLot(Math.abs(pos)), within(1e-9));
            }
            // accounting identity
            double identity = portfolio.account().realizedPnl() + portfolio.unrealizedPnl()
                    - portfolio.account().feesPaid();
            assertThat(portfolio.equity() - 10_000).isCloseTo(identity, within(1e-6));
        }
        assertThat(plansSeen).as("plans opened").isPositive();
        assertThat(ratchets + portfolio.closedTrades().size()).isPositive();
        for (ClosedTrade t : portfolio.closedTrades()) {
            assertThat(ExitReason.of(t.exitReason())).as("exit reason %s", t.exitReason()).isPresent();
        }
        assertThat(engine.exitSummary().counts().values().stream().mapToLong(Long::longValue).sum())
                .isGreaterThanOrEqualTo(portfolio.closedTrades().size());
    }

    private static Order orderOf(List<Event> events, ClientOrderId id) {
        for (Event e : events) {
            if (e instanceof Event.OrderSubmitted s && s.order().id().equals(id)) {
                return s.order();
            }
        }
        throw new AssertionError("fill of an order never submitted: " + id);
    }
}
