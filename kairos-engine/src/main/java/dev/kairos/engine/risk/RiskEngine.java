package dev.kairos.engine.risk;

import dev.kairos.engine.bus.MessageBus;
import dev.kairos.engine.health.HealthConfig;
import dev.kairos.engine.health.HealthMonitor;
import dev.kairos.engine.portfolio.Portfolio;
import dev.kairos.model.Instrument;
import dev.kairos.model.event.Event;
import dev.kairos.model.event.Signal;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.order.Order;
import dev.kairos.model.portfolio.ClosedTrade;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the checks in order; the first denial wins and ends the run of checks. Keeps the {@link RiskState} (the
 * kill switch with its circuit breakers, loss and cooldown memory, working orders, returns for the VaR) and
 * runs the {@link HealthMonitor} whose score the health gate reads. The engine {@link #attach attaches} it to
 * its instruments and bus, feeds it every bar with {@link #onBar}, and after each {@link #check} publishes
 * {@link #verdicts} (one {@link Event.RiskChecked} per order). A passing run of checks allocates nothing.
 */
public final class RiskEngine {
    /** Every check name, in the standard order. */
    public static final List<String> CHECK_NAMES = RiskConfig.STANDARD_ORDER;

    private final PreTradeCheck[] checks;
    private final RiskState state;
    private final HealthConfig healthConfig;
    private HealthMonitor health;
    private Portfolio portfolio;
    /** The portfolio's live, read-only view of its closed trades (kept: asking for it allocates). */
    private List<ClosedTrade> closedTrades = List.of();
    private int evaluated;
    private CheckResult.Deny denial;

    /** The given checks, no circuit breakers but the wiped-out account, an ungated health monitor. */
    public RiskEngine(List<PreTradeCheck> checks) {
        this(checks, RiskConfig.basic(), HealthConfig.ungated());
    }

    /** The given checks with the breakers of {@code config} and the health monitor of {@code health}. */
    public RiskEngine(List<PreTradeCheck> checks, RiskConfig config, HealthConfig health) {
        this.checks = checks.toArray(PreTradeCheck[]::new);
        this.state = new RiskState(config);
        this.healthConfig = health;
    }

    /** The basic checks, in order: trading state, market data, instrument rules, max order notional. */
    public static RiskEngine standard(double maxOrderEquityMultiple) {
        return configured(RiskConfig.basic(), HealthConfig.ungated(), maxOrderEquityMultiple, 0L);
    }

    /**
     * The checks of {@code config} in its order, leaving out those whose limit is 0 (off), with its breakers.
     *
     * @param seed seed of the VaR check's Monte Carlo stream
     */
    public static RiskEngine configured(RiskConfig config, HealthConfig health, double maxOrderEquityMultiple,
                                        long seed) {
        List<PreTradeCheck> list = new ArrayList<>();
        for (String name : config.checks()) {
            switch (name) {
                case "trading-state" -> list.add(new TradingStateCheck());
                case "market-data" -> list.add(new MarketDataCheck());
                case "stale-data" -> list.add(new StaleDataCheck(config.staleToleranceBars()));
                case "price-band" -> {
                    if (config.priceBand() > 0) {
                        list.add(new PriceBandCheck(config.priceBand()));
                    }
                }
                case "instrument-rules" -> list.add(new InstrumentRulesCheck());
                case "max-order-notional" -> list.add(new MaxOrderNotionalCheck(maxOrderEquityMultiple));
                case "max-position" -> {
                    if (config.maxPositionEquity() > 0) {
                        list.add(new MaxPositionCheck(config.maxPositionEquity()));
                    }
                }
                case "gross-exposure" -> {
                    if (config.maxGrossExposure() > 0) {
                        list.add(new GrossExposureCheck(config.maxGrossExposure()));
                    }
                }
                case "net-exposure" -> {
                    if (config.maxNetExposure() > 0) {
                        list.add(new NetExposureCheck(config.maxNetExposure()));
                    }
                }
                case "open-positions" -> {
                    if (config.maxOpenPositions() > 0) {
                        list.add(new OpenPositionsCheck(config.maxOpenPositions()));
                    }
                }
                case "leverage" -> {
                    if (config.maxLeverage() > 0) {
                        list.add(new LeverageCheck(config.maxLeverage()));
                    }
                }
                case "daily-loss" -> {
                    if (config.dailyLossCap() > 0) {
                        list.add(new DailyLossCheck(config.dailyLossCap()));
                    }
                }
                case "cooldown" -> {
                    if (config.cooldownBarsAfterLoss() > 0
                            || (config.maxConsecutiveLosses() > 0 && config.cooldownBarsAfterStreak() > 0)) {
                        list.add(new CooldownCheck());
                    }
                }
                case "var-limit" -> {
                    if (config.varLimit() > 0) {
                        list.add(new VarLimitCheck(config.varLimit(), config.varConfidence(), config.varHorizonBars(),
                                config.varMethod(), config.varWindowBars(), seed));
                    }
                }
                case "health-gate" -> {
                    if (health.minScore() > 0) {
                        list.add(new HealthGateCheck(health.minScore()));
                    }
                }
                default -> throw new IllegalArgumentException("unknown risk check '" + name + "'");
            }
        }
        return new RiskEngine(list, config, health);
    }

    /** Names of the checks that run, in order. */
    public List<String> checkNames() {
        List<String> names = new ArrayList<>();
        for (PreTradeCheck c : checks) {
            names.add(c.name());
        }
        return names;
    }

    /**
     * Connects to a run: sizes the state for its instruments (engine order), reads equity and closed trades from
     * its {@code portfolio}, subscribes to the order and signal events on {@code bus}, and starts the health
     * monitor publishing there. Once per engine.
     */
    public void attach(List<Instrument> instruments, Portfolio portfolio, MessageBus bus) {
        if (health != null) {
            throw new IllegalStateException("this risk engine is already attached to an engine");
        }
        this.portfolio = portfolio;
        this.closedTrades = portfolio.closedTrades();
        var ids = instruments.stream().map(Instrument::id).toList();
        state.attach(ids);
        HealthMonitor monitor = new HealthMonitor(healthConfig, ids, bus::publish);
        health = monitor;
        bus.subscribe(Event.OrderSubmitted.class, state::onSubmitted);
        bus.subscribe(Event.OrderFilled.class, e -> {
            state.onFilled(e);
            monitor.onFilled(e);
        });
        bus.subscribe(Event.OrderCanceled.class, e -> state.onDone(e.orderId()));
        bus.subscribe(Event.OrderExpired.class, e -> state.onDone(e.orderId()));
        bus.subscribe(Event.OrderRejected.class, e -> {
            state.onRejected(e);
            monitor.onRejected(e);
        });
        bus.subscribe(Event.OrderAccepted.class, monitor::onAccepted);
        bus.subscribe(Event.OrderDenied.class, state::onDenied);
        bus.subscribe(Signal.class, monitor::onSignal);
    }

    /**
     * Bar {@code i} of instrument {@code k} closed at {@code now}, its fills applied and the portfolio marked:
     * updates the risk state and its breakers, then the health monitor. O(instruments), allocation-free unless
     * the health monitor publishes.
     */
    public void onBar(int k, BarSeries s, int i, long now) {
        state.onBar(k, s.closeTime(i), s.intervalMs(), s.close(i), portfolio.equity(), closedTrades);
        health.onBar(k, s, i, now);
    }

    public TradingState state() {
        return state.state();
    }

    /** Sets the kill switch by hand (an operator); the breakers never undo it. */
    public void setState(TradingState newState) {
        state.set(newState, "set by the operator", Long.MIN_VALUE);
    }

    /** The state the checks read. */
    public RiskState riskState() {
        return state;
    }

    /** The health monitor; available once {@link #attach attached}. */
    public HealthMonitor health() {
        if (health == null) {
            throw new IllegalStateException("the risk engine is not attached to an engine yet");
        }
        return health;
    }

    /** Runs the checks in order until one denies; remembers the verdicts for {@link #verdicts}. */
    public CheckResult check(Order order, RiskContext ctx) {
        evaluated = 0;
        denial = null;
        for (PreTradeCheck c : checks) {
            CheckResult r = c.check(order, ctx);
            evaluated++;
            if (r instanceof CheckResult.Deny d) {
                denial = d;
                return r;
            }
        }
        return CheckResult.PASS;
    }

    /** How many checks the last {@link #check} ran. */
    public int checksRun() {
        return evaluated;
    }

    /** The verdicts of the last {@link #check} of {@code order}; needs at least one check to have run. */
    public Event.RiskChecked verdicts(Order order) {
        List<Event.RiskChecked.Verdict> list = new ArrayList<>(evaluated);
        for (int j = 0; j < evaluated; j++) {
            boolean denied = denial != null && j == evaluated - 1;
            list.add(new Event.RiskChecked.Verdict(checks[j].name(), !denied, denied ? denial.reason() : ""));
        }
        return new Event.RiskChecked(order.createdAt(), order.id(), order.instrument(), list);
    }
}
