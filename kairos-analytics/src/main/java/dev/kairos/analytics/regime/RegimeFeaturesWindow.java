package dev.kairos.analytics.regime;

import dev.kairos.model.market.BarSeries;
import dev.kairos.model.regime.Regime;

/**
 * The rolling training window of a fitted detector: the {@link RegimeFeatures} of the last {@code window}
 * bars (raw, in a ring buffer), the schedule of refits, and the standardisation fitted on that window alone.
 *
 * <p>Bars are fed with {@link #update} in order, each once (the first may be any index). Every
 * {@link #standardiseTraining} takes each feature's mean and population standard deviation from the window's
 * vectors only and writes the window standardised, oldest first; {@link #standardiseLatest} applies the same
 * statistics to the newest vector until the next refit. Standardised values are clipped to
 * {@code ±}{@value #CLIP} so that one extreme bar (a crash, a run of unchanged closes) cannot claim a cluster
 * or a hidden state of its own. A feature that is constant over the window is standardised to 0.
 *
 * <p>Per-bar work ({@link #update}, {@link #standardiseLatest}) is O(1) and allocation-free. Not thread-safe.
 */
public final class RegimeFeaturesWindow {
    /** Standardised feature values are clipped to [-CLIP, CLIP]. */
    public static final double CLIP = 5.0;

    private static final int D = RegimeFeatures.DIMENSIONS;

    private final RegimeFeatures features;
    private final int window;
    /** Raw vectors of the last {@code window} bars, row-major; row {@code next} is the oldest once full. */
    private final double[] ring;
    private final double[] latest = new double[D];
    private final double[] mean = new double[D];
    private final double[] scale = new double[D];
    private int next;
    private long count;
    private boolean started;
    private int lastIndex;

    /**
     * @param config the features
     * @param window bars in the training window, at least 2
     * @throws IllegalArgumentException when an argument is out of range
     */
    public RegimeFeaturesWindow(RegimeFeaturesConfig config, int window) {
        if (window < 2) {
            throw new IllegalArgumentException("regime features window must be >= 2 bars, got " + window);
        }
        this.features = new RegimeFeatures(config);
        this.window = window;
        this.ring = new double[window * D];
        java.util.Arrays.fill(scale, 1.0);
    }

    /**
     * Consumes bar {@code i} (its close only).
     *
     * @return true when bar {@code i} has a feature vector ({@link #latest(int)}), false during the features'
     *         warm-up
     * @throws IllegalArgumentException when {@code i} is not the bar after the previous one
     */
    public boolean update(BarSeries bars, int i) {
        if (started && i != lastIndex + 1) {
            throw new IllegalArgumentException("regime detector: bar " + i + " fed after bar " + lastIndex
                    + "; feed every bar once, in order");
        }
        started = true;
        lastIndex = i;
        if (!features.update(bars.close(i), latest)) {
            return false;
        }
        System.arraycopy(latest, 0, ring, next * D, D);
        next = next + 1 == window ? 0 : next + 1;
        count++;
        return true;
    }

    /** The raw feature {@code j} of the newest bar. */
    public double latest(int j) {
        return latest[j];
    }

    /** Feature vectors seen so far. */
    public long count() {
        return count;
    }

    public int window() {
        return window;
    }

    /** True once the window holds {@code window} vectors. */
    public boolean isFull() {
        return count >= window;
    }

    /**
     * True when the newest vector completes a training window due for a fit: the first full window, then every
     * {@code refitEvery} vectors after it.
     */
    public boolean isRefitDue(int refitEvery) {
        return count >= window && (count - window) % refitEvery == 0;
    }

    /**
     * Fits the standardisation on the window and writes the window standardised (and clipped), oldest first,
     * row-major, into {@code out[0 .. window * DIMENSIONS)}.
     *
     * @return the number of rows written ({@code window})
     * @throws IllegalStateException when the window is not full yet
     */
    public int standardiseTraining(double[] out) {
        if (!isFull()) {
            throw new IllegalStateException("regime features window holds " + count + " of " + window + " bars");
        }
        int first = next;
        for (int r = 0; r < window; r++) {
            int src = (first + r) % window;
            System.arraycopy(ring, src * D, out, r * D, D);
        }
        for (int j = 0; j < D; j++) {
            double sum = 0.0;
            for (int r = 0; r < window; r++) {
                sum += out[r * D + j];
            }
            double m = sum / window;
            double ss = 0.0;
            for (int r = 0; r < window; r++) {
                double e = out[r * D + j] - m;
                ss += e * e;
            }
            double sd = Math.sqrt(ss / window);
            mean[j] = m;
            scale[j] = sd == 0.0 || sd <= 1e-9 * Math.abs(m) ? 1.0 : sd;
        }
        for (int r = 0; r < window; r++) {
            for (int j = 0; j < D; j++) {
                out[r * D + j] = standardise(out[r * D + j], j);
            }
        }
        return window;
    }

    /** Writes the newest vector standardised with the last training window's statistics into {@code out[0..2]}. */
    public void standardiseLatest(double[] out) {
        for (int j = 0; j < D; j++) {
            out[j] = standardise(latest[j], j);
        }
    }

    private double standardise(double x, int j) {
        double z = (x - mean[j]) / scale[j];
        return z > CLIP ? CLIP : (z < -CLIP ? -CLIP : z);
    }

    /** Mean of feature {@code j} over the last training window (0 before the first). */
    public double mean(int j) {
        return mean[j];
    }

    /** Standard deviation of feature {@code j} over the last training window (1 before the first or when constant). */
    public double scale(int j) {
        return scale[j];
    }

    /**
     * The regime of a fitted state whose mean, in standardised units, is {@code centre[offset .. offset + 2]}:
     * its trend and log volatility are taken back to raw units and given to {@link RegimeFeatures#regimeOf}
     * with the window's mean log volatility as the reference.
     */
    public Regime regimeOf(double[] centre, int offset) {
        int t = RegimeFeatures.TREND;
        int v = RegimeFeatures.LOG_VOLATILITY;
        double trend = centre[offset + t] * scale[t] + mean[t];
        double logVolatility = centre[offset + v] * scale[v] + mean[v];
        return RegimeFeatures.regimeOf(trend, logVolatility, mean[v], features.config());
    }
}
