package dev.kairos.engine.sizing;

import dev.kairos.analytics.indicator.Atr;
import dev.kairos.analytics.indicator.CloseToCloseVolatility;
import dev.kairos.engine.bus.MessageBus;
import dev.kairos.engine.performance.PerformanceBenchmarker;
import dev.kairos.model.Instrument;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.StrategyId;
import dev.kairos.model.event.Event;
import dev.kairos.model.event.Signal;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.portfolio.ClosedTrade;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What sizing reads at a decision, kept current by the engine: per instrument an incremental ATR, the realised
 * volatility (when the policy needs it) and the latest regime; and the {@link PerformanceBenchmarker} fed with
 * the run's closed trades and signals.
 *
 * <p>{@link #onBar} runs once per bar of an instrument, before its strategy decides: O(1) and allocation-free
 * (plus the scoring of signals that fall due). Regimes, signals and closed trades arrive on the bus
 * ({@link #listen}). Volatility is annualised for a market open every day: {@code sqrt(365.25 days / bar
 * interval)}. Instruments are addressed by their index in the run. Engine thread only.
 */
public final class SizingInputs {
    private static final double YEAR_MS = 365.25 * 86_400_000.0;

    private final Instrument[] instruments;
    private final Map<InstrumentId, Integer> index = new HashMap<>();
    private final StrategyId strategy;
    private final InputSettings settings;
    private final Atr[] atr;
    private final CloseToCloseVolatility[] volatility;
    private final long[] intervalMs;
    private final double[] lastClose;
    private final RegimeCall[] regime;
    private final PerformanceBenchmarker performance;
    private List<ClosedTrade> closedTrades = List.of();
    private int tradesSeen;

    /**
     * @param instruments the run's instruments, in index order
     * @param strategy    the strategy whose closed trades the run's trades are
     */
    public SizingInputs(List<Instrument> instruments, StrategyId strategy, InputSettings settings) {
        if (instruments.isEmpty()) {
            throw new IllegalArgumentException("sizing inputs need at least one instrument");
        }
        this.instruments = instruments.toArray(Instrument[]::new);
        this.strategy = strategy;
        this.settings = settings;
        int n = this.instruments.length;
        this.atr = new Atr[n];
        this.volatility = new CloseToCloseVolatility[settings.volatilityWindow() > 0 ? n : 0];
        this.intervalMs = new long[n];
        this.lastClose = new double[n];
        this.regime = new RegimeCall[n];
        for (int k = 0; k < n; k++) {
            if (index.put(this.instruments[k].id(), k) != null) {
                throw new IllegalArgumentException("instrument " + this.instruments[k].id() + " given twice");
            }
            atr[k] = new Atr(settings.atrPeriod());
            if (volatility.length > 0) {
                volatility[k] = new CloseToCloseVolatility(settings.volatilityWindow());
            }
            lastClose[k] = Double.NaN;
        }
        this.performance = new PerformanceBenchmarker(n, settings.performanceWindow(),
                settings.performanceHorizonBars());
    }

    /**
     * Subscribes to the bus: {@code RegimeUpdate}s set the instrument's regime, {@code Signal}s are handed to the
     * benchmarker at the instrument's last close, and each {@code PositionChanged} hands it the trades that
     * {@code closedTrades} gained since the last one.
     *
     * @param closedTrades the run's closed trades as a live, append-only view ({@code Portfolio.closedTrades()})
     */
    public void listen(MessageBus bus, List<ClosedTrade> closedTrades) {
        this.closedTrades = closedTrades;
        this.tradesSeen = closedTrades.size();
        bus.subscribe(Event.RegimeUpdate.class, this::onRegime);
        bus.subscribe(Signal.class, this::onSignal);
        bus.subscribe(Event.PositionChanged.class, e -> onTrades());
    }

    /** Updates instrument {@code k}'s measurements with bar {@code i} and scores the signals due at its close. */
    public void onBar(int k, BarSeries s, int i) {
        double close = s.close(i);
        atr[k].update(s.high(i), s.low(i), close);
        if (volatility.length > 0) {
            volatility[k].update(close);
        }
        intervalMs[k] = s.intervalMs();
        lastClose[k] = close;
        performance.onBar(k, close);
    }

    /** The request for {@code signal} of instrument {@code k} at {@code price} with {@code equity}. */
    public SizingRequest request(int k, Signal signal, double price, double equity) {
        double a = atr(k);
        Optional<RegimeCall> r = regime(k);
        return new SizingRequest(signal, instruments[k], price, equity, a, volatility(k), r,
                performance.record(signal.source()), settings.stops().distances(a, price, signal.confidence(), r));
    }

    /** Instrument {@code k}'s ATR through its last bar; NaN before the period is complete. */
    public double atr(int k) {
        return atr[k].value();
    }

    /** Instrument {@code k}'s annualised realised volatility; NaN when not measured or not enough bars yet. */
    public double volatility(int k) {
        if (volatility.length == 0 || intervalMs[k] <= 0) {
            return Double.NaN;
        }
        return volatility[k].value() * Math.sqrt(YEAR_MS / intervalMs[k]);
    }

    /** Instrument {@code k}'s latest regime; empty until a {@code RegimeUpdate} for it arrives. */
    public Optional<RegimeCall> regime(int k) {
        return Optional.ofNullable(regime[k]);
    }

    /** The stop rules the requests are made with. */
    public AdaptiveStops stops() {
        return settings.stops();
    }

    public PerformanceBenchmarker performance() {
        return performance;
    }

    private void onRegime(Event.RegimeUpdate u) {
        Integer k = index.get(u.instrument());
        if (k != null) {
            regime[k] = new RegimeCall(u.regime(), u.confidence().score());
        }
    }

    private void onSignal(Signal s) {
        Integer k = index.get(s.instrument());
        if (k != null) {
            performance.onSignal(k, s.source(), s.direction(), lastClose[k]);
        }
    }

    private void onTrades() {
        while (tradesSeen < closedTrades.size()) {
            ClosedTrade t = closedTrades.get(tradesSeen++);
            double notional = t.entryPrice() * t.quantity();
            if (notional > 0) {
                performance.onTradeClosed(strategy, t.exitReason(), t.pnl() / notional);
            }
        }
    }
}
