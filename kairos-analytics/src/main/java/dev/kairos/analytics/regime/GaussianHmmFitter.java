package dev.kairos.analytics.regime;

import java.util.Arrays;
import java.util.Optional;

/**
 * Fits a {@link GaussianHmm} (diagonal covariance) to one sequence of observations by Baum–Welch
 * (expectation–maximisation) with scaled forward and backward variables.
 *
 * <p><b>Initialisation</b> (seeded, deterministic): {@link KMeans} with the seed clusters the observations; the
 * centroids are the initial means, the within-cluster variances (floored) the initial variances, the initial
 * distribution is uniform and the transition matrix counts the cluster-to-cluster moves of consecutive
 * observations plus one of each (so every transition starts possible).
 *
 * <p><b>Iterations.</b> E-step: emission densities relative to each observation's largest one, the forward pass
 * normalised at every step (its normalisers give the log-likelihood), the backward pass scaled by the same
 * normalisers, state and transition posteriors. M-step: the usual re-estimates, with two guards that keep every
 * step an improvement of the expected complete log-likelihood (so the log-likelihood never decreases):
 * variances are floored at {@code varianceFloor} times the data's variance in that dimension (the constrained
 * maximum), and a state expected to hold fewer than {@value #MIN_OCCUPANCY} observations keeps its emission
 * parameters (and a transition row with no expected visits its row) instead of collapsing onto a point.
 * Stops when an iteration improves the log-likelihood by less than {@code tolerance} per observation, or after
 * {@code maxIterations}.
 *
 * <p>Cost O(iterations · n · (S² + S·d)); work arrays are kept between fits of the same size. Not thread-safe.
 */
public final class GaussianHmmFitter {
    /** Expected observations below which a state's emission parameters are not re-estimated. */
    public static final double MIN_OCCUPANCY = 2.0;
    private static final double LOG_TWO_PI = Math.log(2.0 * Math.PI);

    private final int states;
    private final int maxIterations;
    private final double tolerance;
    private final double varianceFloor;
    private final long seed;

    // parameters being fitted (flat, row-major)
    private double[] initial;
    private double[] transition;
    private double[] means;
    private double[] variances;
    private double[] inverseVariances;
    private double[] logNorms;
    private double[] floors;
    // per-observation work
    private double[] density = new double[0];
    private double[] alpha = new double[0];
    private double[] betaNext;
    private double[] betaCurrent;
    private double[] weighted;
    private double[] scale = new double[0];
    // expected statistics
    private double[] occupancy;
    private double[] weightedSum;
    private double[] transitionSum;

