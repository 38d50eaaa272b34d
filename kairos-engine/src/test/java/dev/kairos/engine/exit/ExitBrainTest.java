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
import dev.kairos.engine.risk.TradingState;
import dev.kairos.engine.sizing.FixedFractionSizing;
import dev.kairos.engine.strategy.Strategy;
import dev.kairos.engine.testsupport.Bars;
import dev.kairos.engine.venue.FeeModel;
import dev.kairos.engine.venue.FillModel;
import dev.kairos.engine.venue.LatencyModel;
import dev.kairos.engine.venue.SimulatedVenue;
import dev.kairos.engine.venue.SlippageModel;
import dev.kairos.engine.venue.VenueConfig;
import dev.kairos.model.Instrument;
import dev.kairos.model.event.Direction;
import dev.kairos.model.event.Event;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.order.Order;
import dev.kairos.model.order.OrderSpec;
import dev.kairos.model.order.Side;
import dev.kairos.model.portfolio.ClosedTrade;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The exit brain inside the engine, bar by bar with a scripted strategy: the predictive alert, a position that
 * grows while its plan is open, a short, and an exit a risk check denies. 10 000 of equity all in: 100 units
 * at 100; R = 5 %; take-profits 1 / 2.5 / 4 R for 40 / 40 / 20 %; breakeven after TP1; hard stop 1.5 R;
 * taker 10 bps, maker 2 bps, no slippage.
 */
class ExitBrainTest {
    private static final Instrument TST = Bars.instrument("TST-USD");
    private static final ExitConfig EXITS = new ExitConfig(true, new ExitConfig.InitialStop.Percent(5), 14,
            List.of(1.0, 2.5, 4.0), List.of(0.4, 0.4, 0.2), 1, new ExitConfig.Trailing.Off(), 0, 1.5,
            ExitConfig.Adaptive.off());

    private static final class Harness {
        final TradingEngine engine;
        final Portfolio portfolio;
        final List<Event> events = new ArrayList<>();
        final BarSeries bars;
        final SimulatedClock clock = new SimulatedClock(T0);

        MessageBus bus;

        Harness(Map<Integer, Direction> script, double maxVolumeShare, double[]... rows) {
            bars = Bars.series(TST.id(), HOUR, rows);
            Strategy scripted = (series, i, ctx) -> {
                Direction d = script.get(i);
                if (d != null) {
                    ctx.signal(d, 0.8, "scripted at bar " + i);
                }
            };
            bus = new MessageBus();
            bus.subscribeAll(events::add);
            portfolio = new Portfolio(List.of(TST), 10_000);
            engine = new TradingEngine(List.of(TST), List.of(scripted), new dev.kairos.model.StrategyId("script"),
                    portfolio, new FixedFractionSizing(1.0, 1), RiskEngine.standard(5.0), bus, clock, true);
            VenueConfig cfg = new VenueConfig(new FeeModel(2, 10), new SlippageModel(0, 0), new LatencyModel(0, 0),
                    new FillModel(maxVolumeShare));
            engine.connect(new SimulatedVenue(cfg, List.of(TST), portfolio, engine, new SplittableRandom(1)));
            engine.useExits(EXITS, 0.001, new RollingHitRates(10), HealthSignal.HEALTHY);
        }

        void process(int i) {
            clock.advanceTo(bars.closeTime(i));
            engine.onBar(0, bars, i);
        }

        void processAll() {
            for (int i = 0; i < bars.size(); i++) {
                process(i);
            }
        }

        ExitPlan plan() {
            return engine.exits().plan(0);
        }

        List<Order> submitted() {
            return events.stream().filter(e -> e instanceof Event.OrderSubmitted).map(e -> ((Event.OrderSubmitted) e)
                    .order()).toList();
        }

        <T extends Event> List<T> events(Class<T> type) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    private static double[] bar(double o, double h, double l, double c, double v) {
        return new double[] {o, h, l, c, v};
    }

    private static double trigger(Order o) {
        return ((OrderSpec.StopMarket) o.spec()).triggerPrice();
    }

    private static double limit(Order o) {
        return ((OrderSpec.Limit) o.spec()).price();
    }

