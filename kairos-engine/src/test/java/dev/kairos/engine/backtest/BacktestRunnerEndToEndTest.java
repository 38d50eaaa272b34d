package dev.kairos.engine.backtest;

import static dev.kairos.engine.testsupport.Bars.HOUR;
import static dev.kairos.engine.testsupport.Bars.T0;
import static dev.kairos.engine.testsupport.Bars.bar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.ClientOrderId;
import dev.kairos.model.Instrument;
import dev.kairos.model.event.Direction;
import dev.kairos.model.event.Event;
import dev.kairos.model.event.Signal;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.order.Fill;
import dev.kairos.model.order.OrderSpec;
import dev.kairos.model.order.OrderStatus;
import dev.kairos.model.order.Side;
import dev.kairos.model.portfolio.ClosedTrade;
import dev.kairos.model.portfolio.PositionSnapshot;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * A whole backtest on ten hand-built hourly bars where every trade, fee and equity value is computed by
 * hand. Strategy sma-cross with fast 1 and slow 2, so a signal fires whenever the close changes direction:
 * diff = close − (close + previous close)/2 = (close − previous close)/2.
 *
 * <p>Costs: taker fee 10 bps, fixed slippage 10 bps, no latency, the whole bar volume available. Capital
 * 10 000, half of equity per position, no shorts (a SHORT signal means flat).
 */
class BacktestRunnerEndToEndTest {
    private static final Offset<Double> EPS = within(1e-9);
    private static final Instrument TST = Bars.instrument("TST-USD");

    //                                          open   high   low    close  volume
    private static final BarSeries BARS = Bars.series(TST.id(), HOUR,
            bar(99, 100, 97.5, 98, 1e6),       // 0
            bar(98, 98.5, 95.5, 96, 1e6),      // 1  first slow value: diff −1, no signal yet
            bar(96, 100.5, 95.5, 100, 1e6),    // 2  diff +2 after −1: LONG at 100
            bar(101, 103.5, 100.5, 103, 1e6),  // 3  buy fills at the open
            bar(103, 106.5, 102.5, 106, 1e6),  // 4
            bar(106, 106.5, 103.5, 104, 1e6),  // 5  diff −1 after +1.5: SHORT → FLAT at 104
            bar(105, 105.5, 102.5, 103, 1e6),  // 6  sell fills at the open
            bar(103, 107.5, 102.5, 107, 1e6),  // 7  diff +2 after −0.5: LONG at 107
            bar(108, 110.5, 107.5, 110, 1e6),  // 8  buy fills at the open
            bar(110, 112.5, 109.5, 112, 1e6)); // 9  end: the position stays open

    private static long close(int i) {
        return BARS.closeTime(i);
    }

    private static Runs.Outcome run() {
        BacktestConfig cfg = new BacktestConfig(10_000, Runs.venue(0, 10, 10, 0, 0, 0, 1.0), 0.5, false, 1.0, 7);
        return Runs.run(cfg, List.of(new MarketData(TST, BARS)), "sma-cross", Map.of("fast", "1", "slow", "2"));
    }

