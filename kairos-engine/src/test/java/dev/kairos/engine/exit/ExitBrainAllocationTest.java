package dev.kairos.engine.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.ClientOrderId;
import dev.kairos.model.Instrument;
import dev.kairos.model.StrategyId;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.order.Order;
import dev.kairos.model.order.OrderSpec;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exit brain's bar work allocates nothing while no order is sent, amended or cancelled: ATR update,
 * trail, stop and time checks on an open plan (HotSpot's per-thread allocation counter; skipped elsewhere).
 */
class ExitBrainAllocationTest {
    private static final Instrument TST = Bars.instrument("TST-USD");

    /** Accepts every order and remembers it. */
    private static final class Accepting implements ExitActions {
        final List<Order> sent = new ArrayList<>();
        long seq;

        @Override
        public boolean submit(int k, Order order, double decisionPrice, String purpose) {
            sent.add(order);
            return true;
        }

        @Override
        public boolean cancel(ClientOrderId id, long time, String reason) {
            return true;
        }

        @Override
        public boolean modify(ClientOrderId id, OrderSpec spec, long time) {
            return true;
        }

        @Override
        public ClientOrderId nextOrderId() {
            return ClientOrderId.sequence(++seq);
        }
    }

    @Test
    void barsWithoutOrderActivityAllocateNothing() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
                && bean.isThreadAllocatedMemorySupported() && bean.isThreadAllocatedMemoryEnabled(),
                "skipped: thread allocation measurement is not available on this JVM");
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int n = 40_000;
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            // sideways between the stop (95) and TP1 (105): the plan holds, the trail has nothing to follow
            rows[i] = Bars.bar(100, 101 + (i % 3) * 0.5, 99, 100 + (i % 2) * 0.5, 1_000);
        }
        BarSeries s = Bars.series(TST.id(), Bars.HOUR, rows);
        ExitConfig cfg = new ExitConfig(true, new ExitConfig.InitialStop.Percent(5), 14, List.of(1.0, 2.5, 4.0),
                List.of(0.4, 0.4, 0.2), 1, new ExitConfig.Trailing.Percent(10, 0), 0, 1.5, ExitConfig.Adaptive.off());
        Accepting actions = new Accepting();
        ExitBrain brain = new ExitBrain(cfg, List.of(TST), new StrategyId("s"), 0.001, actions, new RollingHitRates(5),
                HealthSignal.HEALTHY);
        brain.onBar(0, s, 0, 10, 100, 1, s.closeTime(0));
        assertThat(actions.sent).as("ladder and hard stop placed").hasSize(4);
        int half = n / 2;
        for (int i = 1; i < half; i++) {
            brain.onBar(0, s, i, 10, 100, 1, s.closeTime(i));   // warm-up (JIT)
        }
        long id = Thread.currentThread().threadId();
        long before = bean.getThreadAllocatedBytes(id);
        for (int i = half; i < n; i++) {
            brain.onBar(0, s, i, 10, 100, 1, s.closeTime(i));
        }
        long allocated = bean.getThreadAllocatedBytes(id) - before;
        assertThat(brain.plan(0).isActive()).isTrue();
        assertThat(brain.plan(0).bars()).isEqualTo(n);
        assertThat(actions.sent).as("no order after the first bar").hasSize(4);
        assertThat(allocated).as("bytes allocated over %d bars", n - half).isLessThan(1_024);
    }
}
