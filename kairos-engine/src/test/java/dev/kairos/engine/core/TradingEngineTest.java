package dev.kairos.engine.core;

import static dev.kairos.engine.testsupport.Bars.HOUR;
import static dev.kairos.engine.testsupport.Bars.T0;
import static dev.kairos.engine.testsupport.Bars.bar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.engine.bus.MessageBus;
import dev.kairos.engine.clock.SimulatedClock;
import dev.kairos.engine.portfolio.FundingSchedule;
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
import dev.kairos.model.ClientOrderId;
import dev.kairos.model.Instrument;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.InstrumentKind;
import dev.kairos.model.StrategyId;
import dev.kairos.model.event.Direction;
import dev.kairos.model.event.Event;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.FundingRates;
import dev.kairos.model.order.Fill;
import dev.kairos.model.order.Order;
import dev.kairos.model.order.OrderStatus;
import dev.kairos.model.order.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The engine's life of a bar with a scripted strategy: partial fills capped by volume, a new signal
 * cancelling the working remainder, SHORT meaning flat when shorts are off, the kill switch denying (and a
 * denied order not taking the target), funding between the fills and the mark, and the execution statistics
 * (fill ratio, latency) that come out of it.
 */
class TradingEngineTest {
    private static final Instrument TST = Bars.instrument("TST-USD");

    @Test
    void partialFillsSupersedingSignalsAndTheKillSwitch() {
        // eight flat bars at 100 trading 100 each; at most 10 % of a bar → 10 units per bar; taker 10 bps
        double[][] rows = new double[8][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = bar(100, 101, 99, 100, 100);
        }
        BarSeries s = Bars.series(TST.id(), HOUR, rows);
        Map<Integer, Direction> script = Map.of(0, Direction.LONG, 3, Direction.FLAT, 4, Direction.SHORT,
                5, Direction.LONG);
        Strategy scripted = (series, i, ctx) -> {
            Direction d = script.get(i);
            if (d != null) {
                ctx.signal(d, 0.8, "scripted at bar " + i);
            }
        };
        MessageBus bus = new MessageBus();
        List<Event> events = new ArrayList<>();
        bus.subscribeAll(events::add);
        SimulatedClock clock = new SimulatedClock(T0);
        Portfolio portfolio = new Portfolio(List.of(TST), 10_000);
        TradingEngine engine = new TradingEngine(List.of(TST), List.of(scripted), new StrategyId("script"), portfolio,
                new FixedFractionSizing(0.5, 1), RiskEngine.standard(2.0), bus, clock, false);
        VenueConfig cfg = new VenueConfig(new FeeModel(0, 10), new SlippageModel(0, 0), new LatencyModel(0, 0),
                new FillModel(0.1));
        engine.connect(new SimulatedVenue(cfg, List.of(TST), portfolio, engine, new SplittableRandom(1)));

        for (int i = 0; i < s.size(); i++) {
            if (i == 5) {
                engine.risk().setState(TradingState.HALTED);
            }
            clock.advanceTo(s.closeTime(i));
            engine.onBar(0, s, i);
        }

        // bar 0: LONG → 10 000 × 0.5 / 100 = 50 units (O-1); bars 1-3 fill 10 each
        // bar 3: FLAT → O-1's remaining 20 cancelled, sell the 30 held (O-2); bars 4, 5 fill 10 each
        // bar 4: SHORT with shorts off means FLAT: already the target, nothing
        // bar 5: LONG while HALTED → O-2's remaining 10 cancelled; equity 10 000 − 5 fees = 9 995 →
        //        9 995 × 0.5 / 100 = 49.975, buy 49.975 − 10 = 39.975: denied
        ClientOrderId o1 = ClientOrderId.sequence(1);
        ClientOrderId o2 = ClientOrderId.sequence(2);
        List<Fill> fills = events.stream().filter(e -> e instanceof Event.OrderFilled)
                .map(e -> ((Event.OrderFilled) e).fill()).toList();
        assertThat(fills).extracting(Fill::orderId).containsExactly(o1, o1, o1, o2, o2);
        assertThat(fills).allSatisfy(f -> assertThat(f.quantity()).isCloseTo(10, within(1e-9)));
        assertThat(fills).extracting(Fill::side).containsExactly(Side.BUY, Side.BUY, Side.BUY, Side.SELL, Side.SELL);
        assertThat(events).contains(new Event.OrderCanceled(s.closeTime(3), o1, "superseded by FLAT signal"),
                new Event.OrderCanceled(s.closeTime(5), o2, "superseded by LONG signal"));
        Event.OrderDenied denied = events.stream().filter(e -> e instanceof Event.OrderDenied)
                .map(e -> (Event.OrderDenied) e).findFirst().orElseThrow();
        assertThat(denied.check()).isEqualTo("trading-state");
        assertThat(denied.reason()).contains("HALTED");
        assertThat(denied.order().side()).isEqualTo(Side.BUY);
        assertThat(denied.order().quantity()).isCloseTo(39.975, within(1e-9));
        assertThat(denied.timestamp()).isEqualTo(s.closeTime(5));

        assertThat(engine.signals()).isEqualTo(4);
        assertThat(engine.ordersSubmitted()).isEqualTo(2);
        assertThat(engine.ordersDenied()).isEqualTo(1);
        assertThat(engine.deniedByCheck()).containsExactly(Map.entry("trading-state", 1L));
        assertThat(portfolio.positionQuantity(0)).isCloseTo(10, within(1e-9));
        // all at 100: nothing realised; fees 50 × 100 × 0.001 = 5
        assertThat(portfolio.account().feesPaid()).isCloseTo(5, within(1e-9));
        assertThat(portfolio.equity()).isCloseTo(9_995, within(1e-9));

        ExecutionStats ex = engine.execution();
        assertThat(ex.orders()).isEqualTo(2);
        assertThat(ex.fills()).isEqualTo(5);
        // filled 50 of the 50 + 30 ordered
        assertThat(ex.fillRatio()).isCloseTo(50.0 / 80, within(1e-12));
        // O-1 decided at T0+1h filled at T0+1h, +2h, +3h (0, 1 h, 2 h); O-2 decided at T0+4h filled at
        // T0+4h, T0+5h (0, 1 h): mean 4 h / 5 = 2 880 000 ms
        assertThat(ex.avgLatencyMs()).isCloseTo(2_880_000, within(1e-6));
        assertThat(ex.avgSlippageBps()).isZero();
        List<Event.OrderFilled> filled = events.stream().filter(e -> e instanceof Event.OrderFilled)
                .map(e -> (Event.OrderFilled) e).toList();
        assertThat(filled).extracting(Event.OrderFilled::status).containsExactly(OrderStatus.PARTIALLY_FILLED,
                OrderStatus.PARTIALLY_FILLED, OrderStatus.PARTIALLY_FILLED, OrderStatus.PARTIALLY_FILLED,
                OrderStatus.PARTIALLY_FILLED);
        assertThat(filled).extracting(Event.OrderFilled::leavesQuantity).containsExactly(40.0, 30.0, 20.0, 20.0,
                10.0);
    }