    @Test
    void tradesFeesAndEquityMatchTheHandComputation() {
        BacktestResult r = run().result();
        // Trade 1: LONG at close(2) = 100 with equity 10 000 → 10 000 × 0.5 / 100 = 50 units.
        //   Buy at open(3) 101 × 1.001 = 101.101; fee 50 × 101.101 × 0.001 = 5.05505.
        //   FLAT at close(5); sell at open(6) 105 × 0.999 = 104.895; fee 50 × 104.895 × 0.001 = 5.24475.
        //   Realised 50 × (104.895 − 101.101) = 189.7; trade pnl 189.7 − 10.2998 = 179.4002.
        // Trade 2: LONG at close(7) = 107 with equity 10 000 + 189.7 − 10.2998 = 10 179.4002
        //   → 10 179.4002 × 0.5 / 107 = 47.56729… → 47.567 (lot 0.001).
        //   Buy at open(8) 108 × 1.001 = 108.108; fee 47.567 × 108.108 × 0.001 = 5.142373236.
        //   Open at the end, marked at 112: unrealised 47.567 × (112 − 108.108) = 185.130764.
        // Final equity 10 179.4002 − 5.142373236 + 185.130764 = 10 359.388590764.
        assertThat(r.trades()).hasSize(1);
        ClosedTrade t = r.trades().getFirst();
        assertThat(t.side()).isEqualTo(Side.BUY);
        assertThat(t.entryTime()).isEqualTo(close(2));
        assertThat(t.exitTime()).isEqualTo(close(5));
        assertThat(t.quantity()).isCloseTo(50, EPS);
        assertThat(t.entryPrice()).isCloseTo(101.101, EPS);
        assertThat(t.exitPrice()).isCloseTo(104.895, EPS);
        assertThat(t.fees()).isCloseTo(10.2998, EPS);
        assertThat(t.pnl()).isCloseTo(179.4002, EPS);
        assertThat(t.bars()).isEqualTo(3);
        assertThat(t.exitReason()).isEqualTo("signal");

        assertThat(r.realizedPnl()).isCloseTo(189.7, EPS);
        assertThat(r.feesPaid()).isCloseTo(15.442173236, EPS);
        assertThat(r.unrealizedPnl()).isCloseTo(185.130764, EPS);
        assertThat(r.fundingPaid()).isZero();
        assertThat(r.finalEquity()).isCloseTo(10_359.388590764, EPS);
        // the identity: 189.7 + 185.130764 − 15.442173236 − 0 = 359.388590764
        assertThat(r.finalEquity() - r.initialEquity())
                .isCloseTo(r.realizedPnl() + r.unrealizedPnl() - r.feesPaid() - r.fundingPaid(), EPS);

        assertThat(r.openPositions()).singleElement().satisfies(p -> {
            assertThat(p.quantity()).isCloseTo(47.567, EPS);
            assertThat(p.averagePrice()).isCloseTo(108.108, EPS);
            assertThat(p.markPrice()).isEqualTo(112);
            assertThat(p.unrealizedPnl()).isCloseTo(185.130764, EPS);
        });
        assertThat(r.bars()).isEqualTo(10);
        assertThat(r.equitySamples()).isEqualTo(10);
        assertThat(r.intervalMs()).isEqualTo(HOUR);
        assertThat(r.signals()).isEqualTo(3);
        assertThat(r.ordersSubmitted()).isEqualTo(3);
        assertThat(r.ordersDenied()).isZero();
        assertThat(r.buyAndHoldReturn()).isCloseTo(112.0 / 99 - 1, EPS);
        assertThat(r.params()).containsEntry("fast", "1").containsEntry("slow", "2");
        assertThat(r.seed()).isEqualTo(7);

        // execution: slippage vs decision, quantity-weighted: +110.1 bps (101.101 vs 100), −86.0577 bps
        // (sold at 104.895 above the decision 104), +103.551 bps (108.108 vs 107)
        double s1 = (101.101 - 100) / 100 * 10_000;
        double s2 = -(104.895 - 104) / 104 * 10_000;
        double s3 = (108.108 - 107) / 107 * 10_000;
        assertThat(r.execution().orders()).isEqualTo(3);
        assertThat(r.execution().fills()).isEqualTo(3);
        assertThat(r.execution().avgSlippageBps())
                .isCloseTo((50 * s1 + 50 * s2 + 47.567 * s3) / 147.567, within(1e-6));
        assertThat(r.execution().avgLatencyMs()).isZero();
        assertThat(r.execution().fillRatio()).isCloseTo(1.0, EPS);

        // the equity curve: one sample per bar close
        double[] expected = {10_000, 10_000, 10_000,
            10_000 - 5.05505 + 50 * (103 - 101.101),        // 10 089.89495
            10_000 - 5.05505 + 50 * (106 - 101.101),        // 10 239.89495
            10_000 - 5.05505 + 50 * (104 - 101.101),        // 10 139.89495
            10_179.4002, 10_179.4002,
            10_179.4002 - 5.142373236 + 47.567 * (110 - 108.108),
            10_359.388590764};
        assertThat(r.equity()).hasSize(10);
        for (int i = 0; i < 10; i++) {
            assertThat(r.equityTime()[i]).isEqualTo(close(i));
            assertThat(r.equity()[i]).as("equity at bar %d", i).isCloseTo(expected[i], EPS);
        }
    }

