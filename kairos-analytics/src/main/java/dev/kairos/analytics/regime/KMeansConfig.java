package dev.kairos.analytics.regime;

/**
 * Settings of {@link KMeansDetector}.
 *
 * @param clusters      k, between 2 and 16 (default 4)
 * @param window        bars of the rolling training window, at least {@code max(50, 10 * clusters)} (default 1000)
 * @param refitEvery    bars between refits once the first window is full, at least 1 (default 250)
 * @param restarts      k-means++ restarts of the first fit, at least 1 (default 5); refits start from the
 *                      previous centroids plus one fresh start
 * @param maxIterations Lloyd iterations per restart, at least 1 (default 100)
 * @param temperature   softness of the cluster probabilities, positive: they are the posterior of an isotropic
 *                      Gaussian mixture with the fit's within-cluster variance times this (default 1.0;
 *                      larger is softer)
 * @param features      the features and the trend threshold of the state-to-regime mapping
 * @param seed          seed of the k-means++ draws
 */
public record KMeansConfig(int clusters, int window, int refitEvery, int restarts, int maxIterations,
                           double temperature, RegimeFeaturesConfig features, long seed) {

    /** @throws IllegalArgumentException when a value is out of range */
    public KMeansConfig {
        if (clusters < 2 || clusters > 16) {
            throw new IllegalArgumentException("kmeans detector: clusters must be in [2, 16], got " + clusters);
        }
        int minWindow = Math.max(50, 10 * clusters);
        if (window < minWindow) {
            throw new IllegalArgumentException("kmeans detector: window must be >= " + minWindow + " bars for "
                    + clusters + " clusters, got " + window);
        }
        if (refitEvery < 1) {
            throw new IllegalArgumentException("kmeans detector: refit interval must be >= 1 bar, got " + refitEvery);
        }
        if (restarts < 1) {
            throw new IllegalArgumentException("kmeans detector: restarts must be >= 1, got " + restarts);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("kmeans detector: max iterations must be >= 1, got " + maxIterations);
        }
        if (!(temperature > 0.0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("kmeans detector: temperature must be positive and finite, got "
                    + temperature);
        }
        if (features == null) {
            throw new IllegalArgumentException("kmeans detector: features config is required");
        }
    }

    /** Four clusters on a 1000-bar window refitted every 250 bars, 5 restarts, seed 42. */
    public static KMeansConfig defaults() {
        return new KMeansConfig(4, 1000, 250, 5, 100, 1.0, RegimeFeaturesConfig.defaults(), 42L);
    }

    /** This config with another seed. */
    public KMeansConfig withSeed(long newSeed) {
        return new KMeansConfig(clusters, window, refitEvery, restarts, maxIterations, temperature, features, newSeed);
    }

    /** This config with another training window and refit interval. */
    public KMeansConfig withWindow(int newWindow, int newRefitEvery) {
        return new KMeansConfig(clusters, newWindow, newRefitEvery, restarts, maxIterations, temperature, features,
                seed);
    }
}