    /** Bars opening and closing at 100 + i (volume 10 000), a scripted strategy, shorts off, no fees: the engine and its events. */
    private record Scripted(TradingEngine engine, Portfolio portfolio, List<Event> events, BarSeries bars,
                            SimulatedClock clock) {
        static Scripted of(Instrument ins, FundingSchedule funding, Map<Integer, Direction> script, int bars) {
            double[][] rows = new double[bars][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = bar(100 + i, 101 + i, 99 + i, 100 + i, 10_000);
            }
            BarSeries s = Bars.series(ins.id(), HOUR, rows);
            Strategy scripted = (series, i, ctx) -> {
                Direction d = script.get(i);
                if (d != null) {
                    ctx.signal(d, 0.8, "scripted at bar " + i);
                }
            };
            MessageBus bus = new MessageBus();
            List<Event> events = new ArrayList<>();
            bus.subscribeAll(events::add);
            SimulatedClock clock = new SimulatedClock(T0);
            Portfolio portfolio = new Portfolio(List.of(ins), 10_000);
            TradingEngine engine = new TradingEngine(List.of(ins), List.of(scripted), new StrategyId("script"),
                    portfolio, funding, new FixedFractionSizing(0.5, 1), RiskEngine.standard(2.0), bus, clock, false);
            VenueConfig cfg = new VenueConfig(new FeeModel(0, 0), new SlippageModel(0, 0), new LatencyModel(0, 0),
                    new FillModel(1.0));
            engine.connect(new SimulatedVenue(cfg, List.of(ins), portfolio, engine, new SplittableRandom(1)));
            return new Scripted(engine, portfolio, events, s, clock);
        }

        void process(int i) {
            clock.advanceTo(bars.closeTime(i));
            engine.onBar(0, bars, i);
        }
    }

