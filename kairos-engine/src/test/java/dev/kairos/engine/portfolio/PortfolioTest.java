package dev.kairos.engine.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.ClientOrderId;
import dev.kairos.model.Instrument;
import dev.kairos.model.order.Fill;
import dev.kairos.model.order.Side;
import dev.kairos.model.portfolio.ClosedTrade;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Portfolio accounting and round-trip (closed trade) building on hand-computed cases. */
class PortfolioTest {
    private static final Offset<Double> EPS = within(1e-9);
    private static final Instrument A = Bars.instrument("AAA-USD");
    private static final Instrument B = Bars.instrument("BBB-USD");

    private static Fill fill(Instrument ins, Side side, double qty, double price, double fee, long t) {
        return new Fill(new ClientOrderId("F-" + t), ins.id(), side, qty, price, fee, Fill.Liquidity.TAKER, t, price,
                0, 0);
    }

    private static void assertIdentity(Portfolio p) {
        var a = p.account();
        assertThat(p.equity() - a.initialCash())
                .isCloseTo(a.realizedPnl() + p.unrealizedPnl() - a.feesPaid() - a.fundingPaid(), EPS);
    }

    @Test
    void addReduceCloseMakesOneTrade() {
        Portfolio p = new Portfolio(List.of(A), 10_000);
        p.mark(0, 100);
        assertThat(p.apply(0, fill(A, Side.BUY, 2, 100, 0.2, 1_000), 2, "signal")).isZero();
        assertThat(p.apply(0, fill(A, Side.BUY, 1, 106, 0.106, 2_000), 3, "signal")).isZero();
        // marked at 100 still: unrealized 3 × (100 − 102) = −6
        assertThat(p.unrealizedPnl()).isCloseTo(-6, EPS);
        p.mark(0, 110);
        // 3 × (110 − 102) = 24; equity 10 000 − 0.306 + 24 = 10 023.694
        assertThat(p.equity()).isCloseTo(10_023.694, EPS);
        assertThat(p.grossExposure()).isCloseTo(330, EPS);
        assertThat(p.inMarket()).isTrue();
        assertIdentity(p);
        // sell 1 @ 108: +6
        assertThat(p.apply(0, fill(A, Side.SELL, 1, 108, 0.108, 3_000), 5, "signal")).isCloseTo(6, EPS);
        assertIdentity(p);
        assertThat(p.closedTrades()).isEmpty();
        // sell 2 @ 99: 2 × (99 − 102) = −6
        assertThat(p.apply(0, fill(A, Side.SELL, 2, 99, 0.198, 4_000), 7, "stop")).isCloseTo(-6, EPS);
        assertThat(p.inMarket()).isFalse();
        assertThat(p.unrealizedPnl()).isZero();
        assertIdentity(p);
        assertThat(p.closedTrades()).hasSize(1);
        ClosedTrade t = p.closedTrades().getFirst();
        assertThat(t.instrument()).isEqualTo(A.id());
        assertThat(t.side()).isEqualTo(Side.BUY);
        assertThat(t.entryTime()).isEqualTo(1_000);
        assertThat(t.exitTime()).isEqualTo(4_000);
        assertThat(t.quantity()).as("largest size reached").isCloseTo(3, EPS);
        assertThat(t.entryPrice()).as("(2 × 100 + 106) / 3").isCloseTo(102, EPS);
        assertThat(t.exitPrice()).as("(108 + 2 × 99) / 3").isCloseTo(102, EPS);
        // fees 0.2 + 0.106 + 0.108 + 0.198 = 0.612; pnl 6 − 6 − 0.612
        assertThat(t.fees()).isCloseTo(0.612, EPS);
        assertThat(t.pnl()).isCloseTo(-0.612, EPS);
        assertThat(t.bars()).isEqualTo(5);
        assertThat(t.exitReason()).isEqualTo("stop");
        // cash 10 000 + 0 − 0.612
        assertThat(p.account().cash()).isCloseTo(9_999.388, EPS);
    }