    /**
     * @param states        hidden states, at least 1
     * @param maxIterations Baum–Welch iterations at most, at least 1
     * @param tolerance     stop when an iteration improves the log-likelihood by less than this per observation;
     *                      non-negative
     * @param varianceFloor smallest variance as a fraction of the data's variance in that dimension (of 1 where
     *                      the data is constant); in (0, 1)
     * @param seed          seed of the k-means initialisation
     * @throws IllegalArgumentException when a value is out of range
     */
    public GaussianHmmFitter(int states, int maxIterations, double tolerance, double varianceFloor, long seed) {
        if (states < 1) {
            throw new IllegalArgumentException("hmm fit: states must be >= 1, got " + states);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("hmm fit: max iterations must be >= 1, got " + maxIterations);
        }
        if (!(tolerance >= 0.0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("hmm fit: tolerance must be >= 0 and finite, got " + tolerance);
        }
        if (!(varianceFloor > 0.0 && varianceFloor < 1.0)) {
            throw new IllegalArgumentException("hmm fit: variance floor must be in (0, 1), got " + varianceFloor);
        }
        this.states = states;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
        this.varianceFloor = varianceFloor;
        this.seed = seed;
    }

    public int states() {
        return states;
    }

    /**
     * Fits the model to the {@code n} observations {@code data[t * dimensions .. (t + 1) * dimensions)}, in time
     * order.
     *
     * @throws IllegalArgumentException when {@code n < 2 * states}, {@code dimensions < 1}, the array is too short
     *                                  or a value is not finite
     */
    public GaussianHmmFit fit(double[] data, int n, int dimensions) {
        return fit(data, n, dimensions, Optional.empty());
    }

    /**
     * As {@link #fit(double[], int, int)}, starting Baum–Welch from {@code start}'s parameters when present (a
     * warm start: a refit on a window that moved on by a few hundred bars converges in a few iterations instead
     * of starting from k-means), its variances held above this fitter's floors.
     *
     * @throws IllegalArgumentException also when {@code start} has another number of states or dimensions
     */
    public GaussianHmmFit fit(double[] data, int n, int dimensions, Optional<GaussianHmm> start) {
        KMeans.checkData(data, n, dimensions, 2 * states, "hmm fit");
        int d = dimensions;
        allocate(n, d);
        if (start.isPresent()) {
            GaussianHmm m = start.get();
            if (m.states() != states || m.dimensions() != d) {
                throw new IllegalArgumentException("warm start has " + m.states() + " states and " + m.dimensions()
                        + " dimensions; this fit needs " + states + " and " + d);
            }
            initialiseFrom(m, data, n, d);
        } else {
            initialise(data, n, d);
        }
        double[] trace = new double[maxIterations + 1];
        double ll = expectation(data, n, d);
        if (start.isPresent() && !Double.isFinite(ll)) {
            // the previous model cannot explain this window (densities underflow): start afresh from k-means
            initialise(data, n, d);
            ll = expectation(data, n, d);
        }
        trace[0] = ll;
        int iterations = 0;
        boolean converged = false;
        while (iterations < maxIterations) {
            maximisation(data, n, d);
            double next = expectation(data, n, d);
            iterations++;
            trace[iterations] = next;
            boolean small = next - ll < tolerance * n;
            ll = next;
            if (small) {
                converged = true;
                break;
            }
        }
        double[] last = new double[states];
        System.arraycopy(alpha, (n - 1) * states, last, 0, states);
        GaussianHmm model = new GaussianHmm(states, d, initial, transition, means, variances);
        return new GaussianHmmFit(model, Arrays.copyOf(trace, iterations + 1), converged,
                explainedVariance(data, n, d), last);
    }

    private void allocate(int n, int d) {
        int s = states;
        if (means == null || means.length != s * d) {
            initial = new double[s];
            transition = new double[s * s];
            means = new double[s * d];
            variances = new double[s * d];
            inverseVariances = new double[s * d];
            logNorms = new double[s];
            floors = new double[d];
            occupancy = new double[s];
            weightedSum = new double[s * d];
            transitionSum = new double[s * s];
            betaNext = new double[s];
            betaCurrent = new double[s];
            weighted = new double[s];
        }
        if (density.length < n * s) {
            density = new double[n * s];
            alpha = new double[n * s];
            scale = new double[n];
        }
    }

    private void initialiseFrom(GaussianHmm m, double[] data, int n, int d) {
        computeFloors(data, n, d);
        int s = states;
        for (int r = 0; r < s; r++) {
            // the window starts anywhere: a uniform start; transitions kept, blended with a little uniform mass so
            // that no path the new window needs has probability zero
            initial[r] = 1.0 / s;
            for (int c = 0; c < s; c++) {
                transition[r * s + c] = 0.98 * m.transition(r, c) + 0.02 / s;
            }
            for (int j = 0; j < d; j++) {
                means[r * d + j] = m.mean(r, j);
                variances[r * d + j] = Math.max(m.variance(r, j), floors[j]);
            }
        }
        refreshEmissions(d);
    }

    private void computeFloors(double[] data, int n, int d) {
        for (int j = 0; j < d; j++) {
            double sum = 0.0;
            for (int t = 0; t < n; t++) {
                sum += data[t * d + j];
            }
            double mean = sum / n;
            double ss = 0.0;
            for (int t = 0; t < n; t++) {
                double e = data[t * d + j] - mean;
                ss += e * e;
            }
            double variance = ss / n;
            floors[j] = varianceFloor * (variance > 0.0 ? variance : 1.0);
        }
    }

    private void initialise(double[] data, int n, int d) {
        int s = states;
        computeFloors(data, n, d);
        KMeansClustering clustering = new KMeans(s, 3, 100, seed).fit(data, n, d);
        int[] label = new int[n];
        double[] sumSq = new double[s * d];
        int[] count = new int[s];
        for (int t = 0; t < n; t++) {
            int c = clustering.nearest(data, t * d);
            label[t] = c;
            count[c]++;
            for (int j = 0; j < d; j++) {
                double e = data[t * d + j] - clustering.centroid(c, j);
                sumSq[c * d + j] += e * e;
            }
        }
        Arrays.fill(transitionSum, 1.0);
        for (int t = 1; t < n; t++) {
            transitionSum[label[t - 1] * s + label[t]] += 1.0;
        }
        for (int r = 0; r < s; r++) {
            initial[r] = 1.0 / s;
            double row = 0.0;
            for (int c = 0; c < s; c++) {
                row += transitionSum[r * s + c];
            }
            for (int c = 0; c < s; c++) {
                transition[r * s + c] = transitionSum[r * s + c] / row;
            }
            for (int j = 0; j < d; j++) {
                means[r * d + j] = clustering.centroid(r, j);
                double v = count[r] > 1 ? sumSq[r * d + j] / count[r] : floors[j] / varianceFloor;
                variances[r * d + j] = Math.max(v, floors[j]);
            }
        }
        refreshEmissions(d);
    }

    private void refreshEmissions(int d) {
        for (int s = 0; s < states; s++) {
            double logNorm = 0.0;
            for (int j = 0; j < d; j++) {
                double v = variances[s * d + j];
                inverseVariances[s * d + j] = 1.0 / v;
                logNorm -= 0.5 * (LOG_TWO_PI + Math.log(v));
            }
            logNorms[s] = logNorm;
        }
    }

    /**
     * Forward and backward passes under the current parameters; leaves the state posteriors (gamma) in
     * {@code alpha} and the expected statistics in {@link #occupancy}, {@link #weightedSum} and
     * {@link #transitionSum}. Returns the log-likelihood.
     */
    private double expectation(double[] data, int n, int d) {
        int s = states;
        double logLikelihood = 0.0;
        // emission densities relative to the largest at each observation
        for (int t = 0; t < n; t++) {
            double max = Double.NEGATIVE_INFINITY;
            int base = t * s;
            for (int k = 0; k < s; k++) {
                double lb = GaussianHmm.logDensity(data, t * d, means, inverseVariances, logNorms[k], k * d, d);
                density[base + k] = lb;
                max = Math.max(max, lb);
            }
            for (int k = 0; k < s; k++) {
                density[base + k] = Math.max(Math.exp(density[base + k] - max), GaussianHmm.DENSITY_FLOOR);
            }
            logLikelihood += max;
        }
        // forward, normalised at every step
        double c = 0.0;
        for (int k = 0; k < s; k++) {
            double a = initial[k] * density[k];
            alpha[k] = a;
            c += a;
        }
        scaleRow(alpha, 0, s, c);
        scale[0] = c;
        for (int t = 1; t < n; t++) {
            int prev = (t - 1) * s;
            int base = t * s;
            c = 0.0;
            for (int k = 0; k < s; k++) {
                double p = 0.0;
                for (int r = 0; r < s; r++) {
                    p += alpha[prev + r] * transition[r * s + k];
                }
                double a = p * density[base + k];
                alpha[base + k] = a;
                c += a;
            }
            scaleRow(alpha, base, s, c);
            scale[t] = c;
        }
        for (int t = 0; t < n; t++) {
            logLikelihood += Math.log(scale[t]);
        }
        // backward, scaled by the forward normalisers, fused with the posteriors: at step t the transition
        // posteriors need alpha_t and beta_{t+1}, and gamma_t = alpha_t * beta_t (which then replaces alpha_t)
        Arrays.fill(transitionSum, 0.0);
        Arrays.fill(occupancy, 0.0);
        Arrays.fill(weightedSum, 0.0);
        double[] next = betaNext;
        double[] current = betaCurrent;
        Arrays.fill(next, 0, s, 1.0);
        accumulate(data, n - 1, d, 1.0);
        for (int t = n - 2; t >= 0; t--) {
            int base = t * s;
            int nextBase = base + s;
            double inverse = 1.0 / scale[t + 1];
            for (int k = 0; k < s; k++) {
                weighted[k] = density[nextBase + k] * next[k] * inverse;
            }
            double total = 0.0;
            for (int r = 0; r < s; r++) {
                double a = alpha[base + r];
                int row = r * s;
                double b = 0.0;
                for (int k = 0; k < s; k++) {
                    double m = transition[row + k] * weighted[k];
                    b += m;
                    transitionSum[row + k] += a * m;
                }
                current[r] = b;
                double g = a * b;
                alpha[base + r] = g;
                total += g;
            }
            // gamma sums to 1 in exact arithmetic; renormalise against rounding
            accumulate(data, t, d, 1.0 / total);
            double[] swap = next;
            next = current;
            current = swap;
        }
        return logLikelihood;
    }

    /** Normalises gamma_t (in {@code alpha}) by {@code factor} and adds it to the occupancy and weighted sums. */
    private void accumulate(double[] data, int t, int d, double factor) {
        int s = states;
        int base = t * s;
        for (int k = 0; k < s; k++) {
            double g = alpha[base + k] * factor;
            alpha[base + k] = g;
            occupancy[k] += g;
            for (int j = 0; j < d; j++) {
                weightedSum[k * d + j] += g * data[t * d + j];
            }
        }
    }

    private static void scaleRow(double[] a, int base, int length, double total) {
        double inverse = 1.0 / total;
        for (int k = 0; k < length; k++) {
            a[base + k] *= inverse;
        }
    }

    /** Re-estimates the parameters from the statistics of the last {@link #expectation}. */
    private void maximisation(double[] data, int n, int d) {
        int s = states;
        System.arraycopy(alpha, 0, initial, 0, s);
        for (int r = 0; r < s; r++) {
            double row = 0.0;
            for (int k = 0; k < s; k++) {
                row += transitionSum[r * s + k];
            }
            if (row > 1e-12) {
                for (int k = 0; k < s; k++) {
                    transition[r * s + k] = transitionSum[r * s + k] / row;
                }
            }
        }
        for (int k = 0; k < s; k++) {
            if (occupancy[k] < MIN_OCCUPANCY) {
                continue;
            }
            for (int j = 0; j < d; j++) {
                means[k * d + j] = weightedSum[k * d + j] / occupancy[k];
            }
        }
        double[] squares = inverseVariances; // reused as the accumulator; refreshed below
        Arrays.fill(squares, 0.0);
        for (int t = 0; t < n; t++) {
            int base = t * s;
            for (int k = 0; k < s; k++) {
                double g = alpha[base + k];
                for (int j = 0; j < d; j++) {
                    double e = data[t * d + j] - means[k * d + j];
                    squares[k * d + j] += g * e * e;
                }
            }
        }
        for (int k = 0; k < s; k++) {
            if (occupancy[k] < MIN_OCCUPANCY) {
                continue;
            }
            for (int j = 0; j < d; j++) {
                variances[k * d + j] = Math.max(squares[k * d + j] / occupancy[k], floors[j]);
            }
        }
        refreshEmissions(d);
    }

    /** 1 - (gamma-weighted within-state sum of squares) / (total sum of squares), from the last E-step. */
    private double explainedVariance(double[] data, int n, int d) {
        double total = KMeans.totalSumOfSquares(data, n, d);
        if (!(total > 0.0)) {
            return 0.0;
        }
        int s = states;
        double within = 0.0;
        for (int t = 0; t < n; t++) {
            int base = t * s;
            for (int k = 0; k < s; k++) {
                double g = alpha[base + k];
                if (g == 0.0 || occupancy[k] <= 0.0) {
                    continue;
                }
                for (int j = 0; j < d; j++) {
                    double e = data[t * d + j] - weightedSum[k * d + j] / occupancy[k];
                    within += g * e * e;
                }
            }
        }
        return Math.min(1.0, Math.max(0.0, 1.0 - within / total));
    }
}