    @Test
    void aDeniedOrderRestoresTheTargetSoTheNextSignalInThatDirectionTriesAgain() {
        Scripted r = Scripted.of(TST, new FundingSchedule(List.of(FundingRates.none(TST.id()))),
                Map.of(0, Direction.LONG, 2, Direction.LONG), 5);
        r.engine().risk().setState(TradingState.HALTED);
        r.process(0);                       // LONG while halted: denied
        r.engine().risk().setState(TradingState.ACTIVE);
        r.process(1);
        r.process(2);                       // LONG again: the target is still FLAT, so it is tried, and sent
        r.process(3);                       // fills at bar 3's open: 10 000 × 0.5 / 102 (bar 2's close) = 49.019
        assertThat(r.engine().signals()).isEqualTo(2);
        assertThat(r.engine().ordersDenied()).isEqualTo(1);
        assertThat(r.engine().ordersSubmitted()).isEqualTo(1);
        assertThat(r.events()).filteredOn(e -> e instanceof Event.OrderSubmitted).singleElement()
                .satisfies(e -> assertThat(((Event.OrderSubmitted) e).order().id()).isEqualTo(
                        ClientOrderId.sequence(2)));
        assertThat(r.portfolio().positionQuantity(0)).isCloseTo(49.019, within(1e-9));
    }

    @Test
    void fundingIsAppliedAfterTheBarsFillsOnThePositionTheyLeaveMarkedAtTheClose() {
        Instrument perp = new Instrument(InstrumentId.of("TST-USDT-PERP"), InstrumentKind.PERPETUAL, 0.01, 0.001, 1.0);
        // funding at 1:30 (inside bar 1) and 0:30 (inside bar 0, still flat): only the first is charged
        FundingRates rates = new FundingRates(perp.id(), new long[] {T0 + HOUR / 2, T0 + HOUR + HOUR / 2},
                new double[] {0.01, 0.001});
        Scripted r = Scripted.of(perp, new FundingSchedule(List.of(rates)), Map.of(0, Direction.LONG), 3);
        r.process(0);                       // LONG: buy 10 000 × 0.5 / 100 = 50
        r.process(1);                       // filled at the open 101, then funding 0.001 × 50 × close 101 = 5.05
        List<Class<?>> kinds = r.events().stream().<Class<?>>map(Object::getClass).toList();
        assertThat(kinds).containsSubsequence(Event.OrderFilled.class, Event.PositionChanged.class,
                Event.FundingApplied.class);
        Event.FundingApplied f = r.events().stream().filter(e -> e instanceof Event.FundingApplied)
                .map(e -> (Event.FundingApplied) e).findFirst().orElseThrow();
        assertThat(f).isEqualTo(new Event.FundingApplied(T0 + HOUR + HOUR / 2, perp.id(), 0.001, 50 * 101.0,
                0.001 * (50 * 101.0)));
        assertThat(r.portfolio().account().fundingPaid()).isCloseTo(5.05, within(1e-12));
        assertThat(r.portfolio().account().cash()).isCloseTo(10_000 - 5.05, within(1e-9));
        assertThat(r.portfolio().equity()).isCloseTo(10_000 - 5.05, within(1e-9));
    }

    @Test
    void theFundingScheduleMustCoverEveryInstrument() {
        assertThatThrownBy(() -> new TradingEngine(List.of(TST), List.of((s, i, c) -> { }), new StrategyId("x"),
                new Portfolio(List.of(TST), 1), new FundingSchedule(List.of()), new FixedFractionSizing(1, 1),
                RiskEngine.standard(1), new MessageBus(), new SimulatedClock(T0), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("funding");
    }

    @Test
    void executionStatsWeighSlippageByQuantity() {
        ExecutionStats ex = new ExecutionStats();
        assertThat(ex.fillRatio()).isEqualTo(1.0);
        assertThat(ex.avgSlippageBps()).isZero();
        assertThat(ex.avgLatencyMs()).isZero();
        Order order = Order.market(ClientOrderId.sequence(1), TST.id(), new StrategyId("x"),
                Side.BUY, 2.5, T0);
        ex.onSubmit(order);
        ex.onFill(new Fill(order.id(), TST.id(), Side.BUY, 1, 100.1, 0, Fill.Liquidity.TAKER, T0, 100, 10, 0));
        ex.onFill(new Fill(order.id(), TST.id(), Side.BUY, 1, 100.2, 0, Fill.Liquidity.TAKER, T0 + HOUR, 100, 20,
                HOUR));
        assertThat(ex.fillRatio()).isCloseTo(0.8, within(1e-12));
        assertThat(ex.avgSlippageBps()).isCloseTo(15, within(1e-12));
        ex.onFill(new Fill(order.id(), TST.id(), Side.BUY, 0.5, 99.9, 0, Fill.Liquidity.TAKER, T0 + 2 * HOUR, 100,
                -10, 2 * HOUR));
        // (10 + 20 − 5) / 2.5 = 10 bps; latency (0 + 1 h + 2 h) / 3 = 1 h
        assertThat(ex.fillRatio()).isCloseTo(1.0, within(1e-12));
        assertThat(ex.avgSlippageBps()).isCloseTo(10, within(1e-12));
        assertThat(ex.avgLatencyMs()).isCloseTo(HOUR, within(1e-9));
    }
}
