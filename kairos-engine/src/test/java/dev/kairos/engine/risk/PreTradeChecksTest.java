package dev.kairos.engine.risk;

import static dev.kairos.engine.risk.FakeContext.buy;
import static dev.kairos.engine.risk.FakeContext.order;
import static dev.kairos.engine.risk.FakeContext.sell;
import static dev.kairos.engine.testsupport.Bars.HOUR;
import static dev.kairos.engine.testsupport.Bars.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.analytics.risk.VarMethod;
import dev.kairos.model.order.Order;
import dev.kairos.model.order.OrderSpec;
import dev.kairos.model.order.Side;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Every check on hand-built cases: where it passes, where it denies (with the numbers in the reason), that an
 * unknown input denies, and that an order which does not increase exposure passes the limits.
 */
class PreTradeChecksTest {

    private static void passes(PreTradeCheck check, Order order, FakeContext ctx) {
        assertThat(check.check(order, ctx)).as("%s on %s %s", check.name(), order.side(), order.quantity())
                .isSameAs(CheckResult.PASS);
    }

    private static void denies(PreTradeCheck check, Order order, FakeContext ctx, String... fragments) {
        CheckResult r = check.check(order, ctx);
        assertThat(r).as("%s on %s %s", check.name(), order.side(), order.quantity())
                .isInstanceOf(CheckResult.Deny.class);
        CheckResult.Deny d = (CheckResult.Deny) r;
        assertThat(d.check()).isEqualTo(check.name());
        assertThat(d.reason()).contains(fragments);
    }

    @Test
    void tradingState() {
        TradingStateCheck c = new TradingStateCheck();
        FakeContext ctx = new FakeContext().holding(10);
        passes(c, buy(1), ctx);
        ctx.state = TradingState.REDUCING;
        ctx.reason = "5 rejections";
        passes(c, sell(4), ctx);
        denies(c, buy(1), ctx, "REDUCING", "5 rejections");
        denies(c, sell(20), ctx, "REDUCING"); // crosses through zero
        ctx.state = TradingState.HALTED;
        denies(c, sell(4), ctx, "HALTED");
    }

    @Test
    void marketData() {
        MarketDataCheck c = new MarketDataCheck();
        FakeContext ctx = new FakeContext();
        passes(c, buy(1), ctx);
        ctx.lastPrice = Double.NaN;
        denies(c, buy(1), ctx, "no valid last price");
        ctx.lastPrice = 100;
        ctx.equity = Double.NaN;
        denies(c, buy(1), ctx, "equity unknown");
    }

    @Test
    void staleData() {
        StaleDataCheck c = new StaleDataCheck(1);
        FakeContext ctx = new FakeContext().holding(5);
        ctx.now = T0 + 2 * HOUR;            // age 2 h = (1 + 1) × 1 h: still fresh
        passes(c, buy(1), ctx);
        ctx.now = T0 + 2 * HOUR + 1;
        denies(c, buy(1), ctx, "stale after 7200000 ms");
        passes(c, sell(5), ctx);            // an exit on an old price passes
        ctx.lastClose = Long.MIN_VALUE;
        denies(c, sell(5), ctx, "no bar", "unknown");
    }

    @Test
    void priceBand() {
        PriceBandCheck c = new PriceBandCheck(0.05);
        FakeContext ctx = new FakeContext().holding(10);
        ctx.decisionPrice = 104.99;
        passes(c, buy(1), ctx);
        ctx.decisionPrice = 105.01;
        denies(c, buy(1), ctx, "decision price 105.01", "5.01 %", "±5.00 %");
        ctx.decisionPrice = Double.NaN;
        denies(c, buy(1), ctx, "decision price unknown");
        passes(c, order(Side.BUY, 1, new OrderSpec.Limit(95.5, false)), ctx);
        denies(c, order(Side.SELL, 1, new OrderSpec.Limit(94, false)), ctx, "limit price 94.0");
        // a protective stop far below the market: fine; a stop that adds exposure must be in the band
        passes(c, order(Side.SELL, 10, new OrderSpec.StopMarket(70)), ctx);
        denies(c, order(Side.BUY, 1, new OrderSpec.StopMarket(130)), ctx, "stop price 130.0");
        denies(c, order(Side.SELL, 10, new OrderSpec.StopLimit(70, 60)), ctx, "stop limit price 60.0");
        ctx.lastPrice = Double.NaN;
        denies(c, order(Side.SELL, 10, new OrderSpec.StopMarket(70)), ctx, "last price", "unknown");
    }

