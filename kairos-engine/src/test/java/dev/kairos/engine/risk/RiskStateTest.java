package dev.kairos.engine.risk;

import static dev.kairos.engine.testsupport.Bars.HOUR;
import static dev.kairos.engine.testsupport.Bars.MINUTE;
import static dev.kairos.engine.testsupport.Bars.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.analytics.risk.VarMethod;
import dev.kairos.model.ClientOrderId;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.StrategyId;
import dev.kairos.model.event.Event;
import dev.kairos.model.order.Fill;
import dev.kairos.model.order.Order;
import dev.kairos.model.order.OrderStatus;
import dev.kairos.model.order.Side;
import dev.kairos.model.portfolio.ClosedTrade;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The risk state fed by hand: day start and the loss cap, breakers and their recovery, cooldowns, working orders. */
class RiskStateTest {
    private static final InstrumentId A = InstrumentId.of("AAA-USD");
    private static final InstrumentId B = InstrumentId.of("BBB-USD");
    private static final StrategyId S = new StrategyId("t");

    /** Loose defaults with the given changes; only what each test needs is switched on. */
    private static RiskConfig config(double dailyCap, int cooldownAfterLoss, int maxLosses, int streakBars,
                                     double drawdownHalt, int haltRecovery, int burstCount, int burstBars) {
        return new RiskConfig(RiskConfig.STANDARD_ORDER, 0, 0, 0, 0, 0, dailyCap, cooldownAfterLoss, maxLosses,
                streakBars, drawdownHalt, haltRecovery, burstCount, burstBars, 0, 1, 0, 0.99, 1, VarMethod.HISTORICAL,
                40);
    }

    private static RiskState state(RiskConfig config) {
        RiskState s = new RiskState(config);
        s.attach(List.of(A, B));
        return s;
    }

    @Test
    void theDailyLossCapHoldsForTheRestOfTheUtcDay() {
        RiskState s = state(config(0.05, 0, 0, 0, 0, 0, 0, 1));
        List<ClosedTrade> none = List.of();
        long day = 24 * HOUR;
        s.onBar(0, T0 + 4 * HOUR, 4 * HOUR, 100, 10_000, none);
        assertThat(s.dayStartEquity(T0 + 4 * HOUR)).as("first bar: its own equity").isEqualTo(10_000);
        s.onBar(0, T0 + 8 * HOUR, 4 * HOUR, 96, 9_600, none);
        assertThat(s.dailyLossCapReached(T0 + 8 * HOUR)).isFalse();          // 4 %
        s.onBar(0, T0 + 12 * HOUR, 4 * HOUR, 94, 9_500, none);
        assertThat(s.dailyLossCapReached(T0 + 12 * HOUR)).isTrue();          // 5 %
        s.onBar(0, T0 + 16 * HOUR, 4 * HOUR, 101, 10_100, none);
        assertThat(s.dailyLossCapReached(T0 + 16 * HOUR)).as("recovered, still the same day").isTrue();
        // the bar closing at midnight opens the next day with its own equity
        s.onBar(0, T0 + day, 4 * HOUR, 101, 10_100, none);
        assertThat(s.dailyLossCapReached(T0 + day)).isFalse();
        assertThat(s.dayStartEquity(T0 + day)).isEqualTo(10_100);
        // a day whose first bar closes at 04:00 starts from the equity last seen before midnight
        s.onBar(0, T0 + 2 * day + 4 * HOUR, 4 * HOUR, 90, 9_000, none);
        assertThat(s.dayStartEquity(T0 + 2 * day + 4 * HOUR)).isEqualTo(10_100);
        assertThat(s.dailyLossCapReached(T0 + 2 * day + 4 * HOUR)).isTrue(); // 10.9 % below 10 100
        assertThat(s.peakEquity()).isEqualTo(10_100);
    }

