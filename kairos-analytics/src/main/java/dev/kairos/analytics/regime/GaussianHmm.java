package dev.kairos.analytics.regime;

/**
 * A hidden Markov model with {@code states} hidden states and a Gaussian emission with diagonal covariance in
 * {@code dimensions} dimensions: initial distribution {@code pi}, transition matrix {@code A} (row = from,
 * column = to) and per-state means and variances. Immutable; fitted by {@link GaussianHmmFitter}.
 *
 * <p>Online use is the forward filter only: {@link #start} on the first observation, then {@link #filter} on
 * each next one turns {@code P(state_{t-1} | x_0..x_{t-1})} into {@code P(state_t | x_0..x_t)} — predict with
 * {@code A}, weigh by the emission densities, normalise. Nothing here smooths over later observations.
 * Emission densities are handled relative to their largest one (so nothing underflows) and floored at
 * {@value #DENSITY_FLOOR} of it, so a bar no state explains leaves the prediction in place instead of a 0/0.
 * O(S² + S·d) per observation, allocation-free.
 */
public final class GaussianHmm {
    /** Smallest relative emission density (to the largest at the same observation). */
    static final double DENSITY_FLOOR = 1e-300;
    private static final double LOG_TWO_PI = Math.log(2.0 * Math.PI);

    private final int states;
    private final int dimensions;
    private final double[] initial;
    private final double[] transition;
    private final double[] means;
    private final double[] variances;
    private final double[] inverseVariances;
    private final double[] logNorms;

    /**
     * @param initial     initial distribution, one probability per state
     * @param transition  {@code transition[from][to]}, rows summing to 1
     * @param means       {@code means[state][dimension]}
     * @param variances   {@code variances[state][dimension]}, positive
     * @throws IllegalArgumentException when shapes disagree, a probability row does not sum to 1 (within 1e-9),
     *                                  or a value is negative, not finite or (variances) not positive
     */
    public GaussianHmm(double[] initial, double[][] transition, double[][] means, double[][] variances) {
        this(initial.length, means.length == 0 ? 0 : means[0].length, initial, flatten(transition, initial.length,
                initial.length, "transition"), flatten(means, initial.length, means.length == 0 ? 0 : means[0].length,
                "means"), flatten(variances, initial.length, means.length == 0 ? 0 : means[0].length, "variances"));
    }

    /** From flat row-major arrays (copied and checked). */
    GaussianHmm(int states, int dimensions, double[] initial, double[] transition, double[] means, double[] variances) {
        if (states < 1) {
            throw new IllegalArgumentException("hmm: need at least 1 state, got " + states);
        }
        if (dimensions < 1) {
            throw new IllegalArgumentException("hmm: need at least 1 dimension, got " + dimensions);
        }
        this.states = states;
        this.dimensions = dimensions;
        this.initial = checkDistribution(initial.clone(), 0, states, "initial distribution");
        this.transition = transition.clone();
        for (int r = 0; r < states; r++) {
            checkDistribution(this.transition, r * states, states, "transition row " + r);
        }
        this.means = means.clone();
        this.variances = variances.clone();
        this.inverseVariances = new double[states * dimensions];
        this.logNorms = new double[states];
        for (int s = 0; s < states; s++) {
            double logNorm = 0.0;
            for (int j = 0; j < dimensions; j++) {
                double m = this.means[s * dimensions + j];
                double v = this.variances[s * dimensions + j];
                if (!Double.isFinite(m)) {
                    throw new IllegalArgumentException("hmm: mean " + j + " of state " + s + " is not finite: " + m);
                }
                if (!(v > 0.0) || Double.isInfinite(v)) {
                    throw new IllegalArgumentException("hmm: variance " + j + " of state " + s
                            + " must be positive and finite, got " + v);
                }
                inverseVariances[s * dimensions + j] = 1.0 / v;
                logNorm -= 0.5 * (LOG_TWO_PI + Math.log(v));
            }
            logNorms[s] = logNorm;
        }
    }

    public int states() {
        return states;
    }

    public int dimensions() {
        return dimensions;
    }

    /** {@code pi[state]}. */
    public double initial(int state) {
        return initial[state];
    }

    /** {@code A[from][to]}. */
    public double transition(int from, int to) {
        return transition[from * states + to];
    }

    public double mean(int state, int dimension) {
        return means[state * dimensions + dimension];
    }

    public double variance(int state, int dimension) {
        return variances[state * dimensions + dimension];
    }

