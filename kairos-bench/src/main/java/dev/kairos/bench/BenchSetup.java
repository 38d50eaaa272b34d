package dev.kairos.bench;

import dev.kairos.engine.backtest.BacktestConfig;
import dev.kairos.engine.exit.ExitConfig;
import dev.kairos.engine.health.HealthConfig;
import dev.kairos.engine.risk.RiskConfig;
import dev.kairos.engine.sizing.SizingConfig;
import dev.kairos.engine.backtest.BacktestResult;
import dev.kairos.engine.backtest.BacktestRunner;
import dev.kairos.engine.regime.RegimeSettings;
import dev.kairos.engine.backtest.MarketData;
import dev.kairos.engine.backtest.ProgressListener;
import dev.kairos.engine.journal.RunJournal;
import dev.kairos.engine.journal.RunManifest;
import dev.kairos.engine.strategy.StrategyCatalog;
import dev.kairos.engine.strategy.StrategyDefinition;
import dev.kairos.engine.strategy.StrategyParams;
import dev.kairos.engine.venue.FeeModel;
import dev.kairos.engine.venue.FillModel;
import dev.kairos.engine.venue.LatencyModel;
import dev.kairos.engine.venue.SlippageModel;
import dev.kairos.engine.venue.VenueConfig;
import dev.kairos.model.Instrument;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.InstrumentKind;
import dev.kairos.model.market.BarSeries;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every benchmark shares: the data set (1,000,000 synthetic one-minute bars, seed 42) and the
 * backtest exactly as the CLI runs it by default ({@code kairos backtest --strategy sma-cross}, see
 * {@code kairos-app}'s {@code Setting} defaults), minus the journal.
 */
public final class BenchSetup {
    /** Bars per benchmark operation set; also the {@code @OperationsPerInvocation} of every benchmark. */
    public static final int BARS = 1_000_000;
    /** Seed of the synthetic data and of the backtest (the CLI's default seed). */
    public static final long SEED = 42L;
    public static final InstrumentId INSTRUMENT_ID = InstrumentId.of("BTC-USD");
    public static final int FAST = 10;
    public static final int SLOW = 30;

    /** CLI defaults: capital 10 000. */
    public static final double CAPITAL = 10_000.0;
    /** CLI defaults: taker and maker fee 10 bps, slippage 5 bps + 10 bps per volume share. */
    public static final double FEE_BPS = 10.0;
    public static final double SLIPPAGE_BPS = 5.0;
    public static final double IMPACT_BPS = 10.0;

    private BenchSetup() {
    }

    public static BarSeries bars() {
        return SyntheticBars.generate(INSTRUMENT_ID, BARS, SEED);
    }

    /** Tick 0.01, lot 1e-8, min notional 1 (CLI defaults). */
    public static Instrument instrument() {
        return new Instrument(INSTRUMENT_ID, InstrumentKind.SPOT, 0.01, 1e-8, 1.0);
    }

    /**
     * The CLI defaults: fee 10 bps both sides, slippage 5 bps + impact 10 bps per volume share, latency 0
     * (no jitter), max volume share 0.1, sizing fraction 1.0, shorts allowed, max order 5 × equity.
     */
    public static BacktestConfig config() {
        return config(Costs.CLI_DEFAULTS);
    }

    /** The CLI defaults, with the venue's costs as {@code costs} says, and the basic risk checks. */
    public static BacktestConfig config(Costs costs) {
        return config(costs, Guards.BASIC);
    }

    /** The CLI defaults, with the venue's costs and the guards as given. */
    public static BacktestConfig config(Costs costs, Guards guards) {
        VenueConfig venue = switch (costs) {
            case CLI_DEFAULTS -> new VenueConfig(new FeeModel(FEE_BPS, FEE_BPS),
                    new SlippageModel(SLIPPAGE_BPS, IMPACT_BPS), new LatencyModel(0, 0), new FillModel(0.1));
            case FRICTIONLESS -> new VenueConfig(new FeeModel(0, 0), new SlippageModel(0, 0), new LatencyModel(0, 0),
                    new FillModel(0.1));
        };
        return switch (guards) {
            case BASIC -> new BacktestConfig(CAPITAL, venue, 1.0, true, 5.0, SEED);
            case FULL -> new BacktestConfig(CAPITAL, venue, SizingConfig.defaults(1.0), true, 5.0, SEED,
                    RiskConfig.defaults(), HealthConfig.defaults(), ExitConfig.defaults());
        };
    }

    /**
     * What guards the orders. {@code BASIC}: the four basic risk checks (trading state, market data, instrument
     * rules, max order notional), no exit brain: the pipeline as it was before the risk engine and the exit
     * brain. {@code FULL}: every default risk check and circuit breaker, the health monitor and its gate, and the
     * exit brain with its default plan (ATR stop, take-profit ladder, breakeven, trailing, hard stop at the venue).
     */
    public enum Guards { BASIC, FULL }

    /**
     * The venue's costs. With the CLI defaults, SMA 10/30 on one-minute bars (a cross every ~26 bars) pays
     * away the account within a few weeks of data; from then on its orders fall below the minimum notional and
     * the risk checks deny them. {@code FRICTIONLESS} (no fees, no slippage) keeps the account alive so that
     * every signal becomes an order and a fill: the same pipeline with its order path busy all the way.
     */
    public enum Costs { CLI_DEFAULTS, FRICTIONLESS }

    public static StrategyDefinition strategy() {
        return StrategyCatalog.builtIn().find("sma-cross").orElseThrow();
    }

    public static StrategyParams params(StrategyDefinition definition) {
        StrategyParams.Resolution r = StrategyParams.resolve(definition.name(), definition.params(),
                Map.of("fast", Integer.toString(FAST), "slow", Integer.toString(SLOW)));
        if (!r.ok()) {
            throw new IllegalStateException("bad benchmark params: " + r.problems());
        }
        return r.params();
    }

    /** A ready-to-run backtest of {@code bars}; {@link #run} runs it with the journal off. */
    public static final class Backtest {
        public final List<MarketData> data;
        public final StrategyDefinition definition;
        public final StrategyParams params;
        public final RunManifest manifest;
        public final BacktestRunner runner;

        public Backtest(BarSeries bars) {
            this(bars, Costs.CLI_DEFAULTS);
        }

        public Backtest(BarSeries bars, Costs costs) {
            this(bars, costs, Guards.BASIC);
        }

        public Backtest(BarSeries bars, Costs costs, Guards guards) {
            this(bars, costs, guards, RegimeSettings.off());
        }

        /** With regime tracking as {@code regimes} say (the CLI tracks them with every detector by default). */
        public Backtest(BarSeries bars, Costs costs, Guards guards, RegimeSettings regimes) {
            this.data = List.of(new MarketData(instrument(), bars));
            this.definition = strategy();
            this.params = params(definition);
            this.manifest = new RunManifest("bench", definition.name(), params.asText(), SEED, new TreeMap<>(),
                    List.of());
            this.runner = new BacktestRunner(config(costs, guards), regimes);
        }

        public BacktestResult run() {
            return run(ProgressListener.none());
        }

        public BacktestResult run(ProgressListener progress) {
            return runner.run(data, definition, params, RunJournal.none(), manifest, progress);
        }
    }
}
