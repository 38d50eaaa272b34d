package dev.kairos.engine.core;

import dev.kairos.analytics.regime.RegimeReading;
import dev.kairos.engine.bus.MessageBus;
import dev.kairos.engine.clock.Clock;
import dev.kairos.engine.performance.PerformanceBenchmarker;
import dev.kairos.engine.exit.ExitActions;
import dev.kairos.engine.exit.ExitBrain;
import dev.kairos.engine.exit.ExitConfig;
import dev.kairos.engine.exit.ExitLog;
import dev.kairos.engine.exit.ExitSummary;
import dev.kairos.engine.exit.HealthSignal;
import dev.kairos.engine.exit.HitRates;
import dev.kairos.engine.portfolio.FundingSchedule;
import dev.kairos.engine.portfolio.Portfolio;
import dev.kairos.engine.regime.InstrumentRegimes;
import dev.kairos.engine.risk.CheckResult;
import dev.kairos.engine.risk.RiskContext;
import dev.kairos.engine.risk.RiskEngine;
import dev.kairos.engine.risk.RiskState;
import dev.kairos.engine.risk.TradingState;
import dev.kairos.engine.sizing.SizingDecision;
import dev.kairos.engine.sizing.SizingInputs;
import dev.kairos.engine.sizing.SizingPolicy;
import dev.kairos.engine.strategy.Strategy;
import dev.kairos.engine.strategy.StrategyContext;
import dev.kairos.engine.venue.ExecutionClient;
import dev.kairos.engine.venue.VenueListener;
import dev.kairos.model.ClientOrderId;
import dev.kairos.model.Instrument;
import dev.kairos.model.StrategyId;
import dev.kairos.model.event.Command;
import dev.kairos.model.event.Direction;
import dev.kairos.model.event.Event;
import dev.kairos.model.event.Signal;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.FundingRates;
import dev.kairos.model.order.Fill;
import dev.kairos.model.order.Order;
import dev.kairos.model.order.OrderSpec;
import dev.kairos.model.order.OrderStatus;
import dev.kairos.model.order.Side;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Runs the life of one bar: (1) the execution client matches resting orders and fills are applied,
 * (2) funding due by the bar's close is applied ({@link FundingSchedule}) and the portfolio is marked to the
 * close, (3) the {@link ExitBrain} (when exits are on, {@link #useExits}) ratchets stops and closes what its
 * plans say, then the sizing inputs (ATR, volatility, signal scoring) take the bar, (4) the instrument's strategy
 * decides, (5) a signal becomes a sized ({@link SizingPolicy} on a request from {@link SizingInputs}),
 * risk-checked order.
 * Mode-independent: the clock, the bars' source and the execution client are plugged in.
 *
 * <p>Per instrument the engine keeps a <em>target</em> direction, the one the last acted-on signal asked
 * for; a signal for the current target is ignored. The target is set before the order is risk-checked and
 * restored when the order is denied, so a later signal in the same direction tries again; a signal that sizing
 * sizes to zero (counted in {@link #sizedToZero()}) sets the target flat, for the same reason.
 *
 * <p>Risk: every order goes through {@link #submit}, where the {@link RiskEngine}'s checks run on this engine's
 * view of the account (exposure counts working orders) and their verdicts are published as one
 * {@link Event.RiskChecked}; the risk engine is fed each bar after the marks (its state, circuit breakers and
 * health monitor) and listens to the order events on the bus.
 */
public final class TradingEngine implements VenueListener {
    /** The exit reason of fills of orders submitted without a recorded purpose. */
    private static final String DEFAULT_PURPOSE = "signal";

    private final Instrument[] instruments;
    private final Strategy[] strategies;
    private final StrategyId strategyId;
    private final Portfolio portfolio;
    private final FundingSchedule funding;
    private final Consumer<Event> publish;
    private final SizingPolicy sizing;
    private final RiskEngine risk;
    private final MessageBus bus;
    private final Clock clock;
    private final boolean allowShort;
    private final Direction[] target;
    private final int[] currentBar;
    private final Map<ClientOrderId, String> orderPurpose = new HashMap<>();
    private final Map<String, Long> deniedByCheck = new TreeMap<>();
    private final SizingInputs sizingInputs;
    private final SizingDecision[] lastSizing;
    private final Map<String, Long> sizedToZero = new TreeMap<>();
    private final Context context = new Context();
    private final ExecutionStats execution = new ExecutionStats();
    private final ExitLog exitLog = new ExitLog();
    private final ExitActions exitActions = new EngineExitActions();
    private ExitBrain exits;
    private ExecutionClient client;
    private InstrumentRegimes regimes;
    private long orderSeq;
    private long signals;
    private long submitted;
    private long denied;

    /** An engine whose instruments pay no funding. */
    public TradingEngine(List<Instrument> instruments, List<Strategy> strategies, StrategyId strategyId,
                         Portfolio portfolio, SizingPolicy sizing, RiskEngine risk, MessageBus bus, Clock clock,
                         boolean allowShort) {
        this(instruments, strategies, strategyId, portfolio,
                new FundingSchedule(instruments.stream().map(i -> FundingRates.none(i.id())).toList()), sizing, risk,
                bus, clock, allowShort);
    }

    /** @param funding the funding of every instrument, in the same order (spot ones: none) */
    public TradingEngine(List<Instrument> instruments, List<Strategy> strategies, StrategyId strategyId,
                         Portfolio portfolio, FundingSchedule funding, SizingPolicy sizing, RiskEngine risk,
                         MessageBus bus, Clock clock, boolean allowShort) {
        if (instruments.size() != strategies.size()) {
            throw new IllegalArgumentException("one strategy instance per instrument is required");
        }
        if (funding.instruments() != instruments.size()) {
            throw new IllegalArgumentException("funding is needed for each of the " + instruments.size()
                    + " instruments, got " + funding.instruments());
        }
        this.instruments = instruments.toArray(Instrument[]::new);
        this.strategies = strategies.toArray(Strategy[]::new);
        this.strategyId = strategyId;
        this.portfolio = portfolio;
        this.funding = funding;
        this.publish = bus::publish;
        this.sizing = sizing;
        this.risk = risk;
        this.bus = bus;
        this.clock = clock;
        this.allowShort = allowShort;
        this.target = new Direction[this.instruments.length];
        this.currentBar = new int[this.instruments.length];
        java.util.Arrays.fill(target, Direction.FLAT);
        this.regimes = InstrumentRegimes.none(instruments.stream().map(Instrument::id).toList());
        this.sizingInputs = new SizingInputs(instruments, strategyId, sizing.inputs());
        sizingInputs.listen(bus, portfolio.closedTrades());
        this.lastSizing = new SizingDecision[this.instruments.length];
        risk.attach(instruments, portfolio, bus);
        this.exits = ExitBrain.disabled(instruments, strategyId, exitActions);
        bus.subscribe(Event.ExitAlert.class, this::onExitAlert);
    }

    /** Tracks the instruments' regimes (before the first bar): updated each bar, read by strategies. */
    public void trackRegimes(InstrumentRegimes instrumentRegimes) {
        this.regimes = instrumentRegimes;
    }

    public InstrumentRegimes regimes() {
        return regimes;
    }

    /**
     * Turns the exit brain on (before the first bar): every position then gets an exit plan.
     *
     * @param takerFeeRate the venue's taker fee as a fraction of notional, for the breakeven price
     */
    public void useExits(ExitConfig config, double takerFeeRate, HitRates rates, HealthSignal health) {
        this.exits = new ExitBrain(config, List.of(instruments), strategyId, takerFeeRate, exitActions, rates, health);
    }

    public ExitBrain exits() {
        return exits;
    }

    /** Every exit fill and the exit orders per reason so far. */
    public ExitSummary exitSummary() {
        return exitLog.summary();
    }

    /** An {@link Event.ExitAlert} on the bus: tightens the instrument's stop (when exits are on). */
    private void onExitAlert(Event.ExitAlert alert) {
        for (int k = 0; k < instruments.length; k++) {
            if (instruments[k].id().equals(alert.instrument())) {
                tightenTowardBreakeven(k, alert.fraction());
                return;
            }
        }
    }

    /**
     * A predictive alert for instrument {@code k}: its stop moves {@code fraction} of the way to breakeven
     * (never loosening) and the venue's hard stop with it. Returns whether the stop moved.
     */
    public boolean tightenTowardBreakeven(int k, double fraction) {
        return exits.tightenTowardBreakeven(k, fraction, portfolio.positionQuantity(k), clock.now());
    }

    /** Connects the execution client (it needs this engine as its listener, so it comes second). */
    public void connect(ExecutionClient executionClient) {
        this.client = executionClient;
    }

    /**
     * Processes the close of bar {@code i} of instrument {@code k}. The clock must be at its close time. Order:
     * the venue matches (fills are applied as they come), funding due by the close is applied to the position
     * after those fills at the close price, the instrument is marked to the close, the risk state takes the bar,
     * the exit brain acts, its regime is updated and published, the strategy decides.
     */
    public void onBar(int k, BarSeries s, int i) {
        currentBar[k] = i;
        client.onBar(k, s, i);
        double close = s.close(i);
        funding.onBar(k, s.timestamp(i), s.closeTime(i), close, portfolio, publish);
        portfolio.mark(k, close);
        risk.onBar(k, s, i, clock.now());
        regimes.onBar(k, s, i, publish);
        sizingInputs.onBar(k, s, i);
        context.bind(k, s, i);
        if (exits.enabled()) {
            Direction t = target[k];
            exits.onBar(k, s, i, portfolio.positionQuantity(k), portfolio.position(k).averagePrice(),
                    t == Direction.LONG ? 1 : t == Direction.SHORT ? -1 : 0, clock.now());
        }
        strategies[k].onBar(s, i, context);
    }

    @Override
    public void onVenueEvent(Event event, int k) {
        if (event instanceof Event.OrderFilled f) {
            Fill fill = f.fill();
            String purpose = orderPurpose.getOrDefault(fill.orderId(), DEFAULT_PURPOSE);
            double before = portfolio.positionQuantity(k);
            if (before != 0.0 && Math.signum(before) != fill.side().sign()) {
                exitLog.onExitFill(fill.instrument(), fill.orderId(), fill.timestamp(), fill.price(),
                        Math.min(fill.quantity(), Math.abs(before)), purpose);
            }
            double realized = portfolio.apply(k, fill, currentBar[k], purpose);
            execution.onFill(fill);
            bus.publish(event);
            bus.publish(new Event.PositionChanged(fill.timestamp(), portfolio.position(k).snapshot(
                    portfolio.markPrice(k)), realized));
            exits.onFill(k, fill.orderId(), fill.side(), f.status() == OrderStatus.FILLED);
            return;
        }
        // an order that ended without filling releases its place in the exit plan
        if (event instanceof Event.OrderCanceled c) {
            exits.onOrderEnded(k, c.orderId());
        } else if (event instanceof Event.OrderRejected r) {
            exits.onOrderEnded(k, r.orderId());
        } else if (event instanceof Event.OrderExpired x) {
            exits.onOrderEnded(k, x.orderId());
        }
        bus.publish(event);
    }

    private void onSignal(int k, BarSeries s, int i, Direction direction, double confidence, String[] reasons) {
        long now = clock.now();
        Signal signal = new Signal(now, instruments[k].id(), strategyId, direction, confidence, List.of(reasons));
        signals++;
        bus.publish(signal);
        Direction wanted = direction == Direction.SHORT && !allowShort ? Direction.FLAT : direction;
        Direction previous = target[k];
        if (wanted == previous) {
            return;
        }
        target[k] = wanted;
        exits.onTargetChange(k, now);
        if (client.hasOpenOrders(k)) {
            client.cancelAll(k, now, "superseded by " + wanted + " signal");
        }
        double price = s.close(i);
        double current = portfolio.positionQuantity(k);
        double size = wanted == Direction.FLAT ? 0.0 : size(k, signal, price);
        if (size == 0.0 && wanted != Direction.FLAT) {
            // sizing gave nothing: the position goes flat, and the next signal this way tries again
            target[k] = Direction.FLAT;
        }
        double desired = wanted == Direction.LONG ? size : wanted == Direction.SHORT ? -size : 0.0;
        double delta = desired - current;
        double qty = instruments[k].floorToLot(Math.abs(delta));
        if (qty <= 0) {
            return;
        }
        Order order = Order.market(ClientOrderId.sequence(++orderSeq), instruments[k].id(), strategyId,
                delta > 0 ? Side.BUY : Side.SELL, qty, now);
        if (!submit(k, order, price, "signal")) {
            // the target was not taken: the next signal for it must be able to try again
            target[k] = previous;
        }
    }

    /** The target quantity sizing gives {@code signal}; a zero is counted under its reason. */
    private double size(int k, Signal signal, double price) {
        SizingDecision d = sizing.size(sizingInputs.request(k, signal, price, portfolio.equity()));
        lastSizing[k] = d;
        if (!d.reason().isSized()) {
            sizedToZero.merge(d.reason().key(), 1L, Long::sum);
        }
        return d.quantity();
    }

    /**
     * Risk-checks and sends an order; {@code purpose} becomes the exit reason of what it closes.
     *
     * @return whether the order was sent (false: a check denied it, an {@code OrderDenied} was published)
     */
    public boolean submit(int k, Order order, double decisionPrice, String purpose) {
        int boundK = context.k;
        double boundPrice = context.decisionPrice;
        context.forOrder(k, decisionPrice);
        CheckResult verdict = risk.check(order, context);
        context.forOrder(boundK, boundPrice); // the strategy being run keeps its instrument
        if (risk.checksRun() > 0) {
            bus.publish(risk.verdicts(order));
        }
        if (verdict instanceof CheckResult.Deny d) {
            denied++;
            deniedByCheck.merge(d.check(), 1L, Long::sum);
            bus.publish(new Event.OrderDenied(order.createdAt(), order, d.check(), d.reason()));
            return false;
        }
        submitted++;
        // only purposes other than the default are kept: the map no longer grows by one entry per order
        if (!DEFAULT_PURPOSE.equals(purpose)) {
            orderPurpose.put(order.id(), purpose);
        } else if (!orderPurpose.isEmpty()) {
            orderPurpose.remove(order.id());
        }
        execution.onSubmit(order);
        bus.publish(new Event.OrderSubmitted(order.createdAt(), order, decisionPrice));
        client.submit(new Command.SubmitOrder(order.createdAt(), order, decisionPrice), k);
        return true;
    }

    public Portfolio portfolio() {
        return portfolio;
    }

    public RiskEngine risk() {
        return risk;
    }

    public long signals() {
        return signals;
    }

    public long ordersSubmitted() {
        return submitted;
    }

    public long ordersDenied() {
        return denied;
    }

    public Map<String, Long> deniedByCheck() {
        return Map.copyOf(deniedByCheck);
    }

    public ExecutionStats execution() {
        return execution;
    }

    /** Signals that sizing turned into a zero target, per {@code SizingReason} key. */
    public Map<String, Long> sizedToZero() {
        return Map.copyOf(sizedToZero);
    }

    /** The last sizing decision for instrument {@code k} (its stop distances are the exit plan's R). */
    public Optional<SizingDecision> lastSizing(int k) {
        return Optional.ofNullable(lastSizing[k]);
    }

    /** ATR, volatility, regime per instrument, and the performance benchmarker. */
    public SizingInputs sizingInputs() {
        return sizingInputs;
    }

    public PerformanceBenchmarker performance() {
        return sizingInputs.performance();
    }

    /** The exit brain's hands: new orders go through {@link #submit} and its risk checks. */
    private final class EngineExitActions implements ExitActions {
        @Override
        public boolean submit(int k, Order order, double decisionPrice, String purpose) {
            return TradingEngine.this.submit(k, order, decisionPrice, purpose);
        }

        @Override
        public boolean cancel(ClientOrderId id, long time, String reason) {
            return client.cancel(id, time, reason);
        }

        @Override
        public boolean modify(ClientOrderId id, OrderSpec spec, long time) {
            return client.modify(id, spec, time);
        }

        @Override
        public ClientOrderId nextOrderId() {
            return ClientOrderId.sequence(++orderSeq);
        }
    }

    /** The strategy's and the risk checks' view; rebound per bar and per order, never allocated per bar. */
    private final class Context implements StrategyContext, RiskContext {
        private int k;
        private BarSeries series;
        private int index;
        private double decisionPrice = Double.NaN;

        void bind(int k, BarSeries s, int i) {
            this.k = k;
            this.series = s;
            this.index = i;
        }

        /** Points the risk view at the instrument and decision price of an order being checked. */
        void forOrder(int k, double decisionPrice) {
            this.k = k;
            this.decisionPrice = decisionPrice;
        }

        @Override
        public long now() {
            return clock.now();
        }

        @Override
        public double positionQuantity() {
            return portfolio.positionQuantity(k);
        }

        @Override
        public void signal(Direction direction, double confidence, String... reasons) {
            onSignal(k, series, index, direction, confidence, reasons);
        }

        @Override
        public RegimeReading regime() {
            return regimes.reading(k);
        }

        @Override
        public TradingState tradingState() {
            return risk.state();
        }

        @Override
        public String tradingStateReason() {
            return risk.riskState().reason();
        }

        @Override
        public double equity() {
            return portfolio.equity();
        }

        @Override
        public Instrument instrument() {
            return instruments[k];
        }

        @Override
        public double lastPrice() {
            return portfolio.markPrice(k);
        }

        @Override
        public double decisionPrice() {
            return decisionPrice;
        }

        @Override
        public double workingBuyQuantity() {
            return risk.riskState().workingBuy(k);
        }

        @Override
        public double workingSellQuantity() {
            return risk.riskState().workingSell(k);
        }

        @Override
        public double grossExposure() {
            RiskState rs = risk.riskState();
            double gross = 0;
            for (int j = 0; j < instruments.length; j++) {
                double q = portfolio.positionQuantity(j);
                double worst = Math.max(Math.abs(q + rs.workingBuy(j)), Math.abs(q - rs.workingSell(j)));
                if (worst != 0) {
                    gross += worst * portfolio.markPrice(j);
                }
            }
            return gross;
        }

        @Override
        public double netLongExposure() {
            RiskState rs = risk.riskState();
            double net = 0;
            for (int j = 0; j < instruments.length; j++) {
                double x = portfolio.positionQuantity(j) + rs.workingBuy(j);
                if (x != 0) {
                    net += x * portfolio.markPrice(j);
                }
            }
            return net;
        }

        @Override
        public double netShortExposure() {
            RiskState rs = risk.riskState();
            double net = 0;
            for (int j = 0; j < instruments.length; j++) {
                double x = portfolio.positionQuantity(j) - rs.workingSell(j);
                if (x != 0) {
                    net += x * portfolio.markPrice(j);
                }
            }
            return net;
        }

        @Override
        public int openPositions() {
            RiskState rs = risk.riskState();
            int open = 0;
            for (int j = 0; j < instruments.length; j++) {
                double q = portfolio.positionQuantity(j);
                if (q + rs.workingBuy(j) != 0 || q - rs.workingSell(j) != 0) {
                    open++;
                }
            }
            return open;
        }

        @Override
        public double unrealizedPnl() {
            return portfolio.unrealizedPnl();
        }

        @Override
        public double peakEquity() {
            return risk.riskState().peakEquity();
        }

        @Override
        public double dayStartEquity() {
            return risk.riskState().dayStartEquity(clock.now());
        }

        @Override
        public boolean dailyLossCapReached() {
            return risk.riskState().dailyLossCapReached(clock.now());
        }

        @Override
        public long cooldownUntil() {
            return risk.riskState().cooldownUntil(k);
        }

        @Override
        public long lastBarCloseTime() {
            return risk.riskState().lastCloseTime(k);
        }

        @Override
        public long barIntervalMs() {
            return risk.riskState().intervalMs(k);
        }

        @Override
        public int scenarioReturns(Order order, double[] out) {
            return risk.riskState().scenarioReturns(k, order, portfolio, portfolio.equity(), out);
        }

        @Override
        public double healthScore() {
            int score = risk.health().overall();
            return score == Event.HealthUpdate.NOT_SCORED ? Double.NaN : score;
        }
    }
}
