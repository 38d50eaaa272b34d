package dev.kairos.engine.backtest;

import dev.kairos.engine.regime.RegimeSettings;
import static dev.kairos.engine.testsupport.Bars.HOUR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.ClientOrderId;
import dev.kairos.model.Instrument;
import dev.kairos.model.event.Event;
import dev.kairos.model.event.Signal;
import dev.kairos.model.market.BarSeries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No lookahead: nothing the engine does up to the close of bar t may depend on a bar after t. A run on a
 * seeded random walk of 2 000 hourly bars is repeated with every bar after a cut point t replaced by new
 * random (valid) bars; everything up to closeTime(t) must be identical in both runs: signals, orders,
 * fills, position changes and equity samples.
 *
 * <p>One precision about "up to closeTime(t)": bars are contiguous, so the open of bar t+1 <em>is</em> the
 * instant closeTime(t). With no latency, an order decided at closeTime(t) (or a remainder still working)
 * executes at that open and its events are stamped closeTime(t), legitimately at bar t+1's open price —
 * they happen at the open, after the decision. So the test compares (1) the whole journal up to and
 * including the equity sample of closeTime(t), i.e. everything emitted while bars 0..t were processed,
 * identical between the runs; (2) that no event stamped before closeTime(t) comes later in the journal;
 * (3) that the only later events stamped exactly closeTime(t) are executions at bar t+1's open (with a
 * latency: only remainders of orders that were already working; a new order arrives after its decision);
 * and (4) the literal statement for every signal, order submission, denial and equity sample stamped
 * &lt;= closeTime(t), and for every event of any kind stamped &lt; closeTime(t).
 */
class NoLookaheadTest {
    private static final Instrument TST = Bars.instrument("TST-USD");
    private static final int BARS = 2_000;
    private static final long SEED = 20_240_101L;
    /** Fixed cut points; the bars of some of the base run's signals (and the bars before them) are added. */
    private static final int[] FIXED_CUTS = {25, 180, 611, 1_000, 1_499, 1_998};

    static Stream<Arguments> variants() {
        return Stream.of(
                Arguments.of("sma-cross", Map.of("fast", "10", "slow", "30"), 0L, 0L),
                Arguments.of("rsi-reversion", Map.of("period", "14"), 0L, 0L),
                // arrival inside the next bar, with seeded jitter
                Arguments.of("sma-cross", Map.of("fast", "10", "slow", "30"), 20 * 60_000L, 15 * 60_000L),
                // arrival after the next bar's close: fills two bars after the decision
                Arguments.of("rsi-reversion", Map.of("period", "14"), 70 * 60_000L, 0L),
                // the regime ensemble (all five detectors, fitted ones included) in the loop
                Arguments.of("regime-ma", Map.of("fast", "5", "slow", "20"), 0L, 0L));
    }

    private static Runs.Outcome run(BarSeries bars, String strategy, Map<String, String> params, long latency,
                                    long jitter) {
        // taker 5 bps, maker 2, slippage 2 bps + 50 bps per volume share, at most 20 % of a bar's volume
        // (positions of ~100 units against bars of 20–420 units: orders fill over several bars)
        BacktestConfig cfg = new BacktestConfig(10_000, Runs.venue(2, 5, 2, 50, latency, jitter, 0.2), 1.0, true,
                3.0, 99);
        RegimeSettings regimes = strategy.equals("regime-ma") ? RegimeSettings.standard()
                : RegimeSettings.off();
        return Runs.run(cfg, regimes, List.of(new MarketData(TST, bars)), strategy, params);
    }

