package dev.kairos.engine.backtest;

import dev.kairos.analytics.performance.BuyAndHold;
import dev.kairos.analytics.performance.EquityStats;
import dev.kairos.analytics.performance.PerformanceReport;
import dev.kairos.analytics.performance.TradeStats;
import dev.kairos.analytics.risk.RiskFigures;
import dev.kairos.engine.bus.MessageBus;
import dev.kairos.engine.clock.SimulatedClock;
import dev.kairos.engine.core.ExecutionStats;
import dev.kairos.engine.core.TradingEngine;
import dev.kairos.engine.regime.InstrumentRegimes;
import dev.kairos.engine.regime.RegimeHistory;
import dev.kairos.engine.regime.RegimeSettings;
import dev.kairos.analytics.performance.RegimeBreakdown;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.portfolio.ClosedTrade;
import dev.kairos.engine.exit.HealthSignal;
import dev.kairos.engine.exit.BenchmarkedHitRates;
import dev.kairos.engine.journal.RunJournal;
import dev.kairos.engine.journal.RunManifest;
import dev.kairos.engine.portfolio.FundingSchedule;
import dev.kairos.engine.portfolio.Portfolio;
import dev.kairos.engine.risk.RiskEngine;
import dev.kairos.engine.risk.TradingState;
import dev.kairos.engine.strategy.Strategy;
import dev.kairos.engine.strategy.StrategyDefinition;
import dev.kairos.engine.strategy.StrategyParams;
import dev.kairos.engine.venue.SimulatedVenue;
import dev.kairos.model.Instrument;
import dev.kairos.model.StrategyId;
import dev.kairos.model.event.Event;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.FundingRates;
import dev.kairos.model.portfolio.PositionSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Runs one backtest: replays the bars of every instrument merged by close time through the
 * {@link TradingEngine} with a {@link SimulatedClock} and a {@link SimulatedVenue}, records every event
 * in the journal, and computes the result. Same inputs and seed → same events → same journal hash.
 *
 * <p>Risk: the engine's {@link RiskEngine} is built from {@link BacktestConfig#risk()} and {@link
 * BacktestConfig#health()}; its circuit breakers (a wiped-out account halts trading) act inside the engine.
 * The result carries the VaR and ES of the per-close-time portfolio returns and the health scores' min and mean.
 *
 * <p>Each instrument's strategy is created with the instrument's {@link MarketData#strategyInputs() side
 * inputs}; perpetuals with funding rates are charged funding by a {@link FundingSchedule}.
 */
public final class BacktestRunner {
    /** Points kept for the report's equity curve (memory stays bounded for any run length). */
    static final int CURVE_CAPACITY = 32_768;
    private static final int PROGRESS_EVERY = 8_192;

    private final BacktestConfig config;
    private final RegimeSettings regimeSettings;

    /** A runner that does not track regimes. */
    public BacktestRunner(BacktestConfig config) {
        this(config, RegimeSettings.off());
    }

    /** A runner that tracks regimes as {@code regimeSettings} say (published each bar, read by strategies). */
    public BacktestRunner(BacktestConfig config, RegimeSettings regimeSettings) {
        this.config = config;
        this.regimeSettings = regimeSettings;
    }

