package dev.kairos.analytics.regime;

import java.util.Optional;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.regime.Regime;
import java.util.Arrays;

/**
 * Regimes by a Gaussian hidden Markov model over standardised {@link RegimeFeatures} (name {@code hmm}).
 *
 * <p><b>Fitting.</b> Once the training window ({@link HmmConfig#window()} feature vectors) is full, and then every
 * {@link HmmConfig#refitEvery()} bars, the window (past bars only, up to and including the current one) is
 * standardised on its own statistics and a {@link GaussianHmm} with diagonal covariance is fitted to it by
 * {@link GaussianHmmFitter} (Baum–Welch, seeded k-means initialisation). Each state is named a regime by its
 * mean trend and mean log volatility ({@link RegimeFeaturesWindow#regimeOf}: the trend's sign and size against
 * the state's own volatility give bull or bear, else the volatility against the window's gives volatile or
 * quiet range); several states may name the same regime and their probabilities add. The state distribution
 * restarts from the fit's forward filter at the window's last bar.
 *
 * <p><b>Per bar.</b> Only the forward filter: predict with the transition matrix, weigh by the emission
 * densities of the bar's standardised features, normalise — never Viterbi or smoothing, which would use later
 * bars. O(S² + S·d), allocation-free. Confidence: {@code (1 - H(p) / ln 4) * R^2}, the sharpness of the regime
 * probabilities times the share of the training window's variance the states explain.
 *
 * <p>Not ready (uniform probabilities, confidence 0) until the first fit. Single-threaded.
 */
public final class HmmDetector implements RegimeDetector {
    /** The detector's name. */
    public static final String NAME = "hmm";

    private static final int D = RegimeFeatures.DIMENSIONS;

    private final HmmConfig config;
    private final RegimeFeaturesWindow window;
    private final GaussianHmmFitter fitter;
    private final double[] training;
    private final double[] x = new double[D];
    private final double[] posterior;
    private final double[] scratch;
    private final double[] stateMean;
    private final int[] stateRegime;
    private final double[] regime = new double[Regime.COUNT];
    private GaussianHmm model;
    private double fitQuality;
    private double confidence;
    private int fits;
    private boolean lastFitConverged;

    /** The detector with {@link HmmConfig#defaults()}. */
    public HmmDetector() {
        this(HmmConfig.defaults());
    }

    /** @param config settings (not null) */
    public HmmDetector(HmmConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("hmm detector: config is required");
        }
        this.config = config;
        this.window = new RegimeFeaturesWindow(config.features(), config.window());
        this.fitter = new GaussianHmmFitter(config.states(), config.maxIterations(), config.tolerance(),
                config.varianceFloor(), config.seed());
        this.training = new double[config.window() * D];
        this.posterior = new double[config.states()];
        this.scratch = new double[config.states()];
        this.stateMean = new double[D];
        this.stateRegime = new int[config.states()];
        Arrays.fill(regime, 1.0 / Regime.COUNT);
    }

    @Override
    public String name() {
        return NAME;
    }

    public HmmConfig config() {
        return config;
    }

    @Override
    public void update(BarSeries bars, int i) {
        if (!window.update(bars, i)) {
            return;
        }
        if (window.isRefitDue(config.refitEvery())) {
            refit();
        } else if (model != null) {
            window.standardiseLatest(x);
            model.filter(posterior, x, 0, scratch);
        } else {
            return;
        }
        Arrays.fill(regime, 0.0);
        for (int s = 0; s < posterior.length; s++) {
            regime[stateRegime[s]] += posterior[s];
        }
        for (int r = 0; r < Regime.COUNT; r++) {
            regime[r] = Math.min(1.0, regime[r]);
        }
        confidence = RegimeFeatures.sharpness(regime) * fitQuality;
    }

    private void refit() {
        int n = window.standardiseTraining(training);
        // warm start from the previous fit: the window moved on by refitEvery bars, the regimes did not change
        GaussianHmmFit fit = fitter.fit(training, n, D, Optional.ofNullable(model));
        model = fit.model();
        for (int s = 0; s < config.states(); s++) {
            for (int j = 0; j < D; j++) {
                stateMean[j] = model.mean(s, j);
            }
            stateRegime[s] = window.regimeOf(stateMean, 0).ordinal();
            posterior[s] = fit.lastPosterior(s);
        }
        fitQuality = fit.explainedVariance();
        lastFitConverged = fit.converged();
        fits++;
    }

    @Override
    public boolean isReady() {
        return model != null;
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
        return model != null ? confidence : 0.0;
    }

    /** Fits done so far. */
    public int fits() {
        return fits;
    }

    /** Whether the last fit converged within its iteration budget (false before the first fit). */
    public boolean lastFitConverged() {
        return lastFitConverged;
    }

    /** The regime state {@code s} of the last fit stands for. */
    public Regime stateRegime(int s) {
        return Regime.of(stateRegime[s]);
    }

    /** Share of the last training window's variance the states explain (0 before the first fit). */
    public double fitQuality() {
        return fitQuality;
    }
}