    @Test
    void aDrawdownHaltsAndStaysUnlessARecoveryIsConfigured() {
        List<ClosedTrade> none = List.of();
        RiskState stays = state(config(0, 0, 0, 0, 0.2, 0, 0, 1));
        double[] equity = {10_000, 12_000, 9_700, 9_600, 12_500, 12_600};
        for (int i = 0; i < equity.length; i++) {
            stays.onBar(0, T0 + (i + 1) * HOUR, HOUR, 100, equity[i], none);
            // 9 700 is 19.17 % below the 12 000 peak; 9 600 is 20 %
            assertThat(stays.state()).as("bar %d", i).isEqualTo(i < 3 ? TradingState.ACTIVE : TradingState.HALTED);
        }
        assertThat(stays.reason()).contains("circuit breaker", "drawdown 20.00 %", "peak equity 12000.00");

        RiskState recovers = state(config(0, 0, 0, 0, 0.2, 2, 0, 1));
        for (int i = 0; i < equity.length; i++) {
            recovers.onBar(0, T0 + (i + 1) * HOUR, HOUR, 100, equity[i], none);
        }
        // halted at 4 h, two bars later (6 h) active again with the peak restarted at 12 500, then 12 600
        assertThat(recovers.state()).isEqualTo(TradingState.ACTIVE);
        assertThat(recovers.peakEquity()).isEqualTo(12_600);

        RiskState wiped = state(config(0, 0, 0, 0, 0, 0, 0, 1));
        wiped.onBar(0, T0 + HOUR, HOUR, 100, -5, none);
        assertThat(wiped.state()).isEqualTo(TradingState.HALTED);
        assertThat(wiped.reason()).contains("wiped out");
    }

    @Test
    void aBurstOfRejectionsReducesUntilAQuietWindow() {
        RiskState s = state(config(0, 0, 0, 0, 0, 0, 3, 2));   // 3 within 2 bars of 1 h
        List<ClosedTrade> none = List.of();
        s.onBar(0, T0 + HOUR, HOUR, 100, 10_000, none);
        s.onRejected(new Event.OrderRejected(T0 + HOUR, ClientOrderId.sequence(1), "x"));
        s.onDenied(denial(T0 + 2 * HOUR, "max-position"));            // a policy limit: not counted
        s.onDenied(denial(T0 + 2 * HOUR, "price-band"));
        s.onRejected(new Event.OrderRejected(T0 + 3 * HOUR + 1, ClientOrderId.sequence(2), "x"));
        assertThat(s.state()).as("1 h … 3 h + 1 ms spans more than 2 h").isEqualTo(TradingState.ACTIVE);
        s.onRejected(new Event.OrderRejected(T0 + 3 * HOUR + 30 * MINUTE, ClientOrderId.sequence(3), "post-only"));
        assertThat(s.state()).isEqualTo(TradingState.REDUCING);
        assertThat(s.reason()).contains("3 rejections or input denials within 2 bars", "post-only");
        s.onBar(0, T0 + 5 * HOUR, HOUR, 100, 10_000, none);
        assertThat(s.state()).as("1.5 h quiet").isEqualTo(TradingState.REDUCING);
        s.onBar(0, T0 + 6 * HOUR, HOUR, 100, 10_000, none);
        assertThat(s.state()).as("2.5 h quiet").isEqualTo(TradingState.ACTIVE);
        assertThat(s.reason()).isEmpty();

        s.set(TradingState.REDUCING, "operator", T0 + 6 * HOUR);
        s.onBar(0, T0 + 20 * HOUR, HOUR, 100, 10_000, none);
        assertThat(s.state()).as("an operator's state is never undone").isEqualTo(TradingState.REDUCING);
    }

    private static Event.OrderDenied denial(long t, String check) {
        return new Event.OrderDenied(t, Order.market(ClientOrderId.sequence(99), A, S, Side.BUY, 1, t), check, "x");
    }