    @Test
    void instrumentRules() {
        InstrumentRulesCheck c = new InstrumentRulesCheck();
        FakeContext ctx = new FakeContext();
        passes(c, buy(0.011), ctx);
        denies(c, buy(0.0115), ctx, "not a multiple of lot size");
        denies(c, order(Side.BUY, 1, new OrderSpec.Limit(100.005, false)), ctx, "limit price 100.005",
                "tick size 0.01");
        denies(c, order(Side.SELL, 1, new OrderSpec.StopLimit(99.5, 99.001)), ctx, "stop limit price 99.001");
        passes(c, order(Side.SELL, 1, new OrderSpec.StopLimit(99.5, 99.01)), ctx);
        denies(c, buy(0.005), ctx, "order value 0.5 below min notional 1.0");
        Order reduceOnly = new Order(dev.kairos.model.ClientOrderId.sequence(999), FakeContext.TST.id(),
                new dev.kairos.model.StrategyId("t"), Side.SELL, 0.009, new OrderSpec.Market(),
                dev.kairos.model.order.TimeInForce.GTC, true, T0);
        passes(c, reduceOnly, ctx);
        ctx.lastPrice = Double.NaN;
        denies(c, buy(1), ctx, "order value unknown");
    }

    @Test
    void maxOrderNotional() {
        MaxOrderNotionalCheck c = new MaxOrderNotionalCheck(2);
        FakeContext ctx = new FakeContext().holding(300);
        passes(c, buy(200), ctx);                          // 20 000 = 2 × 10 000
        denies(c, buy(200.001), ctx, "order value 20000.10 exceeds 2.00 × equity = 20000.00");
        passes(c, sell(250), ctx);                         // reducing: exempt
        ctx.equity = Double.NaN;
        denies(c, buy(1), ctx, "unknown");
    }

    @Test
    void maxPositionCountsWorkingOrdersOnTheWorseSide() {
        MaxPositionCheck c = new MaxPositionCheck(1.0);
        FakeContext ctx = new FakeContext().holding(50);   // 5 000 of 10 000
        passes(c, buy(50), ctx);                           // 100 × 100 = 10 000: at the cap, not above
        denies(c, buy(60), ctx, "exposure would be 11000.00 > 1.0 × equity = 10000.00");
        ctx.workingBuys = 20;
        denies(c, buy(40), ctx, "11000.00");               // 50 + 20 + 40 if every buy fills
        passes(c, sell(30), ctx);                          // reduces
        // flat with a working sell of 100 (short side −100): a buy of 50 leaves the worst case at 100
        FakeContext hedged = new FakeContext();
        hedged.workingSells = 100;
        hedged.equity = 5_000;
        passes(c, buy(50), hedged);
        denies(c, sell(1), hedged, "10100.00");
        ctx.lastPrice = Double.NaN;
        denies(c, buy(1), ctx, "cannot size the exposure");
        FakeContext broke = new FakeContext();
        broke.equity = 0;
        denies(c, buy(1), broke, "equity 0.0");
    }

    @Test
    void grossAndNetExposure() {
        FakeContext ctx = new FakeContext().holding(50);
        ctx.gross = 15_000;                                // 5 000 here, 10 000 elsewhere
        GrossExposureCheck gross = new GrossExposureCheck(2.0);
        passes(gross, buy(40), ctx);                       // 15 000 − 5 000 + 9 000 = 19 000
        denies(gross, buy(60), ctx, "gross exposure would be 21000.00 > 2.0 × equity = 20000.00");
        passes(gross, sell(50), ctx);

        NetExposureCheck net = new NetExposureCheck(1.0);
        ctx.netLong = 9_000;
        ctx.netShort = 9_000;
        passes(net, buy(10), ctx);                         // 10 000: at the cap
        denies(net, buy(20), ctx, "net exposure would be 11000.00 > 1.0 × equity = 10000.00");
        // above the cap already, a new short here lowers the net: a hedge passes
        FakeContext over = new FakeContext();
        over.netLong = 12_000;
        over.netShort = 12_000;
        passes(net, sell(10), over);
        denies(net, buy(1), over, "12100.00");
    }

    @Test
    void openPositions() {
        OpenPositionsCheck c = new OpenPositionsCheck(2);
        FakeContext flat = new FakeContext();
        flat.openPositions = 1;
        passes(c, buy(1), flat);
        flat.openPositions = 2;
        denies(c, buy(1), flat, "2 positions open, the limit is 2");
        FakeContext open = new FakeContext().holding(5);
        open.openPositions = 2;
        passes(c, buy(1), open);                           // adds to a position already open
    }

