package dev.kairos.engine.core;

import static dev.kairos.engine.testsupport.Bars.HOUR;
import static dev.kairos.engine.testsupport.Bars.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.analytics.indicator.Atr;
import dev.kairos.engine.bus.MessageBus;
import dev.kairos.engine.clock.SimulatedClock;
import dev.kairos.engine.portfolio.Portfolio;
import dev.kairos.engine.risk.RiskEngine;
import dev.kairos.engine.sizing.RegimeMultiplier;
import dev.kairos.engine.sizing.SizingConfig;
import dev.kairos.engine.sizing.SizingDecision;
import dev.kairos.engine.sizing.SizingMethod;
import dev.kairos.engine.sizing.SizingReason;
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
import dev.kairos.model.event.Direction;
import dev.kairos.model.event.Event;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.Timeframe;
import dev.kairos.model.regime.ConfidenceLevel;
import dev.kairos.model.regime.Regime;
import dev.kairos.model.regime.RegimeConfidence;
import dev.kairos.model.regime.RegimeProbabilities;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The engine sizes signals with ATR risk on a request built from its own per-bar ATR and the latest regime on
 * the bus: a signal before the ATR exists is sized to zero (and counted), the next one is tried again and sized
 * as hand-computed from the batch ATR, and a regime update shrinks the size and widens the stop.
 */
class TradingEngineSizingTest {
    private static final Instrument TST = Bars.instrument("TST-USD");

    @Test
    void atrRiskSizingFromTheEnginesAtrAndTheLatestRegime() {
        BarSeries walk = Bars.randomWalk(TST.id(), HOUR, 60, 17, -1, 0);
        BarSeries.Builder b = new BarSeries.Builder(TST.id(), walk.size());
        for (int i = 0; i < walk.size(); i++) {
            b.add(walk.timestamp(i), walk.open(i), walk.high(i), walk.low(i), walk.close(i), 1e9);
        }
        BarSeries s = b.build(HOUR);
        Map<Integer, Direction> script = Map.of(5, Direction.LONG, 30, Direction.LONG, 40, Direction.FLAT,
                50, Direction.LONG);
        Strategy scripted = (series, i, ctx) -> {
            Direction d = script.get(i);
            if (d != null) {
                ctx.signal(d, 0.5, "scripted at bar " + i);
            }
        };
        MessageBus bus = new MessageBus();
        List<Event> events = new ArrayList<>();
        bus.subscribeAll(events::add);
        SimulatedClock clock = new SimulatedClock(T0);
        Portfolio portfolio = new Portfolio(List.of(TST), 10_000);
        TradingEngine engine = new TradingEngine(List.of(TST), List.of(scripted), new StrategyId("script"), portfolio,
                SizingConfig.defaults(1.0).withMethod(SizingMethod.ATR_RISK).withRegime(RegimeMultiplier.DEFAULTS).policy(1), RiskEngine.standard(5.0),
                bus, clock, false);
        VenueConfig cfg = new VenueConfig(new FeeModel(0, 0), new SlippageModel(0, 0), new LatencyModel(0, 0),
                new FillModel(1.0));
        engine.connect(new SimulatedVenue(cfg, List.of(TST), portfolio, engine, new SplittableRandom(1)));
        double[] atr = Atr.batch(s.highs(), s.lows(), s.closes(), 14);

        double equityAt50 = Double.NaN;
        for (int i = 0; i < s.size(); i++) {
            if (i == 45) {
                bus.publish(new Event.RegimeUpdate(s.closeTime(44), TST.id(), Timeframe.ONE_HOUR,
                        Regime.VOLATILE_RANGE, RegimeProbabilities.uniform(),
                        new RegimeConfidence(1.0, ConfidenceLevel.HIGH, 1, 1, 1, 1, 1)));
            }
            if (i == 50) {
                equityAt50 = portfolio.equity(); // flat since bar 41: marking does not change it
            }
            clock.advanceTo(s.closeTime(i));
            engine.onBar(0, s, i);
        }

        List<Event.OrderSubmitted> orders = events.stream().filter(e -> e instanceof Event.OrderSubmitted)
                .map(e -> (Event.OrderSubmitted) e).toList();
        assertThat(orders).hasSize(3);
        assertThat(engine.sizedToZero()).containsExactly(Map.entry(SizingReason.UNKNOWN_STOP.key(), 1L));
        // bar 30: risk 1 % of 10 000 over a 2-ATR stop, below the 1 × equity cap
        double q30 = 10_000 * 0.01 / (2 * atr[30]);
        assertThat(q30 * s.close(30)).isLessThan(10_000);
        assertThat(orders.get(0).timestamp()).isEqualTo(s.closeTime(30));
        assertThat(orders.get(0).order().quantity()).isCloseTo(TST.floorToLot(q30), within(1e-9));
        // bar 50 in a certain volatile range: the stop 1.5 × wider, the size × 0.5
        double q50 = equityAt50 * 0.01 / (2 * 1.5 * atr[50]) * 0.5;
        assertThat(orders.get(2).timestamp()).isEqualTo(s.closeTime(50));
        assertThat(orders.get(2).order().quantity()).isCloseTo(TST.floorToLot(q50), within(1e-9));
        SizingDecision last = engine.lastSizing(0).orElseThrow();
        assertThat(last.reason()).isEqualTo(SizingReason.SIZED);
        assertThat(last.multiplier()).isEqualTo(0.5);
        assertThat(last.stops().stop()).isCloseTo(2 * 1.5 * atr[50], within(1e-9));
        // target: 3 ATR × 1.5 × (0.5 + confidence 0.5)
        assertThat(last.stops().target()).isCloseTo(3 * 1.5 * atr[50], within(1e-9));
        // the closed trade (bar 30 → 40) reached the benchmarker, under the default exit reason
        assertThat(engine.performance().record(new StrategyId("script")).trades()).isEqualTo(1);
        assertThat(engine.performance().exits("signal")).isEqualTo(1);
    }
}
