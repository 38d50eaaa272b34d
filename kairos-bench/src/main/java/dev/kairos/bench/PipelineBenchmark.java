package dev.kairos.bench;

import dev.kairos.engine.backtest.BacktestResult;
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
 * (a) The full backtest pipeline: {@code BacktestRunner} with the CLI's default costs, strategy
 * {@code sma-cross} fast=10 slow=30, journal and regime tracking off (the CLI tracks regimes by default:
 * {@link RegimePipelineBenchmark} measures what that adds). One invocation replays all
 * 1,000,000 bars: feed → venue matching → portfolio → strategy → sizing → risk checks → orders → fills →
 * equity statistics and curve → result (performance report, trades). The score is bars per second.
 *
 * <p>{@code costs}: the CLI's default fees and slippage, or none (see {@link BenchSetup.Costs}). {@code guards}:
 * the basic risk checks only, or every risk check, the health monitor and the exit brain
 * ({@link BenchSetup.Guards}); the difference is what sizing, checks and exits add per bar.
 *
 * <p>The bars are generated once per trial and are not part of the measurement (no CSV reading: that is
 * {@link CsvIngestBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(BenchSetup.BARS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms3g", "-Xmx3g"})
public class PipelineBenchmark {
    /** {@code CLI_DEFAULTS} is the headline; {@code FRICTIONLESS} keeps every signal trading (see {@link BenchSetup.Costs}). */
    @Param({"CLI_DEFAULTS", "FRICTIONLESS"})
    public BenchSetup.Costs costs;

    /** {@code BASIC}: the basic checks only; {@code FULL}: all risk checks, health and the exit brain. */
    @Param({"BASIC", "FULL"})
    public BenchSetup.Guards guards;

    private BenchSetup.Backtest backtest;

    @Setup(Level.Trial)
    public void setup() {
        backtest = new BenchSetup.Backtest(BenchSetup.bars(), costs, guards);
    }

    @Benchmark
    public void smaCross(Blackhole bh) {
        BacktestResult r = backtest.run();
        bh.consume(r.finalEquity());
        bh.consume(r.trades().size());
        bh.consume(r);
    }
}
