package dev.kairos.bench;

import dev.kairos.analytics.regime.HmmConfig;
import dev.kairos.analytics.regime.HmmDetector;
import dev.kairos.analytics.regime.KMeansConfig;
import dev.kairos.analytics.regime.KMeansDetector;
import dev.kairos.analytics.regime.RegimeDetector;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.regime.Regime;
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
 * Per-bar cost of the fitted regime detectors ({@code detector=kmeans|hmm}) on seeded synthetic one-minute bars
 * ({@link SyntheticBars}, seed 42). Scores are nanoseconds per bar.
 *
 * <ul>
 *   <li>{@link #betweenRefits}: the online step alone — features, standardisation, and the soft nearest-centroid
 *       probabilities (k-means, O(k·d)) or one forward-filter step (HMM, O(S² + S·d)) — on a detector fitted once
 *       (default window of 1000 bars, refits switched off), in batches of 10,000 bars. It allocates nothing
 *       ({@code -prof gc}: about 0 B/op). Refitting the detector when the series runs out is setup, not timed.</li>
 *   <li>{@link #withRefits}: a fresh detector with its default config (window 1000, refit every 250 bars)
 *       over 20,000 bars (about the size of the shipped 4h data sets): the amortised cost, fits included
 *       (76 fits per run).</li>
 * </ul>
 *
 * <p>Run: {@code kairos-bench/run.sh jmh FittedRegimeUpdateBenchmark -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms1g", "-Xmx1g"})
public class FittedRegimeUpdateBenchmark {
    /** Bars per invocation of {@link #betweenRefits}. */
    static final int BATCH = 10_000;
    /** Bars per invocation of {@link #withRefits}. */
    static final int RUN = 20_000;
    private static final int SERIES = 500_000;

    /** A fitted detector and the next bar to feed it. */
    @State(Scope.Thread)
    public static class Online {
        @Param({"kmeans", "hmm"})
        public String detector;

        BarSeries bars;
        RegimeDetector fitted;
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
            fitted = create(detector, Integer.MAX_VALUE);
            next = 0;
            while (!fitted.isReady()) {
                fitted.update(bars, next++);
            }
        }
    }

    /** The bars of one amortised run. */
    @State(Scope.Thread)
    public static class Run {
        @Param({"kmeans", "hmm"})
        public String detector;

        BarSeries bars;

        @Setup(Level.Trial)
        public void data() {
            bars = SyntheticBars.generate(BenchSetup.INSTRUMENT_ID, RUN, BenchSetup.SEED);
        }
    }

    static RegimeDetector create(String name, int refitEvery) {
        return switch (name) {
            case "kmeans" -> new KMeansDetector(KMeansConfig.defaults().withWindow(1000, refitEvery));
            case "hmm" -> new HmmDetector(HmmConfig.defaults().withWindow(1000, refitEvery));
            default -> throw new IllegalArgumentException("unknown detector " + name + "; expected kmeans or hmm");
        };
    }

    /** The online step between refits; the score is per bar. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public double betweenRefits(Online s) {
        RegimeDetector d = s.fitted;
        BarSeries bars = s.bars;
        int from = s.next;
        double sum = 0.0;
        for (int i = from; i < from + BATCH; i++) {
            d.update(bars, i);
            sum += d.probability(Regime.BULL_TREND) + d.confidence();
        }
        s.next = from + BATCH;
        return sum;
    }

    /** A fresh detector with its defaults over the whole run, refits included; the score is per bar. */
    @Benchmark
    @OperationsPerInvocation(RUN)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public double withRefits(Run r) {
        RegimeDetector d = r.detector.equals("kmeans") ? new KMeansDetector() : new HmmDetector();
        BarSeries bars = r.bars;
        double sum = 0.0;
        for (int i = 0; i < bars.size(); i++) {
            d.update(bars, i);
            sum += d.probability(Regime.BULL_TREND) + d.confidence();
        }
        return sum;
    }
}