    @Test
    void aPredictiveAlertTightensTheStopAndTheHardStopToBreakeven() {
        Harness h = new Harness(Map.of(0, Direction.LONG), 1.0,
                bar(100, 100.5, 99.5, 100, 1e6),
                bar(100, 101, 99, 100.5, 1e6),
                bar(100.5, 101, 99.5, 100, 1e6),
                bar(100, 100.5, 99.5, 100, 1e6));
        h.process(0);
        h.process(1);
        assertThat(h.plan().stop()).isEqualTo(95.0);
        assertThat(h.engine.tightenTowardBreakeven(0, 1.0)).isTrue();
        // 100 × 1.001 / 0.999 = 100.2002; the hard stop 0.5 R behind: 97.7002 → 97.70 on the tick
        assertThat(h.plan().stop()).isCloseTo(100.2002002, within(1e-7));
        assertThat(h.plan().stopReason()).isEqualTo(ExitReason.BREAKEVEN);
        Event.OrderModified m = h.events(Event.OrderModified.class).get(0);
        assertThat(m.timestamp()).isEqualTo(h.bars.closeTime(1));
        assertThat(((OrderSpec.StopMarket) m.spec()).triggerPrice()).isCloseTo(97.70, within(1e-9));
        assertThat(h.engine.tightenTowardBreakeven(0, 0.5)).as("never loosens, nothing to tighten").isFalse();
        h.process(2);   // close 100 ≤ 100.2002
        h.process(3);
        ClosedTrade t = h.portfolio.closedTrades().get(0);
        assertThat(t.exitReason()).isEqualTo("breakeven");
        assertThat(t.exitPrice()).isEqualTo(100.0);
        assertThat(h.engine.exitSummary().counts()).containsEntry("breakeven", 1L);
    }

    @Test
    void anExitAlertOnTheBusTightensTheStopLikeTheMethod() {
        Harness h = new Harness(Map.of(0, Direction.LONG), 1.0,
                bar(100, 100.5, 99.5, 100, 1e6),
                bar(100, 101, 99, 100.5, 1e6),
                bar(100.5, 101, 99.5, 100, 1e6));
        h.process(0);
        h.process(1);
        assertThat(h.plan().stop()).isEqualTo(95.0);
        // an alert for another instrument changes nothing
        h.bus.publish(new Event.ExitAlert(h.bars.closeTime(1), dev.kairos.model.InstrumentId.of("OTHER-USD"), 1.0,
                "model says risk"));
        assertThat(h.plan().stop()).isEqualTo(95.0);
        // half way from 95 to breakeven 100.2002
        h.bus.publish(new Event.ExitAlert(h.bars.closeTime(1), TST.id(), 0.5, "model says risk"));
        assertThat(h.plan().stop()).isCloseTo(95.0 + 0.5 * (100.2002002 - 95.0), within(1e-6));
        assertThat(h.events(Event.ExitAlert.class)).hasSize(2);
    }

    @Test
    void aPositionThatKeepsFillingGetsItsPlanReanchoredAndItsOrdersResized() {
        // 10 % of 500 = 50 per bar: the 100 units fill 50 at 100 (bar 1), then 50 at 101 (bar 2)
        Harness h = new Harness(Map.of(0, Direction.LONG), 0.1,
                bar(100, 100.5, 99.5, 100, 500),
                bar(100, 101, 99, 100.5, 500),
                bar(101, 102, 100, 101.5, 500));
        h.process(0);
        h.process(1);
        List<Order> first = h.submitted().subList(1, 5);
        // 50 units: legs 20 @ 105, 20 @ 112.5, 10 @ 120; hard stop 50 @ 92.5
        assertThat(first).extracting(Order::quantity).containsExactly(20.0, 20.0, 10.0, 50.0);
        assertThat(first.subList(0, 3)).extracting(ExitBrainTest::limit).containsExactly(105.0, 112.5, 120.0);
        assertThat(trigger(first.get(3))).isEqualTo(92.5);
        assertThat(first).allSatisfy(o -> assertThat(o.reduceOnly()).isTrue());
        h.process(2);
        // average entry 100.5: stop max(95, 95.5); targets 100.5 + {5, 12.5, 20}; hard 95.5 − 2.5
        assertThat(h.plan().entry()).isEqualTo(100.5);
        assertThat(h.plan().stop()).isEqualTo(95.5);
        assertThat(h.events(Event.OrderCanceled.class)).hasSize(4).allSatisfy(c -> assertThat(c.reason())
                .isEqualTo("exit plan resized to 100.0"));
        List<Order> second = h.submitted().subList(5, 9);
        assertThat(second).extracting(Order::quantity).containsExactly(40.0, 40.0, 20.0, 100.0);
        assertThat(second.subList(0, 3)).extracting(ExitBrainTest::limit).containsExactly(105.5, 113.0, 120.5);
        assertThat(trigger(second.get(3))).isEqualTo(93.0);
        assertThat(h.engine.exits().hardStopOrder(0)).contains(second.get(3).id());
    }

