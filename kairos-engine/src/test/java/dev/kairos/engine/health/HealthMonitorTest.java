package dev.kairos.engine.health;

import static dev.kairos.engine.testsupport.Bars.HOUR;
import static dev.kairos.engine.testsupport.Bars.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.engine.testsupport.Allocation;
import dev.kairos.model.ClientOrderId;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.StrategyId;
import dev.kairos.model.event.Direction;
import dev.kairos.model.event.Event;
import dev.kairos.model.event.Signal;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.order.Fill;
import dev.kairos.model.order.OrderStatus;
import dev.kairos.model.order.Side;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each component scored from hand-made inputs, the overall minimum, publishing on change only, no allocation. */
class HealthMonitorTest {
    private static final InstrumentId A = InstrumentId.of("AAA-USD");
    private static final int NS = Event.HealthUpdate.NOT_SCORED;

    private final List<Event> published = new ArrayList<>();

    /** Gate 10, window 10, horizon 2 bars, 3 signals, latency budget 1 s, 4 errors. */
    private HealthMonitor monitor() {
        return new HealthMonitor(new HealthConfig(10, 10, 2, 3, 1_000, 4), List.of(A), published::add);
    }

    /** 1 h bars opening at the given hours after T0, each closing at its open price. */
    private static BarSeries bars(long[] hours, double... closes) {
        BarSeries.Builder b = new BarSeries.Builder(A, hours.length);
        for (int i = 0; i < hours.length; i++) {
            double c = closes.length > i ? closes[i] : 100;
            b.add(T0 + hours[i] * HOUR, c, c, c, c, 10);
        }
        return b.build(HOUR);
    }

    private static long[] hours(int n) {
        long[] h = new long[n];
        for (int i = 0; i < n; i++) {
            h[i] = i;
        }
        return h;
    }

    @Test
    void gapsLowerTheDataScoreUntilTheyLeaveTheWindow() {
        HealthMonitor m = monitor();
        long[] h = new long[14];
        h[0] = 0;
        h[1] = 1;
        for (int i = 2; i < h.length; i++) {
            h[i] = i + 2;                                   // bars at 2 h and 3 h are missing
        }
        BarSeries s = bars(h);
        m.onBar(0, s, 0, s.closeTime(0));
        assertThat(published).containsExactly(new Event.HealthUpdate(s.closeTime(0), 100, 100, NS, 100, NS));
        m.onBar(0, s, 1, s.closeTime(1));
        assertThat(published).as("nothing changed: nothing published").hasSize(1);
        m.onBar(0, s, 2, s.closeTime(2));
        // 3 bars received, 2 missing: 100 × 3 / 5
        assertThat(m.score(HealthComponent.DATA)).isEqualTo(60);
        assertThat(published.get(1)).isEqualTo(new Event.HealthUpdate(s.closeTime(2), 60, 60, NS, 100, NS));
        for (int i = 3; i < 12; i++) {
            m.onBar(0, s, i, s.closeTime(i));
        }
        // window of 10 bars: bars 2..11 hold the gap of 2: 100 × 10 / 12 = 83
        assertThat(m.score(HealthComponent.DATA)).isEqualTo(83);
        m.onBar(0, s, 12, s.closeTime(12));
        assertThat(m.score(HealthComponent.DATA)).as("the gap left the window").isEqualTo(100);
    }

    @Test
    void anOldNewestBarLowersFreshness() {
        HealthMonitor m = monitor();
        BarSeries s = bars(hours(4));
        for (int i = 0; i < 3; i++) {
            m.onBar(0, s, i, s.closeTime(i));
        }
        // newest bar 2 h old with a 1 h interval: 100 × (3 h − 2 h) / 2 h
        m.onBar(0, s, 3, s.closeTime(3) + 2 * HOUR);
        assertThat(m.score(HealthComponent.DATA)).isEqualTo(50);
        assertThat(m.overall()).isEqualTo(50);
    }