    @Test
    void theJournalSeesEveryDecisionAndExecutionInOrder() {
        List<Event> all = run().events();
        List<String> kinds = all.stream().map(e -> e.getClass().getSimpleName()).toList();
        assertThat(kinds).containsExactly(
                "HealthUpdate", "EquitySample", "EquitySample",                        // bars 0, 1
                "Signal", "RiskChecked", "OrderSubmitted", "EquitySample",             // bar 2
                "OrderAccepted", "OrderFilled", "PositionChanged",                     // bar 3
                "HealthUpdate", "EquitySample",                                        // (the venue is scored)
                "EquitySample",                                                        // bar 4
                "Signal", "RiskChecked", "OrderSubmitted", "EquitySample",             // bar 5
                "OrderAccepted", "OrderFilled", "PositionChanged", "EquitySample",     // bar 6
                "Signal", "RiskChecked", "OrderSubmitted", "EquitySample",             // bar 7
                "OrderAccepted", "OrderFilled", "PositionChanged", "EquitySample",     // bar 8
                "EquitySample");                                                       // bar 9
        assertThat(all).extracting(Event::timestamp).isSorted();
        // every order's verdicts: the basic checks, all passed
        assertThat(all).filteredOn(e -> e instanceof Event.RiskChecked).hasSize(3).allSatisfy(e -> assertThat(
                ((Event.RiskChecked) e).verdicts()).extracting(Event.RiskChecked.Verdict::check, Event.RiskChecked.Verdict::passed)
                .containsExactly(tuple("trading-state", true), tuple("market-data", true),
                        tuple("instrument-rules", true), tuple("max-order-notional", true)));
        // first bar: data and errors scored (100), venue and signals not yet
        assertThat(all.get(0)).isEqualTo(new Event.HealthUpdate(close(0), 100, 100, Event.HealthUpdate.NOT_SCORED,
                100, Event.HealthUpdate.NOT_SCORED));
        assertThat(all.get(10)).isEqualTo(new Event.HealthUpdate(close(3), 100, 100, 100, 100,
                Event.HealthUpdate.NOT_SCORED));
        // the decisions and executions, without the risk and health records
        List<Event> ev = all.stream().filter(e -> !(e instanceof Event.RiskChecked || e instanceof Event.HealthUpdate))
                .toList();

        Signal first = (Signal) ev.get(2);
        assertThat(first.timestamp()).isEqualTo(close(2));
        assertThat(first.direction()).isEqualTo(Direction.LONG);
        // close 100 equals the fast SMA (not beyond it), slow SMA rose 97 → 98: 0.5 + 0.25
        assertThat(first.confidence()).isEqualTo(0.75);
        assertThat(first.reasons()).hasSize(3);
        Event.OrderSubmitted sub = (Event.OrderSubmitted) ev.get(3);
        assertThat(sub.timestamp()).isEqualTo(close(2));
        assertThat(sub.decisionPrice()).isEqualTo(100);
        assertThat(sub.order().id()).isEqualTo(ClientOrderId.sequence(1));
        assertThat(sub.order().side()).isEqualTo(Side.BUY);
        assertThat(sub.order().quantity()).isCloseTo(50, EPS);
        assertThat(sub.order().spec()).isInstanceOf(OrderSpec.Market.class);
        assertThat(ev.get(4)).isEqualTo(new Event.EquitySample(close(2), 10_000, 10_000, 0, 0));

        Event.OrderFilled filled = (Event.OrderFilled) ev.get(6);
        assertThat(filled.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(filled.filledQuantity()).isCloseTo(50, EPS);
        assertThat(filled.leavesQuantity()).isZero();
        Fill f = filled.fill();
        assertThat(f.timestamp()).as("stamped at the open of bar 3 = close of bar 2").isEqualTo(close(2));
        assertThat(f.price()).isCloseTo(101.101, EPS);
        assertThat(f.fee()).isCloseTo(5.05505, EPS);
        assertThat(f.latencyMs()).isZero();
        Event.PositionChanged pc = (Event.PositionChanged) ev.get(7);
        assertThat(pc.realizedPnl()).isZero();
        assertThat(pc.position().quantity()).isCloseTo(50, EPS);
        assertThat(pc.position().averagePrice()).isCloseTo(101.101, EPS);
        Event.EquitySample s3 = (Event.EquitySample) ev.get(8);
        assertThat(s3.timestamp()).isEqualTo(close(3));
        assertThat(s3.equity()).isCloseTo(10_089.89495, EPS);
        assertThat(s3.cash()).isCloseTo(10_000 - 5.05505, EPS);
        assertThat(s3.grossExposure()).isCloseTo(50 * 103, EPS);
        assertThat(s3.unrealizedPnl()).isCloseTo(94.95, EPS);

        Signal exit = (Signal) ev.get(10);
        assertThat(exit.direction()).as("the strategy says SHORT; the engine goes flat").isEqualTo(Direction.SHORT);
        // close 104 not below the fast SMA 104; slow rose 104.5 → 105: 0.5
        assertThat(exit.confidence()).isEqualTo(0.5);
        Event.OrderSubmitted sell = (Event.OrderSubmitted) ev.get(11);
        assertThat(sell.order().side()).isEqualTo(Side.SELL);
        assertThat(sell.order().quantity()).isCloseTo(50, EPS);
        Event.PositionChanged flat = (Event.PositionChanged) ev.get(15);
        assertThat(flat.realizedPnl()).isCloseTo(189.7, EPS);
        assertThat(flat.position()).isEqualTo(new PositionSnapshot(TST.id(), 0, 0, flat.position().realizedPnl(), 0,
                104));

        Event.OrderSubmitted second = (Event.OrderSubmitted) ev.get(18);
        assertThat(second.order().quantity()).isCloseTo(47.567, EPS);
        assertThat(second.decisionPrice()).isEqualTo(107);
    }
}