    @Test
    void aShortsPlanIsMirrored() {
        Harness h = new Harness(Map.of(0, Direction.SHORT), 1.0,
                bar(100, 100.5, 99.5, 100, 1e6),
                bar(100, 101, 99, 99.5, 1e6),       // 1: sell 100 @ 100
                bar(99.5, 100, 94, 95.5, 1e6),      // 2: low 94 through 95: TP1 buys 40 @ 95 → breakeven
                bar(95.5, 100.5, 95, 100, 1e6),     // 3: close 100 ≥ 99.8002: buy back the 60
                bar(100, 100.5, 99.5, 100, 1e6));
        h.processAll();
        List<Order> placed = h.submitted().subList(1, 5);
        assertThat(placed).allSatisfy(o -> assertThat(o.side()).isEqualTo(Side.BUY));
        assertThat(placed.subList(0, 3)).extracting(ExitBrainTest::limit).containsExactly(95.0, 87.5, 80.0);
        assertThat(trigger(placed.get(3))).isEqualTo(107.5);
        // breakeven 100 × 0.999 / 1.001 = 99.8002; hard stop 0.5 R above: 102.3002 → 102.30
        assertThat(((OrderSpec.StopMarket) h.events(Event.OrderModified.class).get(0).spec()).triggerPrice())
                .isCloseTo(102.30, within(1e-9));
        assertThat(h.engine.exitSummary().fills()).extracting(ExitFill::reason).containsExactly("tp1", "breakeven");
        assertThat(h.engine.exitSummary().fills()).extracting(ExitFill::quantity).containsExactly(40.0, 60.0);
        assertThat(h.portfolio.positionQuantity(0)).isZero();
    }

    @Test
    void anExitADeniedRiskCheckStopsIsTriedAgainOnTheNextCloseAndTheHardStopStays() {
        Harness h = new Harness(Map.of(0, Direction.LONG), 1.0,
                bar(100, 100.5, 99.5, 100, 1e6),
                bar(100, 101, 98.5, 99, 1e6),
                bar(99, 99.5, 94, 94.5, 1e6),       // close 94.5 ≤ 95: exit, but trading is halted
                bar(94.5, 95, 93, 94, 1e6),         // still through: exit sent
                bar(94, 94.5, 93.5, 94, 1e6));      // filled at the open 94
        h.process(0);
        h.process(1);
        h.engine.risk().setState(TradingState.HALTED);
        h.process(2);
        assertThat(h.events(Event.OrderDenied.class)).singleElement().satisfies(d -> {
            assertThat(d.check()).isEqualTo("trading-state");
            assertThat(d.order().reduceOnly()).isTrue();
        });
        assertThat(h.events(Event.OrderCanceled.class)).as("the resting orders stay while the exit is denied")
                .isEmpty();
        assertThat(h.engine.exits().hardStopOrder(0)).isPresent();
        h.engine.risk().setState(TradingState.ACTIVE);
        h.process(3);
        h.process(4);
        assertThat(h.engine.exitSummary().fills()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo("stop");
            assertThat(f.price()).isEqualTo(94.0);
        });
        assertThat(h.plan().isActive()).isFalse();
        assertThat(h.engine.exits().hardStopOrder(0)).isEmpty();
    }
}