    @Test
    void cooldownsAfterALossAndAfterALosingStreak() {
        RiskState s = state(config(0, 3, 2, 4, 0, 0, 0, 1));
        List<ClosedTrade> closed = new ArrayList<>();
        s.onBar(0, T0 + HOUR, HOUR, 100, 10_000, closed);
        s.onBar(1, T0 + HOUR, HOUR, 50, 10_000, closed);
        assertThat(s.cooldownUntil(0)).isEqualTo(Long.MIN_VALUE);
        closed.add(trade(A, -10));
        s.onBar(0, T0 + 5 * HOUR, HOUR, 100, 9_990, closed);
        // seen at the close of bar 5 h: decisions at 5 h, 6 h, 7 h cool down
        assertThat(s.cooldownUntil(0)).isEqualTo(T0 + 7 * HOUR);
        assertThat(s.cooldownUntil(1)).isEqualTo(Long.MIN_VALUE);
        closed.add(trade(B, -5));                 // second loss in a row: every instrument, 4 steps
        s.onBar(1, T0 + 6 * HOUR, HOUR, 50, 9_985, closed);
        assertThat(s.cooldownUntil(1)).isEqualTo(T0 + 9 * HOUR);
        assertThat(s.cooldownUntil(0)).isEqualTo(T0 + 9 * HOUR);
        closed.add(trade(A, -1));                 // the count restarted: one loss, not a streak
        closed.add(trade(B, 20));
        closed.add(trade(B, -1));                 // a win in between resets it again
        s.onBar(0, T0 + 12 * HOUR, HOUR, 100, 10_000, closed);
        assertThat(s.cooldownUntil(1)).as("B's own loss at 12 h").isEqualTo(T0 + 14 * HOUR);
        assertThat(s.cooldownUntil(0)).isEqualTo(T0 + 14 * HOUR);
    }

    private static ClosedTrade trade(InstrumentId id, double pnl) {
        return new ClosedTrade(id, Side.BUY, T0, T0 + HOUR, 1, 100, 100 + pnl, pnl, 0, 1, "signal");
    }

    @Test
    void workingOrdersFollowTheirEvents() {
        RiskState s = state(config(0, 0, 0, 0, 0, 0, 0, 1));
        Order buy = Order.market(ClientOrderId.sequence(1), A, S, Side.BUY, 10, T0);
        Order sell = Order.market(ClientOrderId.sequence(2), A, S, Side.SELL, 5, T0);
        s.onSubmitted(new Event.OrderSubmitted(T0, buy, 100));
        s.onSubmitted(new Event.OrderSubmitted(T0, sell, 100));
        assertThat(s.workingBuy(0)).isEqualTo(10);
        assertThat(s.workingSell(0)).isEqualTo(5);
        s.onFilled(new Event.OrderFilled(T0, new Fill(buy.id(), A, Side.BUY, 4, 100, 0, Fill.Liquidity.TAKER, T0,
                100, 0, 0), OrderStatus.PARTIALLY_FILLED, 4, 6));
        assertThat(s.workingBuy(0)).isEqualTo(6);
        s.onDone(buy.id());
        assertThat(s.workingBuy(0)).isZero();
        s.onRejected(new Event.OrderRejected(T0, sell.id(), "x"));
        assertThat(s.workingSell(0)).isZero();
        assertThat(s.workingBuy(1)).isZero();
    }

    @Test
    void scenarioReturnsWeighTheWorstCaseExposuresAfterTheOrder() {
        RiskState s = state(config(0, 0, 0, 0, 0, 0, 0, 1));
        List<ClosedTrade> none = List.of();
        double[] a = {100, 110, 99};              // returns 0.1, −0.1
        double[] b = {50, 50, 55};                // returns 0, 0.1
        for (int i = 0; i < 3; i++) {
            s.onBar(0, T0 + i * HOUR, HOUR, a[i], 1_000, none);
            s.onBar(1, T0 + i * HOUR, HOUR, b[i], 1_000, none);
        }
        double[] positions = {10, 0};
        Order buyB = Order.market(ClientOrderId.sequence(1), B, S, Side.BUY, 20, T0);
        double[] out = new double[40];
        // weights: A 10 × 99 / 1 000 = 0.99, B 20 × 55 / 1 000 = 1.1
        assertThat(s.scenarioReturns(1, buyB, k -> positions[k], 1_000, out)).isEqualTo(2);
        assertThat(out[0]).isCloseTo(0.99 * 0.1, within(1e-12));
        assertThat(out[1]).isCloseTo(0.99 * -0.1 + 1.1 * 0.1, within(1e-12));
        assertThat(s.scenarioReturns(1, buyB, k -> positions[k], Double.NaN, out)).as("unknown equity").isZero();
    }
}
