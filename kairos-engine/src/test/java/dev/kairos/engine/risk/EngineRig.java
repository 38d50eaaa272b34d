package dev.kairos.engine.risk;

import static dev.kairos.engine.testsupport.Bars.T0;

import dev.kairos.engine.bus.MessageBus;
import dev.kairos.engine.clock.SimulatedClock;
import dev.kairos.engine.core.TradingEngine;
import dev.kairos.engine.portfolio.Portfolio;
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
import dev.kairos.model.StrategyId;
import dev.kairos.model.event.Event;
import dev.kairos.model.market.BarSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * A trading engine over aligned bar series of equal interval, with a free venue (no fees, slippage or latency,
 * whole bar volume) and the given risk engine; {@link #events} holds every bus event in order. Subscribers added
 * with {@link #bus} see events after the risk engine's own handlers.
 */
record EngineRig(TradingEngine engine, Portfolio portfolio, MessageBus bus, SimulatedClock clock,
                 List<BarSeries> series, List<Event> events) {

    static EngineRig of(List<BarSeries> series, IntFunction<Strategy> strategies, RiskEngine risk, double fraction,
                        boolean allowShort) {
        List<Instrument> instruments = series.stream().map(s -> Bars.instrument(s.instrument().symbol())).toList();
        List<Strategy> list = new ArrayList<>();
        for (int k = 0; k < series.size(); k++) {
            list.add(strategies.apply(k));
        }
        MessageBus bus = new MessageBus();
        List<Event> events = new ArrayList<>();
        bus.subscribeAll(events::add);
        SimulatedClock clock = new SimulatedClock(T0);
        Portfolio portfolio = new Portfolio(instruments, 10_000);
        TradingEngine engine = new TradingEngine(instruments, list, new StrategyId("rig"), portfolio,
                new FixedFractionSizing(fraction, instruments.size()), risk, bus, clock, allowShort);
        VenueConfig free = new VenueConfig(new FeeModel(0, 0), new SlippageModel(0, 0), new LatencyModel(0, 0),
                new FillModel(1.0));
        engine.connect(new SimulatedVenue(free, instruments, portfolio, engine, new SplittableRandom(1)));
        return new EngineRig(engine, portfolio, bus, clock, series, events);
    }

    /** Processes bar {@code i} of every instrument that has one, in instrument order. */
    void step(int i) {
        for (int k = 0; k < series.size(); k++) {
            BarSeries s = series.get(k);
            if (i < s.size()) {
                clock.advanceTo(s.closeTime(i));
                engine.onBar(k, s, i);
            }
        }
    }

    void run() {
        int n = series.stream().mapToInt(BarSeries::size).max().orElse(0);
        for (int i = 0; i < n; i++) {
            step(i);
        }
    }

    <E extends Event> List<E> all(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
