package dev.kairos.analytics.regime;

import dev.kairos.model.market.BarSeries;
import dev.kairos.model.regime.Regime;
import java.util.Arrays;

/**
 * Regimes by k-means clustering of standardised {@link RegimeFeatures} (name {@code kmeans}).
 *
 * <p><b>Fitting.</b> Once the training window ({@link KMeansConfig#window()} feature vectors) is full, and then
 * every {@link KMeansConfig#refitEvery()} bars, the window (past bars only, up to and including the current one)
 * is standardised on its own statistics and clustered by {@link KMeans} (k-means++ seeded from the config's
 * seed, several restarts, lowest inertia wins; a refit starts from the previous centroids and adds one fresh
 * k-means++ start, see {@link KMeans#fit(double[], int, int, double[])}). Each cluster is named a regime by its
 * centroid's trend and volatility ({@link RegimeFeaturesWindow#regimeOf}); several clusters may name the same
 * regime.
 *
 * <p><b>Per bar.</b> The bar's features are standardised with the window's statistics; the probability of
 * cluster {@code c} is {@code softmax(-|x - c|^2 / (2 * s2 * temperature))}, with {@code s2} the fit's
 * within-cluster variance per dimension ({@code inertia / (n * d)}) — the posterior of an equal-weight isotropic
 * Gaussian mixture with those centroids — and a regime's probability is the sum over its clusters. O(k·d),
 * allocation-free. Confidence: {@code (1 - H(p) / ln 4) * R^2}, the sharpness of the regime probabilities times
 * the share of the training window's variance the clusters explain.
 *
 * <p>Not ready (uniform probabilities, confidence 0) until the first fit. Single-threaded.
 */
public final class KMeansDetector implements RegimeDetector {
    /** The detector's name. */
    public static final String NAME = "kmeans";

    private static final int D = RegimeFeatures.DIMENSIONS;
    private static final double[] NO_START = new double[0];

    private final KMeansConfig config;
    private final RegimeFeaturesWindow window;
    private final KMeans kmeans;
    private final double[] training;
    private final double[] x = new double[D];
    private final double[] centroids;
    private final int[] clusterRegime;
    private final double[] clusterWeight;
    private final double[] regime = new double[Regime.COUNT];
    private double inverseTwoVariance;
    private double fitQuality;
    private double confidence;
    private boolean fitted;
    private int fits;

    /** The detector with {@link KMeansConfig#defaults()}. */
    public KMeansDetector() {
        this(KMeansConfig.defaults());
    }

    /** @param config settings (not null) */
    public KMeansDetector(KMeansConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("kmeans detector: config is required");
        }
        this.config = config;
        this.window = new RegimeFeaturesWindow(config.features(), config.window());
        this.kmeans = new KMeans(config.clusters(), config.restarts(), config.maxIterations(), config.seed());
        this.training = new double[config.window() * D];
        this.centroids = new double[config.clusters() * D];
        this.clusterRegime = new int[config.clusters()];
        this.clusterWeight = new double[config.clusters()];
        Arrays.fill(regime, 1.0 / Regime.COUNT);
    }

    @Override
    public String name() {
        return NAME;
    }

    public KMeansConfig config() {
        return config;
    }

    @Override
    public void update(BarSeries bars, int i) {
        if (!window.update(bars, i)) {
            return;
        }
        if (window.isRefitDue(config.refitEvery())) {
            refit();
        }
        if (!fitted) {
            return;
        }
        window.standardiseLatest(x);
        int k = config.clusters();
        double nearest = Double.POSITIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double s = 0.0;
            for (int j = 0; j < D; j++) {
                double e = x[j] - centroids[c * D + j];
                s += e * e;
            }
            clusterWeight[c] = s;
            nearest = Math.min(nearest, s);
        }
        double total = 0.0;
        for (int c = 0; c < k; c++) {
            double w = Math.exp(-(clusterWeight[c] - nearest) * inverseTwoVariance);
            clusterWeight[c] = w;
            total += w;
        }
        Arrays.fill(regime, 0.0);
        for (int c = 0; c < k; c++) {
            regime[clusterRegime[c]] += clusterWeight[c] / total;
        }
        for (int r = 0; r < Regime.COUNT; r++) {
            regime[r] = Math.min(1.0, regime[r]);
        }
        confidence = RegimeFeatures.sharpness(regime) * fitQuality;
    }

    private void refit() {
        int n = window.standardiseTraining(training);
        // warm start from the previous fit's centroids (the window moved on by refitEvery bars), plus one
        // fresh k-means++ start; the first fit is cold, with every restart
        KMeansClustering clustering = kmeans.fit(training, n, D, fits == 0 ? NO_START : centroids);
        for (int c = 0; c < config.clusters(); c++) {
            for (int j = 0; j < D; j++) {
                centroids[c * D + j] = clustering.centroid(c, j);
            }
            clusterRegime[c] = window.regimeOf(centroids, c * D).ordinal();
        }
        double withinVariance = clustering.inertia() / ((double) n * D);
        double floor = 1e-6;
        inverseTwoVariance = 1.0 / (2.0 * Math.max(withinVariance, floor) * config.temperature());
        fitQuality = clustering.explainedVariance();
        fitted = true;
        fits++;
    }

    @Override
    public boolean isReady() {
        return fitted;
    }

    @Override
    public double probability(Regime r) {
        return regime[r.ordinal()];
    }

    @Override
    public void probabilities(double[] out) {
        System.arraycopy(regime, 0, out, 0, Regime.COUNT);
    }

    @Override
    public double confidence() {
        return fitted ? confidence : 0.0;
    }

    /** Fits done so far. */
    public int fits() {
        return fits;
    }

    /** The regime cluster {@code c} of the last fit stands for. */
    public Regime clusterRegime(int c) {
        return Regime.of(clusterRegime[c]);
    }

    /** Share of the last training window's variance the clusters explain (0 before the first fit). */
    public double fitQuality() {
        return fitQuality;
    }
}
