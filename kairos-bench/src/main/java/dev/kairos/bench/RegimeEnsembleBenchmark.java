package dev.kairos.bench;

import dev.kairos.analytics.regime.HmmConfig;
import dev.kairos.analytics.regime.HmmDetector;
import dev.kairos.analytics.regime.KMeansConfig;
import dev.kairos.analytics.regime.KMeansDetector;
import dev.kairos.analytics.regime.MomentumDetector;
import dev.kairos.analytics.regime.RegimeDetector;
import dev.kairos.analytics.regime.RegimeDetectors;
import dev.kairos.analytics.regime.RegimeEnsemble;
import dev.kairos.analytics.regime.RegimeEnsembleConfig;
import dev.kairos.analytics.regime.TrendDetector;
import dev.kairos.analytics.regime.VolatilityDetector;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.regime.Regime;
import java.util.ArrayList;
import java.util.List;
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

/**
 * Per-bar cost of the regime ensemble (issue target: at most 2 µs per bar with all detectors) on seeded synthetic
 * one-minute bars ({@link SyntheticBars}, seed 42). Scores are nanoseconds per bar.
 *
 * <ul>
 *   <li>{@link #update} with {@code detectors=rule}: the volatility, trend and momentum detectors and the ensemble
 *       (pooling, accuracy weights, confidence factors, hysteresis); {@code detectors=all} adds k-means and the
 *       HMM, fitted once on their first 1000 bars and not refitted, so the score is the online step of all five.
 *       Batches of 10,000 bars; about 0 B/op ({@code -prof gc}).</li>
 *   <li>{@link #withRefits}: the five detectors with their default configs (refit every 250 bars on the last 1000)
 *       over 20,000 bars: the amortised cost, fits included.</li>
 * </ul>
 *
 * <p>Run: {@code kairos-bench/run.sh jmh RegimeEnsembleBenchmark -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms1g", "-Xmx1g"})
public class RegimeEnsembleBenchmark {
    static final int BATCH = 10_000;
    static final int RUN = 20_000;
    private static final int SERIES = 500_000;

    /** A warmed-up ensemble and the next bar to feed it. */
    @State(Scope.Thread)
    public static class Online {
        @Param({"rule", "all"})
        public String detectors;

        BarSeries bars;
        RegimeEnsemble ensemble;
        int next;

        @Setup(Level.Trial)
        public void data() {
            bars = SyntheticBars.generate(BenchSetup.INSTRUMENT_ID, SERIES, BenchSetup.SEED);
            start();
        }

        /** Starts over (not timed) when the next batch would run past the end of the series. */
        @Setup(Level.Invocation)
        public void ensureBars() {
            if (next + BATCH > bars.size()) {
                start();
            }
        }

        private void start() {
            List<RegimeDetector> list = new ArrayList<>(List.of(new VolatilityDetector(), new TrendDetector(),
                    new MomentumDetector()));
            if (detectors.equals("all")) {
                list.add(new KMeansDetector(KMeansConfig.defaults().withWindow(1000, Integer.MAX_VALUE)));
                list.add(new HmmDetector(HmmConfig.defaults().withWindow(1000, Integer.MAX_VALUE)));
            }
            ensemble = new RegimeEnsemble(list, RegimeEnsembleConfig.defaults());
            next = 0;
            // past the fits and the volatility lookback
            while (next < 2_000) {
                ensemble.update(bars, next++);
            }
        }
    }

    /** The bars of one amortised run. */
    @State(Scope.Thread)
    public static class Run {
        BarSeries bars;

        @Setup(Level.Trial)
        public void data() {
            bars = SyntheticBars.generate(BenchSetup.INSTRUMENT_ID, RUN, BenchSetup.SEED);
        }
    }

    /** The ensemble's per-bar update; the score is per bar. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public double update(Online s) {
        RegimeEnsemble e = s.ensemble;
        BarSeries bars = s.bars;
        int from = s.next;
        double sum = 0.0;
        for (int i = from; i < from + BATCH; i++) {
            e.update(bars, i);
            sum += e.probability(Regime.BULL_TREND) + e.confidence() + e.regimeOrdinal();
        }
        s.next = from + BATCH;
        return sum;
    }

    /** All five detectors with their default refits, over a whole 20,000-bar run; the score is per bar. */
    @Benchmark
    @OperationsPerInvocation(RUN)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public double withRefits(Run r) {
        RegimeEnsemble e = RegimeDetectors.standard().ensemble();
        BarSeries bars = r.bars;
        double sum = 0.0;
        for (int i = 0; i < bars.size(); i++) {
            e.update(bars, i);
            sum += e.probability(Regime.BULL_TREND) + e.confidence();
        }
        return sum;
    }
}
