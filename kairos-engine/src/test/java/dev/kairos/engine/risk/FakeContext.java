package dev.kairos.engine.risk;

import static dev.kairos.engine.testsupport.Bars.HOUR;
import static dev.kairos.engine.testsupport.Bars.T0;

import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.ClientOrderId;
import dev.kairos.model.Instrument;
import dev.kairos.model.StrategyId;
import dev.kairos.model.order.Order;
import dev.kairos.model.order.OrderSpec;
import dev.kairos.model.order.Side;
import dev.kairos.model.order.TimeInForce;

/**
 * A hand-set risk context: equity 10 000, instrument TST-USD (tick 0.01, lot 0.001, min notional 1) at 100, flat,
 * last bar (1 h) closed at the decision time {@link Bars#T0}, healthy, nothing else exposed.
 */
final class FakeContext implements RiskContext {
    static final Instrument TST = Bars.instrument("TST-USD");
    private static long ids;

    TradingState state = TradingState.ACTIVE;
    String reason = "";
    double equity = 10_000;
    double lastPrice = 100;
    double position;
    long now = T0;
    double decisionPrice = 100;
    double workingBuys;
    double workingSells;
    double gross;
    double netLong;
    double netShort;
    int openPositions;
    double unrealized;
    double peak = 10_000;
    double dayStart = 10_000;
    boolean capReached;
    long cooldownUntil = Long.MIN_VALUE;
    long lastClose = T0;
    long interval = HOUR;
    double[] scenario = new double[0];
    double health = 100;

    /** Sets the instrument's position and keeps the portfolio totals consistent with it alone. */
    FakeContext holding(double quantity) {
        position = quantity;
        gross = Math.abs(quantity) * lastPrice;
        netLong = quantity * lastPrice;
        netShort = quantity * lastPrice;
        openPositions = quantity == 0 ? 0 : 1;
        return this;
    }

    static Order buy(double q) {
        return Order.market(next(), TST.id(), new StrategyId("t"), Side.BUY, q, T0);
    }

    static Order sell(double q) {
        return Order.market(next(), TST.id(), new StrategyId("t"), Side.SELL, q, T0);
    }

    static Order order(Side side, double q, OrderSpec spec) {
        return new Order(next(), TST.id(), new StrategyId("t"), side, q, spec, TimeInForce.GTC, false, T0);
    }

    private static ClientOrderId next() {
        return ClientOrderId.sequence(++ids);
    }

    @Override
    public TradingState tradingState() {
        return state;
    }

    @Override
    public String tradingStateReason() {
        return reason;
    }

    @Override
    public double equity() {
        return equity;
    }

    @Override
    public Instrument instrument() {
        return TST;
    }

    @Override
    public double lastPrice() {
        return lastPrice;
    }

    @Override
    public double positionQuantity() {
        return position;
    }

    @Override
    public long now() {
        return now;
    }

    @Override
    public double decisionPrice() {
        return decisionPrice;
    }

    @Override
    public double workingBuyQuantity() {
        return workingBuys;
    }

    @Override
    public double workingSellQuantity() {
        return workingSells;
    }

    @Override
    public double grossExposure() {
        return gross;
    }

    @Override
    public double netLongExposure() {
        return netLong;
    }

    @Override
    public double netShortExposure() {
        return netShort;
    }

    @Override
    public int openPositions() {
        return openPositions;
    }

    @Override
    public double unrealizedPnl() {
        return unrealized;
    }

    @Override
    public double peakEquity() {
        return peak;
    }

    @Override
    public double dayStartEquity() {
        return dayStart;
    }

    @Override
    public boolean dailyLossCapReached() {
        return capReached;
    }

    @Override
    public long cooldownUntil() {
        return cooldownUntil;
    }

    @Override
    public long lastBarCloseTime() {
        return lastClose;
    }

    @Override
    public long barIntervalMs() {
        return interval;
    }

    @Override
    public int scenarioReturns(Order order, double[] out) {
        int n = Math.min(out.length, scenario.length);
        System.arraycopy(scenario, scenario.length - n, out, 0, n);
        return n;
    }

    @Override
    public double healthScore() {
        return health;
    }
}