    @Test
    void aReversalSplitsTheTradeAndItsFee() {
        Portfolio p = new Portfolio(List.of(A), 10_000);
        p.mark(0, 100);
        p.apply(0, fill(A, Side.BUY, 2, 100, 0.4, 100), 1, "signal");
        // sell 5 @ 90: closes 2 (realises 2 × −10 = −20), opens 3 short @ 90. Fee 0.9 split 2/5 : 3/5
        assertThat(p.apply(0, fill(A, Side.SELL, 5, 90, 0.9, 400), 4, "signal")).isCloseTo(-20, EPS);
        assertThat(p.position(0).quantity()).isCloseTo(-3, EPS);
        assertThat(p.position(0).averagePrice()).isCloseTo(90, EPS);
        assertThat(p.closedTrades()).hasSize(1);
        ClosedTrade first = p.closedTrades().getFirst();
        assertThat(first.side()).isEqualTo(Side.BUY);
        assertThat(first.quantity()).isCloseTo(2, EPS);
        assertThat(first.entryPrice()).isCloseTo(100, EPS);
        assertThat(first.exitPrice()).isCloseTo(90, EPS);
        // fees 0.4 + 0.9 × 2/5 = 0.76; pnl −20 − 0.76 = −20.76
        assertThat(first.fees()).isCloseTo(0.76, EPS);
        assertThat(first.pnl()).isCloseTo(-20.76, EPS);
        assertThat(first.entryTime()).isEqualTo(100);
        assertThat(first.exitTime()).isEqualTo(400);
        assertThat(first.bars()).isEqualTo(3);
        p.mark(0, 85);
        // short 3 @ 90 marked at 85: +15
        assertThat(p.unrealizedPnl()).isCloseTo(15, EPS);
        assertIdentity(p);
        // buy 3 @ 80: 3 × (90 − 80) = +30, flat
        assertThat(p.apply(0, fill(A, Side.BUY, 3, 80, 0.24, 600), 6, "exit")).isCloseTo(30, EPS);
        assertThat(p.closedTrades()).hasSize(2);
        ClosedTrade second = p.closedTrades().get(1);
        assertThat(second.side()).isEqualTo(Side.SELL);
        assertThat(second.entryTime()).isEqualTo(400);
        assertThat(second.exitTime()).isEqualTo(600);
        assertThat(second.quantity()).isCloseTo(3, EPS);
        assertThat(second.entryPrice()).isCloseTo(90, EPS);
        assertThat(second.exitPrice()).isCloseTo(80, EPS);
        // fees 0.9 × 3/5 + 0.24 = 0.78; pnl 30 − 0.78 = 29.22
        assertThat(second.fees()).isCloseTo(0.78, EPS);
        assertThat(second.pnl()).isCloseTo(29.22, EPS);
        assertThat(second.bars()).isEqualTo(2);
        assertThat(second.exitReason()).isEqualTo("exit");
        // flat: the trades' pnl add up to realised − fees: 10 − 1.54 = 8.46
        var a = p.account();
        assertThat(a.realizedPnl()).isCloseTo(10, EPS);
        assertThat(a.feesPaid()).isCloseTo(1.54, EPS);
        assertThat(first.pnl() + second.pnl()).isCloseTo(a.realizedPnl() - a.feesPaid(), EPS);
        assertThat(p.equity()).isCloseTo(10_008.46, EPS);
        assertIdentity(p);
    }

    @Test
    void instrumentsAreAccountedSeparatelyAndFundingIsACost() {
        Portfolio p = new Portfolio(List.of(A, B), 1_000);
        assertThat(p.markPrice(0)).isNaN();
        p.mark(0, 10);
        p.mark(1, 20);
        p.apply(0, fill(A, Side.BUY, 3, 10, 0.03, 1), 0, "signal");
        p.apply(1, fill(B, Side.SELL, 2, 20, 0.04, 1), 0, "signal");
        p.mark(0, 12);
        p.mark(1, 21);
        // A: 3 × 2 = 6; B: −2 × 1 = −2
        assertThat(p.unrealizedPnl()).isCloseTo(4, EPS);
        assertThat(p.grossExposure()).isCloseTo(36 + 42, EPS);
        p.applyFunding(0.5);
        p.applyFunding(-0.2);
        assertThat(p.account().fundingPaid()).isCloseTo(0.3, EPS);
        // 1000 − 0.07 − 0.3 + 4
        assertThat(p.equity()).isCloseTo(1_003.63, EPS);
        assertIdentity(p);
        assertThat(p.positionQuantity(1)).isCloseTo(-2, EPS);
    }

    @Test
    void aFillBeforeAnyMarkIsMarkedAtItsOwnPrice() {
        Portfolio p = new Portfolio(List.of(A), 1_000);
        p.apply(0, fill(A, Side.BUY, 1, 50, 0.05, 1), 0, "signal");
        assertThat(p.unrealizedPnl()).isZero();
        assertThat(p.equity()).isCloseTo(999.95, EPS);
        assertIdentity(p);
    }
}
