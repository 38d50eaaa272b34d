package dev.kairos.bench;

import dev.kairos.analytics.regime.RegimeDetectors;
import dev.kairos.analytics.regime.RegimeEnsembleConfig;
import dev.kairos.engine.backtest.BacktestResult;
import dev.kairos.engine.regime.RegimeSettings;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The backtest pipeline of {@link PipelineBenchmark} (CLI default costs, basic guards, {@code sma-cross} 10/30,
 * journal off) with regime tracking as the CLI does it: {@code STANDARD} is the CLI default (all five
 * detectors, k-means and HMM refitted every 250 bars on the last 1,000), {@code RULE_BASED} the three
 * rule-based detectors only (no refits), {@code OFF} what {@link PipelineBenchmark} measures. On the first
 * {@value #BARS} of the synthetic one-minute bars (the fitted detectors cost ~20 µs per bar, so a million
 * bars would take minutes per invocation). The score is bars per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(RegimePipelineBenchmark.BARS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms3g", "-Xmx3g"})
public class RegimePipelineBenchmark {
    static final int BARS = 100_000;

    /** How regimes are tracked; see the class comment. */
    public enum Regimes { OFF, RULE_BASED, STANDARD }

    @Param({"OFF", "RULE_BASED", "STANDARD"})
    public Regimes regimes;

    private BenchSetup.Backtest backtest;

    @Setup(Level.Trial)
    public void setup() {
        RegimeSettings settings = switch (regimes) {
            case OFF -> RegimeSettings.off();
            case RULE_BASED -> new RegimeSettings(true, RegimeDetectors.RULE_BASED, RegimeEnsembleConfig.defaults(),
                    Optional.empty());
            case STANDARD -> RegimeSettings.standard();
        };
        backtest = new BenchSetup.Backtest(SyntheticBars.generate(BenchSetup.INSTRUMENT_ID, BARS, BenchSetup.SEED),
                BenchSetup.Costs.CLI_DEFAULTS, BenchSetup.Guards.BASIC, settings);
    }

    @Benchmark
    public void smaCross(Blackhole bh) {
        BacktestResult r = backtest.run();
        bh.consume(r.finalEquity());
        bh.consume(r);
    }
}
