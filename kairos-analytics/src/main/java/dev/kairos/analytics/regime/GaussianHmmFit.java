package dev.kairos.analytics.regime;

/**
 * The outcome of one Baum–Welch fit: the model, the log-likelihood of the data after each iteration (entry 0
 * at the initial guess, entry {@code i} after the {@code i}-th re-estimation), whether the improvement fell
 * below the tolerance, the share of the data's variance the states explain (with the final state
 * probabilities as weights) and the filtered state distribution at the last observation. Immutable.
 */
public final class GaussianHmmFit {
    private final GaussianHmm model;
    private final double[] logLikelihoods;
    private final boolean converged;
    private final double explainedVariance;
    private final double[] lastPosterior;

    GaussianHmmFit(GaussianHmm model, double[] logLikelihoods, boolean converged, double explainedVariance,
                   double[] lastPosterior) {
        this.model = model;
        this.logLikelihoods = logLikelihoods.clone();
        this.converged = converged;
        this.explainedVariance = explainedVariance;
        this.lastPosterior = lastPosterior.clone();
    }

    public GaussianHmm model() {
        return model;
    }

    /** Re-estimation steps done (Baum–Welch iterations). */
    public int iterations() {
        return logLikelihoods.length - 1;
    }

    /** A copy of the log-likelihood trace: {@code iterations() + 1} values, one per parameter set visited. */
    public double[] logLikelihoods() {
        return logLikelihoods.clone();
    }

    /** The log-likelihood of the data under {@link #model()} (the last entry of the trace). */
    public double logLikelihood() {
        return logLikelihoods[logLikelihoods.length - 1];
    }

    /** True when the last iteration improved the log-likelihood by less than the tolerance. */
    public boolean converged() {
        return converged;
    }

    /**
     * {@code 1 - sum_t sum_s gamma_ts |x_t - m_s|^2 / sum_t |x_t - mean|^2} with {@code m_s} the
     * gamma-weighted state means, in [0, 1]; 0 when the data is constant.
     */
    public double explainedVariance() {
        return explainedVariance;
    }

    /** {@code P(state_{n-1} = s | x_0..x_{n-1})}: the forward filter's distribution at the last observation. */
    public double lastPosterior(int state) {
        return lastPosterior[state];
    }
}
