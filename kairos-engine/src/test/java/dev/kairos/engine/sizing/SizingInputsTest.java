package dev.kairos.engine.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.analytics.indicator.Atr;
import dev.kairos.analytics.indicator.CloseToCloseVolatility;
import dev.kairos.engine.bus.MessageBus;
import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.Instrument;
import dev.kairos.model.StrategyId;
import dev.kairos.model.event.Direction;
import dev.kairos.model.event.Event;
import dev.kairos.model.event.Signal;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.Timeframe;
import dev.kairos.model.order.Side;
import dev.kairos.model.portfolio.ClosedTrade;
import dev.kairos.model.portfolio.PositionSnapshot;
import dev.kairos.model.regime.ConfidenceLevel;
import dev.kairos.model.regime.Regime;
import dev.kairos.model.regime.RegimeConfidence;
import dev.kairos.model.regime.RegimeProbabilities;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-bar measurements, the regime from the bus, and the benchmarker fed with signals and closed trades. */
class SizingInputsTest {
    private static final Instrument A = Bars.instrument("AAA-USD");
    private static final Instrument B = Bars.instrument("BBB-USD");
    private static final StrategyId S = new StrategyId("s");

    private static Event.RegimeUpdate regime(Instrument ins, Regime r, double confidence) {
        return new Event.RegimeUpdate(Bars.T0, ins.id(), Timeframe.ONE_HOUR, r, RegimeProbabilities.uniform(),
                new RegimeConfidence(confidence, ConfidenceLevel.of(confidence), confidence, confidence, 1, 1, 1));
    }

    private static Signal signal(Instrument ins, Direction d) {
        return new Signal(Bars.T0, ins.id(), S, d, 0.5, List.of("test"));
    }

    @Test
    void atrAndVolatilityAgreeWithTheBatchIndicators() {
        BarSeries s = Bars.randomWalk(A.id(), Bars.HOUR, 300, 9, -1, 0);
        InputSettings settings = new InputSettings(10, 20, AdaptiveStops.DEFAULTS, 50, 6);
        SizingInputs in = new SizingInputs(List.of(A), S, settings);
        double[] atr = Atr.batch(s.highs(), s.lows(), s.closes(), 10);
        double[] vol = CloseToCloseVolatility.batch(s.closes(), 20, 365.25 * 24);
        for (int i = 0; i < s.size(); i++) {
            in.onBar(0, s, i);
            if (i < 10) {
                assertThat(in.atr(0)).isNaN();
            } else {
                assertThat(in.atr(0)).isCloseTo(atr[i], within(1e-12));
            }
            if (i < 20) {
                assertThat(in.volatility(0)).isNaN();
            } else {
                assertThat(in.volatility(0)).isCloseTo(vol[i], within(1e-12 * vol[i]));
            }
        }
        SizingRequest r = in.request(0, signal(A, Direction.LONG), s.close(299), 10_000);
        assertThat(r.atr()).isEqualTo(in.atr(0));
        assertThat(r.stops()).isEqualTo(AdaptiveStops.DEFAULTS.distances(atr[299], s.close(299), 0.5,
                java.util.Optional.empty()));
        SizingInputs noVol = new SizingInputs(List.of(A), S, InputSettings.DEFAULTS);
        for (int i = 0; i < s.size(); i++) {
            noVol.onBar(0, s, i);
        }
        assertThat(noVol.volatility(0)).as("not measured").isNaN();
    }