    @Test
    void venueRejectionsLatencyAndErrors() {
        HealthMonitor m = monitor();
        BarSeries s = bars(hours(3));
        for (int i = 0; i < 3; i++) {
            m.onAccepted(new Event.OrderAccepted(T0, ClientOrderId.sequence(i + 1)));
        }
        m.onRejected(new Event.OrderRejected(T0, ClientOrderId.sequence(4), "x"));
        m.onFilled(fill(500));
        m.onFilled(fill(2_500));
        m.reportError();
        m.reportError();
        m.onBar(0, s, 0, s.closeTime(0));
        // rejects 1 of 4 → 75; mean latency 1 500 ms over a 1 000 ms budget → 66; errors 2 of 4 → 50
        assertThat(m.score(HealthComponent.VENUE)).isEqualTo(66);
        assertThat(m.score(HealthComponent.ERRORS)).isEqualTo(50);
        assertThat(m.overall()).isEqualTo(50);
        m.onBar(0, s, 0, s.closeTime(0));                   // the same bar again: out of order, one more error
        assertThat(m.score(HealthComponent.ERRORS)).isEqualTo(25);
        m.onBar(0, s, 1, s.closeTime(1));
        m.onBar(0, s, 2, s.closeTime(2));
        assertThat(m.score(HealthComponent.ERRORS)).as("3 errors in the last 10 bars").isEqualTo(25);
        for (int i = 0; i < 8; i++) {
            m.onBar(0, s, 2, s.closeTime(2));               // replayed 8 times
        }
        // the window (10 bars) now holds bars 1, 2 and the 8 replays: 8 errors ≥ 4
        assertThat(m.score(HealthComponent.ERRORS)).isZero();
        assertThat(m.minOverall()).isZero();
        assertThat(m.meanOverall()).isBetween(0.0, 50.0);
    }

    private static Event.OrderFilled fill(long latencyMs) {
        return new Event.OrderFilled(T0, new Fill(ClientOrderId.sequence(1), A, Side.BUY, 1, 100, 0,
                Fill.Liquidity.TAKER, T0, 100, 0, latencyMs), OrderStatus.FILLED, 1, 0);
    }

    @Test
    void signalAccuracyIsScoredOnceTheHorizonHasPassed() {
        HealthMonitor m = monitor();
        BarSeries s = bars(hours(7), 100, 101, 102, 101, 100, 99, 100);
        Direction[] at = {Direction.LONG, Direction.SHORT, Direction.LONG, Direction.SHORT, Direction.FLAT, null, null};
        int[] expected = {NS, NS, NS, NS, 33, 50, 50};
        for (int i = 0; i < 7; i++) {
            m.onBar(0, s, i, s.closeTime(i));
            assertThat(m.score(HealthComponent.SIGNALS)).as("after bar %d", i).isEqualTo(expected[i]);
            if (at[i] != null) {
                m.onSignal(new Signal(s.closeTime(i), A, new StrategyId("t"), at[i], 0.6, List.of("test")));
            }
        }
        // LONG at 100 → 102: hit; SHORT at 101 → 101: miss (no move); LONG at 102 → 100: miss; SHORT at 101 → 99:
        // hit; FLAT is not scored. After bar 4: 1 of 3; after bar 5: 2 of 4
        assertThat(m.overall()).isEqualTo(50);
    }

    @Test
    void steadyBarsDoNotAllocate() {
        HealthMonitor m = monitor();
        BarSeries s = bars(hours(2_000));
        for (int i = 0; i < 1_000; i++) {
            m.onBar(0, s, i, s.closeTime(i));
        }
        int before = published.size();
        long bytes = Allocation.bytesAllocatedBy(() -> {
            for (int i = 1_000; i < 2_000; i++) {
                m.onBar(0, s, i, s.closeTime(i));
            }
        });
        assertThat(published).hasSize(before);
        assertThat(bytes).as("bytes for 1 000 bars").isLessThan(1_000);
        assertThat(m.meanOverall()).isCloseTo(100, within(1e-12));
    }

    @Test
    void configIsValidated() {
        assertThatThrownBy(() -> new HealthConfig(101, 10, 2, 3, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[0, 100]");
        assertThatThrownBy(() -> new HealthConfig(10, 10, 2, 11, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("min signals");
    }
}