    public BacktestResult run(List<MarketData> data, StrategyDefinition definition, StrategyParams params,
                              RunJournal journal, RunManifest manifest, ProgressListener progress) {
        if (data.isEmpty()) {
            throw new IllegalArgumentException("a backtest needs at least one instrument with bars");
        }
        params = definition.effective(params); // what the result reports; instances behave the same with either
        List<Instrument> instruments = new ArrayList<>();
        List<BarSeries> series = new ArrayList<>();
        List<Strategy> strategies = new ArrayList<>();
        List<FundingRates> funding = new ArrayList<>();
        long interval = Long.MAX_VALUE;
        long start = Long.MAX_VALUE;
        for (MarketData md : data) {
            if (md.bars().isEmpty()) {
                throw new IllegalArgumentException(md.instrument().id() + " has no bars");
            }
            if (instruments.stream().anyMatch(i -> i.id().equals(md.instrument().id()))) {
                throw new IllegalArgumentException("instrument " + md.instrument().id() + " given twice");
            }
            instruments.add(md.instrument());
            series.add(md.bars());
            strategies.add(definition.create(md.instrument().id(), params, md.strategyInputs()));
            funding.add(md.funding());
            interval = Math.min(interval, md.bars().intervalMs());
            start = Math.min(start, md.bars().timestamp(0));
        }

        MessageBus bus = new MessageBus();
        if (journal.isEnabled()) {
            journal.begin(manifest);
            bus.subscribeAll(journal::record);
        }
        SimulatedClock clock = new SimulatedClock(start);
        Portfolio portfolio = new Portfolio(instruments, config.initialCapital());
        TradingEngine engine = new TradingEngine(instruments, strategies, new StrategyId(definition.name()),
                portfolio, new FundingSchedule(funding), config.sizing().policy(instruments.size()),
                RiskEngine.configured(config.risk(), config.health(), config.maxOrderEquityMultiple(), config.seed()),
                bus, clock, config.allowShort());
        SimulatedVenue venue = new SimulatedVenue(config.venue(), instruments, portfolio, engine,
                new SplittableRandom(config.seed()));
        engine.connect(venue);
        if (config.exits().enabled()) {
            engine.useExits(config.exits(), config.venue().fees().takerBps() / 10_000.0,
                    new BenchmarkedHitRates(engine.performance(), config.exits().takeProfitR().size()),
                    healthOf(engine));
        }

        EquityStats stats = new EquityStats(config.initialCapital(), interval);
        InstrumentRegimes regimes = InstrumentRegimes.of(instruments.stream().map(Instrument::id).toList(),
                regimeSettings);
        engine.trackRegimes(regimes);
        RegimeBreakdown byRegime = new RegimeBreakdown(config.initialCapital(), interval);
        EquityCurve curve = new EquityCurve(CURVE_CAPACITY);
        boolean sampleEvents = journal.isEnabled();
        HistoricalFeed feed = new HistoricalFeed(series);
        long total = feed.totalBars();
        long done = 0;
        // equity at each close time, for the run's VaR/ES (there are at most as many close times as bars)
        double[] stepEquity = new double[(int) Math.min(total, Integer.MAX_VALUE - 8)];
        int steps = 0;
        while (feed.next()) {
            int k = feed.instrument();
            BarSeries s = feed.series(k);
            int i = feed.index();
            long closeTime = s.closeTime(i);
            clock.advanceTo(closeTime);
            engine.onBar(k, s, i);
            done++;
            if (feed.peekCloseTime() != closeTime) {
                double equity = portfolio.equity();
                stepEquity[steps++] = equity;
                stats.add(equity, portfolio.inMarket());
                byRegime.add(equity, regimes.reading(0).regimeOrdinal());
                curve.add(closeTime, equity);
                if (sampleEvents) {
                    bus.publish(new Event.EquitySample(closeTime, equity, portfolio.account().cash(),
                            portfolio.grossExposure(), portfolio.unrealizedPnl()));
                }
            }
            if (done % PROGRESS_EVERY == 0) {
                progress.onProgress(done, total);
            }
        }
        progress.onProgress(done, total);

        List<PositionSnapshot> open = new ArrayList<>();
        double bh = 0;
        for (int k = 0; k < instruments.size(); k++) {
            if (!portfolio.position(k).isFlat()) {
                open.add(portfolio.position(k).snapshot(portfolio.markPrice(k)));
            }
            bh += BuyAndHold.totalReturn(series.get(k));
        }
        bh /= instruments.size();
        String hash = journal.isEnabled() ? journal.headHash() : "";
        List<RegimeHistory> histories = new ArrayList<>();
        for (int k = 0; k < instruments.size(); k++) {
            histories.add(regimes.history(k));
        }
        Map<InstrumentId, Integer> index = new HashMap<>();
        for (int k = 0; k < instruments.size(); k++) {
            index.put(instruments.get(k).id(), k);
        }
        List<ClosedTrade> trades = portfolio.closedTrades();
        int[] tradeRegime = new int[trades.size()];
        for (int t = 0; t < tradeRegime.length; t++) {
            ClosedTrade trade = trades.get(t);
            tradeRegime[t] = histories.get(index.get(trade.instrument())).regimeAt(trade.entryTime());
        }
        ExecutionStats ex = engine.execution();
        var account = portfolio.account();
        return new BacktestResult(definition.name(), params.asText(), config.seed(), done, stats.bars(), interval,
                config.initialCapital(), portfolio.equity(), account.realizedPnl(), portfolio.unrealizedPnl(),
                account.feesPaid(), account.fundingPaid(),
                PerformanceReport.of(stats, TradeStats.of(portfolio.closedTrades())), bh,
                new ExecutionQuality(ex.orders(), ex.fills(), ex.avgSlippageBps(), ex.avgLatencyMs(), ex.fillRatio()),
                portfolio.closedTrades(), open, engine.signals(), engine.ordersSubmitted(), engine.ordersDenied(),
                engine.deniedByCheck(), engine.sizedToZero(), curve.times(), curve.values(), hash,
                byRegime.rows(trades, tradeRegime), histories,
                RiskFigures.of(stepReturns(config.initialCapital(), stepEquity, steps), config.risk().varConfidence(),
                        config.risk().varHorizonBars(), config.seed()),
                engine.risk().health().minOverall(), engine.risk().health().meanOverall(), engine.exitSummary());
    }

    /**
     * The exit brain's view of the health monitor: the overall score over 100, healthy (1) until something is
     * scored. Adaptive exit levels freeze while it is below {@code exits.min_health}.
     */
    private static HealthSignal healthOf(TradingEngine engine) {
        return () -> {
            int overall = engine.risk().health().overall();
            return overall == Event.HealthUpdate.NOT_SCORED ? 1.0 : overall / 100.0;
        };
    }

    /** Simple returns of the equity at each close time, the first over {@code initial}; none after a wipe-out. */
    static double[] stepReturns(double initial, double[] equity, int steps) {
        double[] r = new double[steps];
        double previous = initial;
        int n = 0;
        while (n < steps && previous > 0) {
            r[n] = equity[n] / previous - 1;
            previous = equity[n];
            n++;
        }
        return n == steps ? r : java.util.Arrays.copyOf(r, n);
    }
}