    @Test
    void theRegimeMultiplierIsNeutralUntilARegimeUpdateAndAppliedAfterIt() {
        MessageBus bus = new MessageBus();
        SizingInputs in = new SizingInputs(List.of(A, B), S, InputSettings.DEFAULTS);
        in.listen(bus, List.of());
        ComposedSizing sizing = SizingConfig.defaults(1.0).withRegime(RegimeMultiplier.DEFAULTS).policy(1);
        Signal sig = signal(A, Direction.LONG);
        // 10 000 × 1 / 100 = 100 units
        assertThat(in.regime(0)).isEmpty();
        assertThat(sizing.size(in.request(0, sig, 100, 10_000)).quantity()).isEqualTo(100.0);
        bus.publish(regime(B, Regime.VOLATILE_RANGE, 1.0));
        assertThat(in.regime(0)).as("another instrument's regime").isEmpty();
        assertThat(sizing.size(in.request(0, sig, 100, 10_000)).quantity()).isEqualTo(100.0);
        // volatile range at confidence 0.8: 1 + (0.5 − 1) × 0.8 = 0.6 → 60 units
        bus.publish(regime(A, Regime.VOLATILE_RANGE, 0.8));
        assertThat(in.regime(0)).contains(new RegimeCall(Regime.VOLATILE_RANGE, 0.8));
        SizingDecision d = sizing.size(in.request(0, sig, 100, 10_000));
        assertThat(d.quantity()).isCloseTo(60.0, within(1e-9));
        assertThat(d.multiplier()).isCloseTo(0.6, within(1e-12));
        // the latest update wins
        bus.publish(regime(A, Regime.BULL_TREND, 0.9));
        assertThat(sizing.size(in.request(0, sig, 100, 10_000)).quantity()).isEqualTo(100.0);
    }

    @Test
    void signalsAndClosedTradesOnTheBusFeedTheBenchmarker() {
        MessageBus bus = new MessageBus();
        List<ClosedTrade> trades = new ArrayList<>();
        SizingInputs in = new SizingInputs(List.of(A), S, new InputSettings(14, 0, AdaptiveStops.DEFAULTS, 50, 1));
        in.listen(bus, java.util.Collections.unmodifiableList(trades));
        BarSeries s = Bars.series(A.id(), Bars.HOUR, Bars.bar(100, 101, 99, 100, 10), Bars.bar(100, 106, 99, 105, 10),
                Bars.bar(105, 106, 101, 102, 10));
        in.onBar(0, s, 0);
        bus.publish(signal(A, Direction.LONG));   // at 100, scored at 105: hit
        in.onBar(0, s, 1);
        bus.publish(signal(A, Direction.LONG));   // at 105, scored at 102: miss
        in.onBar(0, s, 2);
        assertThat(in.performance().record(S).signals()).isEqualTo(2);
        assertThat(in.performance().record(S).signalHits()).isEqualTo(1);
        // a trade of 2 units from 100 to 105 net of 1 fee: 9 / 200 = 4.5 %
        trades.add(new ClosedTrade(A.id(), Side.BUY, Bars.T0, Bars.T0 + 1, 2, 100, 105, 9, 1, 1, "tp1"));
        bus.publish(new Event.PositionChanged(Bars.T0 + 1, new PositionSnapshot(A.id(), 0, 0, 10, 0, 105), 10));
        bus.publish(new Event.PositionChanged(Bars.T0 + 2, new PositionSnapshot(A.id(), 0, 0, 10, 0, 105), 0));
        assertThat(in.performance().record(S).trades()).as("each trade once").isEqualTo(1);
        assertThat(in.performance().record(S).averageWin()).isCloseTo(0.045, within(1e-12));
        assertThat(in.performance().exits("tp1")).isEqualTo(1);
    }

    @Test
    void barsAllocateNothing() {
        BarSeries s = Bars.randomWalk(A.id(), Bars.HOUR, 4_096, 5, -1, 0);
        SizingInputs in = new SizingInputs(List.of(A), S, new InputSettings(14, 30, AdaptiveStops.DEFAULTS, 50, 6));
        Runnable loop = () -> {
            for (int rep = 0; rep < 50; rep++) {
                for (int i = 0; i < s.size(); i++) {
                    in.onBar(0, s, i);
                }
            }
        };
        loop.run();
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().threadId();
        long before = mx.getThreadAllocatedBytes(id);
        loop.run();
        assertThat(mx.getThreadAllocatedBytes(id) - before).as("bytes allocated by 204 800 bars").isLessThan(1_024);
    }
}