    @Test
    void leverageIgnoresPaperGains() {
        LeverageCheck c = new LeverageCheck(2.0);
        FakeContext ctx = new FakeContext().holding(50);
        ctx.gross = 10_000;
        ctx.unrealized = 2_000;                            // base 10 000 − 2 000 = 8 000
        passes(c, buy(60), ctx);                           // (10 000 − 5 000 + 11 000) / 8 000 = 2.0
        denies(c, buy(61), ctx, "leverage would be 2.01×", "16100.00", "8000.00");
        ctx.unrealized = -1_000;                           // losses count in full: base 10 000
        passes(c, buy(61), ctx);
        ctx.equity = 1_000;
        ctx.unrealized = 1_000;                            // nothing but paper gains
        denies(c, buy(1), ctx, "leverage unknown");
    }

    @Test
    void dailyLoss() {
        DailyLossCheck c = new DailyLossCheck(0.05);
        FakeContext ctx = new FakeContext().holding(10);
        ctx.equity = 9_501;
        passes(c, buy(1), ctx);
        ctx.equity = 9_500;                                // 5 % below 10 000
        denies(c, buy(1), ctx, "daily loss cap 5.00 %", "5.00 % below");
        passes(c, sell(10), ctx);                          // exits pass
        ctx.equity = 10_200;
        ctx.capReached = true;                             // reached earlier today: holds though recovered
        denies(c, buy(1), ctx, "until the next UTC day");
        ctx.capReached = false;
        ctx.dayStart = Double.NaN;
        denies(c, buy(1), ctx, "daily loss unknown");
    }

    @Test
    void cooldown() {
        CooldownCheck c = new CooldownCheck();
        FakeContext ctx = new FakeContext().holding(10);
        passes(c, buy(1), ctx);
        ctx.cooldownUntil = T0 + 2 * HOUR;
        ctx.now = T0 + 2 * HOUR;
        denies(c, buy(1), ctx, "cooling down", "until 2024-01-01T02:00:00Z");
        passes(c, sell(10), ctx);
        ctx.now = T0 + 2 * HOUR + 1;
        passes(c, buy(1), ctx);
    }

    @Test
    void varLimitOnScenarioReturns() {
        VarLimitCheck c = new VarLimitCheck(0.05, 0.99, 1, VarMethod.HISTORICAL, 40, 1);
        FakeContext ctx = new FakeContext().holding(10);
        // 40 returns: 39 of 0 and one loss; 99 %: position 39 × 0.01 = 0.39 → q = x0 + 0.39 × (0 − x0)
        ctx.scenario = new double[40];
        ctx.scenario[7] = -0.08;                           // q = −0.0488: VaR 4.88 %
        passes(c, buy(1), ctx);
        ctx.scenario[7] = -0.10;                           // q = −0.061: VaR 6.10 %
        denies(c, buy(1), ctx, "historical VaR(99.0 %, 1 bars) after the order 6.10 % of equity > limit 5.00 %");
        passes(c, sell(10), ctx);                          // exits are not estimated at all
        ctx.scenario = new double[29];
        denies(c, buy(1), ctx, "VaR not computable yet: 29 bars of returns, 30 needed");
        ctx.scenario = new double[35];
        Arrays.fill(ctx.scenario, 0.001);
        ctx.scenario[3] = Double.NaN;
        denies(c, buy(1), ctx, "VaR unknown");
    }

    @Test
    void healthGate() {
        HealthGateCheck c = new HealthGateCheck(50);
        FakeContext ctx = new FakeContext().holding(10);
        passes(c, buy(1), ctx);
        ctx.health = 49;
        denies(c, buy(1), ctx, "system health 49.0 below the gate 50.0");
        passes(c, sell(10), ctx);
        ctx.health = Double.NaN;
        denies(c, buy(1), ctx, "not scored yet");
    }

    @Test
    void exposureIsTheWorstCaseOverWorkingOrders() {
        FakeContext ctx = new FakeContext().holding(10);
        ctx.workingSells = 10;                             // a protective stop: worst case still 10 long
        assertThat(Exposure.before(ctx)).isEqualTo(1_000);
        assertThat(Exposure.increases(sell(10), ctx)).as("exit while the stop rests: −10 or +10").isFalse();
        assertThat(Exposure.after(sell(10), ctx)).isEqualTo(1_000);
        assertThat(Exposure.increases(sell(11), ctx)).isTrue();
        assertThat(Exposure.increases(buy(0.001), ctx)).isTrue();
    }
}
