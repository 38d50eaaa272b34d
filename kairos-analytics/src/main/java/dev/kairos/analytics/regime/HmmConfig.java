package dev.kairos.analytics.regime;

/**
 * Settings of {@link HmmDetector}.
 *
 * @param states        hidden states, between 2 and 8 (default 4)
 * @param window        bars of the rolling training window, at least {@code max(50, 20 * states)} (default 1000)
 * @param refitEvery    bars between refits once the first window is full, at least 1 (default 250)
 * @param maxIterations Baum–Welch iterations per fit, at least 1 (default 200)
 * @param tolerance     stop a fit when an iteration improves the log-likelihood by less than this per bar;
 *                      non-negative (default 1e-4 nats per bar, 0.1 over the default 1,000-bar window: a
 *                      tighter 1e-6 took 5–37 warm-started iterations per refit instead of a few and changed
 *                      the regime accuracy in {@code docs/regimes.md} by less than 0.1 point)
 * @param varianceFloor smallest state variance, as a fraction of the (standardised) feature's variance over the
 *                      window, in (0, 1) (default 1e-3)
 * @param features      the features and the trend threshold of the state-to-regime mapping
 * @param seed          seed of the k-means initialisation
 */
public record HmmConfig(int states, int window, int refitEvery, int maxIterations, double tolerance,
                        double varianceFloor, RegimeFeaturesConfig features, long seed) {

    /** @throws IllegalArgumentException when a value is out of range */
    public HmmConfig {
        if (states < 2 || states > 8) {
            throw new IllegalArgumentException("hmm detector: states must be in [2, 8], got " + states);
        }
        int minWindow = Math.max(50, 20 * states);
        if (window < minWindow) {
            throw new IllegalArgumentException("hmm detector: window must be >= " + minWindow + " bars for " + states
                    + " states, got " + window);
        }
        if (refitEvery < 1) {
            throw new IllegalArgumentException("hmm detector: refit interval must be >= 1 bar, got " + refitEvery);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("hmm detector: max iterations must be >= 1, got " + maxIterations);
        }
        if (!(tolerance >= 0.0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("hmm detector: tolerance must be >= 0 and finite, got " + tolerance);
        }
        if (!(varianceFloor > 0.0 && varianceFloor < 1.0)) {
            throw new IllegalArgumentException("hmm detector: variance floor must be in (0, 1), got " + varianceFloor);
        }
        if (features == null) {
            throw new IllegalArgumentException("hmm detector: features config is required");
        }
    }

    /** Four states on a 1000-bar window refitted every 250 bars, at most 200 iterations, seed 42. */
    public static HmmConfig defaults() {
        return new HmmConfig(4, 1000, 250, 200, 1e-4, 1e-3, RegimeFeaturesConfig.defaults(), 42L);
    }

    /** This config with another seed. */
    public HmmConfig withSeed(long newSeed) {
        return new HmmConfig(states, window, refitEvery, maxIterations, tolerance, varianceFloor, features, newSeed);
    }

    /** This config with another training window and refit interval. */
    public HmmConfig withWindow(int newWindow, int newRefitEvery) {
        return new HmmConfig(states, newWindow, newRefitEvery, maxIterations, tolerance, varianceFloor, features,
                seed);
    }
}
