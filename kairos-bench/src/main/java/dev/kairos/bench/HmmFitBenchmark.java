package dev.kairos.bench;

import dev.kairos.analytics.regime.GaussianHmmFit;
import dev.kairos.analytics.regime.GaussianHmmFitter;
import dev.kairos.analytics.regime.HmmConfig;
import dev.kairos.analytics.regime.KMeans;
import dev.kairos.analytics.regime.KMeansClustering;
import dev.kairos.analytics.regime.KMeansConfig;
import dev.kairos.analytics.regime.RegimeFeatures;
import dev.kairos.analytics.regime.RegimeFeaturesConfig;
import dev.kairos.analytics.regime.RegimeFeaturesWindow;
import dev.kairos.model.market.BarSeries;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One fit of the regime models on the standardised {@link RegimeFeatures} of the last {@code bars} synthetic
 * one-minute bars ({@link SyntheticBars}, seed 42, which switch between four regimes): {@link #hmm} is Baum–Welch
 * for a 4-state diagonal Gaussian HMM exactly as {@code HmmDetector} refits with {@link HmmConfig#defaults()}
 * (k-means initialisation included; at most 200 iterations, tolerance 1e-6 per bar), {@link #kmeans} the
 * k-means of {@code KMeansDetector} ({@link KMeansConfig#defaults()}: k = 4, 5 restarts). The score is
 * milliseconds per fit; the target for the HMM on 10,000 bars is at most 1 s. {@code bars=1000} is the
 * detectors' default window: the cost of one scheduled refit.
 *
 * <p>Run: {@code kairos-bench/run.sh jmh HmmFitBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms1g", "-Xmx1g"})
public class HmmFitBenchmark {

    /** The standardised training window and the fitters, built once per trial. */
    @State(Scope.Thread)
    public static class Window {
        @Param({"10000", "1000"})
        public int bars;

        double[] features;
        int rows;
        GaussianHmmFitter hmm;
        KMeans kmeans;

        @Setup(Level.Trial)
        public void setup() {
            RegimeFeaturesConfig config = RegimeFeaturesConfig.defaults();
            BarSeries series = SyntheticBars.generate(BenchSetup.INSTRUMENT_ID, bars + config.warmUpBars(),
                    BenchSetup.SEED);
            RegimeFeaturesWindow window = new RegimeFeaturesWindow(config, bars);
            for (int i = 0; i < series.size(); i++) {
                window.update(series, i);
            }
            features = new double[bars * RegimeFeatures.DIMENSIONS];
            rows = window.standardiseTraining(features);
            HmmConfig h = HmmConfig.defaults();
            hmm = new GaussianHmmFitter(h.states(), h.maxIterations(), h.tolerance(), h.varianceFloor(), h.seed());
            KMeansConfig k = KMeansConfig.defaults();
            kmeans = new KMeans(k.clusters(), k.restarts(), k.maxIterations(), k.seed());
        }
    }

    /** Baum–Welch (with its k-means initialisation) on the window. */
    @Benchmark
    public GaussianHmmFit hmm(Window w) {
        return w.hmm.fit(w.features, w.rows, RegimeFeatures.DIMENSIONS);
    }

    /** k-means (k-means++, Lloyd, 5 restarts) on the window. */
    @Benchmark
    public KMeansClustering kmeans(Window w) {
        return w.kmeans.fit(w.features, w.rows, RegimeFeatures.DIMENSIONS);
    }
}
