package dev.kairos.engine.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.model.StrategyId;
import dev.kairos.model.event.Direction;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Rolling windows, trade and leg records, signals scored against the realised move, and no allocation per bar. */
class PerformanceBenchmarkerTest {
    private static final StrategyId A = new StrategyId("a");
    private static final StrategyId B = new StrategyId("b");

    @Test
    void outcomeWindowKeepsTheLastCapacityOutcomes() {
        OutcomeWindow w = new OutcomeWindow(3);
        assertThat(w.hitRate()).isNaN();
        w.add(true, 1);
        w.add(false, -1);
        w.add(true, 2);
        assertThat(w.hits()).isEqualTo(2);
        w.add(false, -3); // replaces (true, 1)
        assertThat(w.samples()).isEqualTo(3);
        assertThat(w.total()).isEqualTo(4);
        assertThat(w.hits()).isEqualTo(1);
        assertThat(w.hitRate()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(w.meanValue(true)).isEqualTo(2.0);
        assertThat(w.meanValue(false)).isEqualTo(-2.0);
        assertThat(w.meanValue()).isCloseTo(-2.0 / 3, within(1e-12));
        assertThatThrownBy(() -> new OutcomeWindow(0)).hasMessageContaining("capacity");
    }

    @Test
    void outcomeWindowAgreesWithARecountOfTheLastOutcomes() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int cap = 1; cap < 40; cap += 3) {
            OutcomeWindow w = new OutcomeWindow(cap);
            boolean[] all = new boolean[500];
            for (int n = 0; n < all.length; n++) {
                all[n] = rnd.nextInt(3) == 0;
                w.add(all[n], all[n] ? 1 : -1);
                int hits = 0;
                for (int j = Math.max(0, n + 1 - cap); j <= n; j++) {
                    hits += all[j] ? 1 : 0;
                }
                assertThat(w.hits()).isEqualTo(hits);
                assertThat(w.samples()).isEqualTo(Math.min(n + 1, cap));
            }
        }
    }

    @Test
    void closedTradesBuildTheStrategyRecordAndTheLegRecords() {
        PerformanceBenchmarker p = new PerformanceBenchmarker(1, 4, 3);
        assertThat(p.record(A)).isEqualTo(TrackRecord.EMPTY);
        p.onTradeClosed(A, "stop", -0.01);
        p.onTradeClosed(A, "tp1", 0.03);
        p.onTradeClosed(A, "tp1", 0.01);
        p.onTradeClosed(A, "signal", -0.03);
        p.onTradeClosed(B, "signal", 0.05);
        TrackRecord a = p.record(A);
        assertThat(a.trades()).isEqualTo(4);
        assertThat(a.wins()).isEqualTo(2);
        assertThat(a.winRate()).isEqualTo(0.5);
        assertThat(a.averageWin()).isCloseTo(0.02, within(1e-12));
        assertThat(a.averageLoss()).isCloseTo(0.02, within(1e-12));
        assertThat(a.payoffRatio()).isCloseTo(1.0, within(1e-12));
        // the window holds 4: a fifth trade pushes the first loss out
        p.onTradeClosed(A, "tp1", 0.02);
        a = p.record(A);
        assertThat(a.trades()).isEqualTo(4);
        assertThat(a.wins()).isEqualTo(3);
        assertThat(a.averageLoss()).isCloseTo(0.03, within(1e-12));
        assertThat(a.payoffRatio()).isCloseTo(0.02 / 0.03, within(1e-12));
        // legs: every strategy's exits through them
        assertThat(p.exits("tp1")).isEqualTo(3);
        assertThat(p.exitWinRate("tp1")).isEqualTo(1.0);
        assertThat(p.exitMeanReturn("tp1")).isCloseTo(0.02, within(1e-12));
        assertThat(p.exits("signal")).isEqualTo(2);
        assertThat(p.exitWinRate("signal")).isEqualTo(0.5);
        assertThat(p.exits("stop")).isEqualTo(1);
        assertThat(p.exitWinRate("stop")).isZero();
        assertThat(p.exits("tp2")).isZero();
        assertThat(p.exitWinRate("tp2")).isNaN();
    }

    @Test
    void legOutcomesGiveTheLegHitRate() {
        PerformanceBenchmarker p = new PerformanceBenchmarker(1, 3, 1);
        assertThat(p.samples("tp1")).isZero();
        assertThat(p.hitRate("tp1")).isNaN();
        p.onLegOutcome("tp1", true);
        p.onLegOutcome("tp1", false);
        p.onLegOutcome("tp1", true);
        p.onLegOutcome("tp2", false);
        assertThat(p.samples("tp1")).isEqualTo(3);
        assertThat(p.hitRate("tp1")).isCloseTo(2.0 / 3, within(1e-12));
        p.onLegOutcome("tp1", false);
        assertThat(p.hitRate("tp1")).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(p.hitRate("tp2")).isZero();
        assertThat(p.legHits("tp1").orElseThrow().total()).isEqualTo(4);
        assertThatThrownBy(() -> p.onLegOutcome(" ", true)).hasMessageContaining("exit leg");
    }

    @Test
    void signalsAreScoredAgainstTheCloseHorizonBarsLater() {
        PerformanceBenchmarker p = new PerformanceBenchmarker(2, 10, 2);
        p.onBar(0, 100);
        p.onBar(1, 50);
        p.onSignal(0, A, Direction.LONG, 100);  // due at instrument 0's bar 3
        p.onSignal(1, A, Direction.SHORT, 50);  // due at instrument 1's bar 3
        p.onSignal(0, A, Direction.FLAT, 100);  // not scored
        p.onBar(0, 90);
        p.onBar(1, 60);
        assertThat(p.record(A).signals()).isZero();
        p.onBar(0, 103);                        // 103 > 100: the LONG was right
        assertThat(p.record(A).signals()).isEqualTo(1);
        assertThat(p.record(A).signalHits()).isEqualTo(1);
        p.onBar(1, 51);                         // 51 > 50: the SHORT was wrong
        assertThat(p.record(A).signals()).isEqualTo(2);
        assertThat(p.record(A).signalHitRate()).isEqualTo(0.5);
        // an unchanged close confirms neither direction
        p.onSignal(0, B, Direction.LONG, 103);
        p.onBar(0, 200);
        p.onBar(0, 103);
        assertThat(p.record(B).signals()).isEqualTo(1);
        assertThat(p.record(B).signalHits()).isZero();
        assertThat(p.droppedSignals()).isZero();
    }

    @Test
    void moreSignalsThanTheHorizonHoldsDropTheOldest() {
        PerformanceBenchmarker p = new PerformanceBenchmarker(1, 50, 1); // holds 2 × (1 + 1) = 4
        p.onBar(0, 100);
        for (int j = 0; j < 6; j++) {
            p.onSignal(0, A, Direction.LONG, 100 + j);
        }
        assertThat(p.droppedSignals()).isEqualTo(2);
        p.onBar(0, 103.5); // scores the kept four at 102, 103, 104, 105: two hits
        assertThat(p.record(A).signals()).isEqualTo(4);
        assertThat(p.record(A).signalHits()).isEqualTo(2);
    }

    @Test
    void scoringBarsAllocateNothing() {
        PerformanceBenchmarker p = new PerformanceBenchmarker(3, 50, 5);
        SplittableRandom rnd = new SplittableRandom(3);
        double[] close = {100, 200, 300};
        Direction[] dirs = {Direction.LONG, Direction.SHORT};
        Runnable loop = () -> {
            for (int n = 0; n < 200_000; n++) {
                int k = n % 3;
                close[k] *= 1 + 0.01 * (rnd.nextDouble() - 0.5);
                p.onBar(k, close[k]);
                if (n % 7 == 0) {
                    p.onSignal(k, A, dirs[n & 1], close[k]);
                }
            }
        };
        loop.run(); // warm up (and create the strategy's windows)
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().threadId();
        long before = mx.getThreadAllocatedBytes(id);
        loop.run();
        long allocated = mx.getThreadAllocatedBytes(id) - before;
        assertThat(allocated).as("bytes allocated by 200 000 bars and 28 572 signals").isLessThan(1_024);
        assertThat(p.record(A).signals()).isEqualTo(50);
    }
}