    /** The natural log of the emission density of {@code state} at {@code x[offset .. offset + dimensions)}. */
    public double logEmission(int state, double[] x, int offset) {
        return logDensity(x, offset, means, inverseVariances, logNorms[state], state * dimensions, dimensions);
    }

    static double logDensity(double[] x, int offset, double[] means, double[] inverseVariances, double logNorm,
                             int stateOffset, int dimensions) {
        double q = 0.0;
        for (int j = 0; j < dimensions; j++) {
            double e = x[offset + j] - means[stateOffset + j];
            q += e * e * inverseVariances[stateOffset + j];
        }
        return logNorm - 0.5 * q;
    }

    /**
     * The posterior after the first observation, {@code P(state_0 | x_0)}, into {@code posterior[0 .. states)};
     * {@code scratch} (length at least {@code states}) is work space.
     *
     * @return {@code ln p(x_0)}
     */
    public double start(double[] x, int offset, double[] posterior, double[] scratch) {
        System.arraycopy(initial, 0, posterior, 0, states);
        return weigh(posterior, x, offset, scratch);
    }

    /**
     * One forward-filter step: {@code posterior} holds {@code P(state_{t-1} | x_0..x_{t-1})} and is replaced by
     * {@code P(state_t | x_0..x_t)}. {@code scratch} (length at least {@code states}) is work space.
     *
     * @return {@code ln p(x_t | x_0..x_{t-1})}
     */
    public double filter(double[] posterior, double[] x, int offset, double[] scratch) {
        int n = states;
        for (int s = 0; s < n; s++) {
            scratch[s] = 0.0;
        }
        for (int r = 0; r < n; r++) {
            double p = posterior[r];
            int row = r * n;
            for (int s = 0; s < n; s++) {
                scratch[s] += p * transition[row + s];
            }
        }
        System.arraycopy(scratch, 0, posterior, 0, n);
        return weigh(posterior, x, offset, scratch);
    }

    /**
     * Multiplies the prediction in {@code p} by the emission densities and normalises; returns the log normaliser.
     * {@code logDensity} receives the log emission densities.
     */
    private double weigh(double[] p, double[] x, int offset, double[] logDensity) {
        double max = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < states; s++) {
            double lb = logEmission(s, x, offset);
            logDensity[s] = lb;
            max = Math.max(max, lb);
        }
        double total = 0.0;
        for (int s = 0; s < states; s++) {
            double w = p[s] * Math.max(Math.exp(logDensity[s] - max), DENSITY_FLOOR);
            p[s] = w;
            total += w;
        }
        double inverse = 1.0 / total;
        for (int s = 0; s < states; s++) {
            p[s] *= inverse;
        }
        return max + Math.log(total);
    }

    /**
     * The log-likelihood {@code ln p(x_0..x_{n-1})} of {@code n} observations (row-major in {@code data}), by the
     * forward filter.
     */
    public double logLikelihood(double[] data, int n) {
        if (n < 1 || data.length < (long) n * dimensions) {
            throw new IllegalArgumentException("hmm: need 1 to " + data.length / dimensions + " observations, got " + n);
        }
        double[] posterior = new double[states];
        double[] scratch = new double[states];
        double ll = start(data, 0, posterior, scratch);
        for (int t = 1; t < n; t++) {
            ll += filter(posterior, data, t * dimensions, scratch);
        }
        return ll;
    }

    private static double[] flatten(double[][] rows, int expectedRows, int width, String what) {
        if (rows.length != expectedRows) {
            throw new IllegalArgumentException("hmm: " + what + " has " + rows.length + " rows, expected "
                    + expectedRows + " (one per state)");
        }
        double[] flat = new double[expectedRows * width];
        for (int r = 0; r < expectedRows; r++) {
            if (rows[r].length != width) {
                throw new IllegalArgumentException("hmm: " + what + " row " + r + " has " + rows[r].length
                        + " values, expected " + width);
            }
            System.arraycopy(rows[r], 0, flat, r * width, width);
        }
        return flat;
    }

    private static double[] checkDistribution(double[] p, int offset, int length, String what) {
        double sum = 0.0;
        for (int i = 0; i < length; i++) {
            double v = p[offset + i];
            if (!(v >= 0.0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("hmm: " + what + " has an invalid probability " + v);
            }
            sum += v;
        }
        if (!(Math.abs(sum - 1.0) <= 1e-9)) {
            throw new IllegalArgumentException("hmm: " + what + " sums to " + sum + ", expected 1");
        }
        return p;
    }
}
