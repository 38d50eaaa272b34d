package dev.kairos.engine.backtest;

import static dev.kairos.engine.testsupport.Bars.HOUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.Instrument;
import dev.kairos.model.event.Event;
import dev.kairos.model.market.BarSeries;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Same inputs and seed → same events and same result; the seed drives the latency jitter. */
class DeterminismTest {
    private static final Instrument BTC = Bars.instrument("BTC-USD");
    private static final Instrument ETH = Bars.instrument("ETH-USD");
    private static final Map<String, String> PARAMS = Map.of("fast", "5", "slow", "20");

    private static List<MarketData> data() {
        BarSeries btc = Bars.randomWalk(BTC.id(), HOUR, 1_500, 5, -1, 0);
        BarSeries eth = Bars.randomWalk(ETH.id(), 4 * HOUR, 375, 6, -1, 0);
        return List.of(new MarketData(BTC, btc), new MarketData(ETH, eth));
    }

    private static Runs.Outcome run(long seed, long jitterMs) {
        BacktestConfig cfg = new BacktestConfig(50_000, Runs.venue(1, 6, 3, 40, 5_000, jitterMs, 0.25), 0.9, true,
                3.0, seed);
        return Runs.run(cfg, data(), "sma-cross", PARAMS);
    }

    private static List<Long> latencies(List<Event> events) {
        return events.stream().filter(e -> e instanceof Event.OrderFilled).map(e -> ((Event.OrderFilled) e).fill()
                .latencyMs()).toList();
    }

    @Test
    void sameInputsAndSeedGiveIdenticalEventsAndResults() {
        Runs.Outcome first = run(17, 600_000);
        Runs.Outcome second = run(17, 600_000);
        assertThat(first.events()).hasSizeGreaterThan(500);
        assertThat(latencies(first.events())).hasSizeGreaterThan(50);
        assertThat(second.events()).isEqualTo(first.events());
        assertThat(second.result()).usingRecursiveComparison().isEqualTo(first.result());
        assertThat(second.result().journalHash()).isEqualTo(first.result().journalHash());
        // both instruments traded, and the identity holds
        BacktestResult r = first.result();
        assertThat(r.trades()).extracting(t -> t.instrument().symbol()).contains("BTC-USD", "ETH-USD");
        assertThat(r.finalEquity() - r.initialEquity()).isCloseTo(
                r.realizedPnl() + r.unrealizedPnl() - r.feesPaid() - r.fundingPaid(),
                within(1e-9 * r.initialEquity()));
    }

    /** Latency of each order's first fill: on its arrival bar, stamped at arrival = decision + latency. */
    private static List<Long> firstFillLatencies(List<Event> events) {
        Set<Object> seen = new HashSet<>();
        return events.stream().filter(e -> e instanceof Event.OrderFilled).map(e -> ((Event.OrderFilled) e).fill())
                .filter(f -> seen.add(f.orderId())).map(f -> f.latencyMs()).toList();
    }

    @Test
    void aDifferentSeedWithJitterChangesLatencies() {
        List<Long> a = firstFillLatencies(run(17, 600_000).events());
        List<Long> b = firstFillLatencies(run(18, 600_000).events());
        assertThat(a).hasSizeGreaterThan(20);
        assertThat(b).isNotEqualTo(a);
        // fixed 5 s plus uniform jitter in [0, 600 s]
        assertThat(a).allSatisfy(l -> assertThat(l).isBetween(5_000L, 605_000L));
        assertThat(b).allSatisfy(l -> assertThat(l).isBetween(5_000L, 605_000L));
        assertThat(a.stream().distinct().count()).as("jitter varies").isGreaterThan(a.size() / 2);
        // without jitter every first fill is exactly the fixed latency
        assertThat(firstFillLatencies(run(17, 0).events())).isNotEmpty().containsOnly(5_000L);
    }

    @Test
    void withoutJitterTheSeedChangesNothing() {
        assertThat(run(18, 0).events()).isEqualTo(run(17, 0).events());
    }
}