    /**
     * The fixed cuts, plus a dozen bars on which the base run signalled and the bars just before them: a
     * decision reading one bar ahead shows in the journal only where a signal is (or would be) emitted, so
     * those are the cut points that catch it.
     */
    private static int[] cuts(BarSeries s, List<Event> events) {
        List<Integer> signalBars = events.stream().filter(e -> e instanceof Signal)
                .map(e -> (int) ((e.timestamp() - s.timestamp(0)) / s.intervalMs()) - 1).toList();
        TreeSet<Integer> cuts = new TreeSet<>();
        for (int t : FIXED_CUTS) {
            cuts.add(t);
        }
        int every = Math.max(1, signalBars.size() / 12);
        for (int i = 0; i < signalBars.size(); i += every) {
            int bar = signalBars.get(i);
            assertThat(s.closeTime(bar)).isEqualTo(events.stream().filter(e -> e instanceof Signal).toList().get(i)
                    .timestamp());
            cuts.add(bar);
            cuts.add(bar - 1);
        }
        return cuts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int equitySampleAt(List<Event> events, long time) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Event.EquitySample s && s.timestamp() == time) {
                return i;
            }
        }
        throw new AssertionError("no equity sample at " + time);
    }

    private static boolean isExecutionAtTheNextOpen(Event e) {
        return e instanceof Event.OrderAccepted || e instanceof Event.OrderRejected
                || e instanceof Event.OrderTriggered || e instanceof Event.OrderFilled
                || e instanceof Event.PositionChanged || e instanceof Event.OrderCanceled;
    }

    private static boolean isDecisionOrSample(Event e) {
        return e instanceof Signal || e instanceof Event.OrderSubmitted || e instanceof Event.OrderDenied
                || e instanceof Event.EquitySample || e instanceof Event.RegimeUpdate;
    }

    @ParameterizedTest(name = "{0} latency {2} ms jitter {3} ms")
    @MethodSource("variants")
    void nothingUpToTheCloseOfBarTDependsOnLaterBars(String strategy, Map<String, String> params, long latency,
                                                      long jitter) {
        BarSeries original = Bars.randomWalk(TST.id(), HOUR, BARS, SEED, -1, 0);
        Runs.Outcome base = run(original, strategy, params, latency, jitter);
        List<Event> a = base.events();
        assertThat(a.stream().filter(e -> e instanceof Event.OrderFilled).count())
                .as("the run trades (otherwise the test proves nothing)").isGreaterThan(20);
        for (int t : cuts(original, a)) {
            BarSeries perturbed = Bars.randomWalk(TST.id(), HOUR, BARS, SEED, t + 1, SEED + t);
            for (int i = 0; i < BARS; i++) {
                boolean same = original.timestamp(i) == perturbed.timestamp(i) && original.open(i) == perturbed.open(i)
                        && original.high(i) == perturbed.high(i) && original.low(i) == perturbed.low(i)
                        && original.close(i) == perturbed.close(i) && original.volume(i) == perturbed.volume(i);
                assertThat(same).as("bar %d is shared only up to the cut %d", i, t).isEqualTo(i <= t);
            }
            List<Event> b = run(perturbed, strategy, params, latency, jitter).events();
            long cut = original.closeTime(t);

            int pa = equitySampleAt(a, cut);
            int pb = equitySampleAt(b, cut);
            assertThat(b.subList(0, pb + 1)).as("journal up to closeTime(%d)", t).isEqualTo(a.subList(0, pa + 1));

            for (List<Event> run : List.of(a, b)) {
                int p = run == a ? pa : pb;
                Map<ClientOrderId, Long> submittedAt = new HashMap<>();
                for (Event e : run) {
                    if (e instanceof Event.OrderSubmitted sub) {
                        submittedAt.put(sub.order().id(), sub.timestamp());
                    }
                }
                for (Event e : run.subList(p + 1, run.size())) {
                    assertThat(e.timestamp()).as("no back-dated event after the cut %d: %s", t, e)
                            .isGreaterThanOrEqualTo(cut);
                    if (e.timestamp() == cut) {
                        assertThat(isExecutionAtTheNextOpen(e)).as("only executions at bar %d's open: %s", t + 1, e)
                                .isTrue();
                    }
                    if (e instanceof Event.OrderFilled f) {
                        // an order never executes before it has arrived
                        assertThat(f.timestamp()).isGreaterThanOrEqualTo(
                                submittedAt.get(f.fill().orderId()) + latency);
                        if (latency > 0 && f.timestamp() == cut) {
                            assertThat(submittedAt.get(f.fill().orderId()))
                                    .as("with latency, only remainders of orders working before the cut fill at "
                                            + "its instant: %s", f).isLessThan(cut);
                        }
                    }
                    if (latency > 0 && (e instanceof Event.OrderAccepted || e instanceof Event.OrderRejected)) {
                        assertThat(e.timestamp()).as("with latency, arrival is after the decision: %s", e)
                                .isGreaterThan(cut);
                    }
                }
            }
            // the literal statement for every decision and sample: identical when stamped <= closeTime(t)
            assertThat(b.stream().filter(e -> e.timestamp() <= cut && isDecisionOrSample(e)).toList())
                    .isEqualTo(a.stream().filter(e -> e.timestamp() <= cut && isDecisionOrSample(e)).toList());
            // and for every event stamped strictly before closeTime(t)
            assertThat(b.stream().filter(e -> e.timestamp() < cut).toList())
                    .isEqualTo(a.stream().filter(e -> e.timestamp() < cut).toList());
            if (t >= 1_000) {
                assertThat(a.subList(0, pa + 1)).as("the compared prefix holds signals and fills")
                        .anyMatch(e -> e instanceof Signal).anyMatch(e -> e instanceof Event.OrderFilled)
                        .anyMatch(e -> e instanceof Event.PositionChanged);
            }
            if (t < BARS - 1) {
                assertThat(b.subList(pb + 1, b.size())).as("the perturbation changes what comes after %d", t)
                        .isNotEqualTo(a.subList(pa + 1, a.size()));
            }
        }
    }
}
