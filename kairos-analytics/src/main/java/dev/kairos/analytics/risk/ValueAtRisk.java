package dev.kairos.analytics.risk;

/**
 * Estimates VaR and Expected Shortfall of a return series at confidence {@code α} over a horizon of {@code h}
 * periods (see the package documentation for units and the horizon rules). An instance owns its scratch
 * buffers and its random stream, so that {@link #estimate} allocates nothing; read the result with
 * {@link #var()} and {@link #es()}.
 *
 * <p>Definitions, over a sample {@code x} of horizon returns sorted ascending ({@code m} values):
 * <ul>
 *   <li>quantile {@code q} at {@code p = 1 − α}: linear interpolation between order statistics at position
 *       {@code (m − 1)·p} (Hyndman–Fan type 7, R's and NumPy's default);</li>
 *   <li>{@code VaR = −q}; {@code ES = −mean{x_i : x_i ≤ q}} (never empty: {@code x_0 ≤ q});</li>
 *   <li>historical: {@code x} = every overlapping window of {@code h} consecutive returns, compounded
 *       {@code Π(1 + r) − 1};</li>
 *   <li>parametric: sample mean {@code μ} and standard deviation {@code σ} ({@code n − 1}) of the one-period
 *       returns, {@code μ_h = h·μ}, {@code σ_h = √h·σ}, {@code z = Φ⁻¹(α)}: {@code VaR = −μ_h + σ_h·z},
 *       {@code ES = −μ_h + σ_h·φ(z) / (1 − α)};</li>
 *   <li>Monte Carlo: {@code paths} paths, each compounding {@code h} returns drawn uniformly with replacement
 *       from the sample (a bootstrap, which keeps fat tails and skew but not autocorrelation), then the
 *       empirical definitions above. The stream restarts from the seed at every estimate, so equal inputs
 *       give equal results.</li>
 * </ul>
 * Fewer than {@link #MIN_RETURNS} returns (for historical: horizon windows) give NaN; so does a non-finite
 * return. The quantile is found by selection (average O(m)), not by sorting.
 */
public final class ValueAtRisk {
    /** Fewest one-period returns an estimate is made from. */
    public static final int MIN_RETURNS = 2;
    /** Monte Carlo paths when not given. */
    public static final int DEFAULT_PATHS = 10_000;

    private final double[] scratch;
    private final double[] paths;
    private final long seed;
    private long state;
    private double var = Double.NaN;
    private double es = Double.NaN;

    /**
     * @param capacity most returns one estimate reads
     * @param paths    Monte Carlo paths, &gt;= 100
     * @param seed     seed of the Monte Carlo stream
     */
    public ValueAtRisk(int capacity, int paths, long seed) {
        if (capacity < MIN_RETURNS) {
            throw new IllegalArgumentException("capacity must be >= " + MIN_RETURNS + ", got " + capacity);
        }
        if (paths < 100) {
            throw new IllegalArgumentException("Monte Carlo paths must be >= 100, got " + paths);
        }
        this.scratch = new double[capacity];
        this.paths = new double[paths];
        this.seed = seed;
    }

    /** The VaR and ES of {@code returns} by {@code method} (allocating convenience, e.g. for reports). */
    public static TailEstimate of(VarMethod method, double[] returns, double confidence, int horizon, long seed) {
        ValueAtRisk v = new ValueAtRisk(Math.max(MIN_RETURNS, returns.length), DEFAULT_PATHS, seed);
        v.estimate(method, returns, 0, returns.length, confidence, horizon);
        return new TailEstimate(v.var, v.es);
    }

    /**
     * Estimates from {@code returns[from, from + n)}; afterwards {@link #var()} and {@link #es()} hold the
     * result (NaN when not estimable). Allocation-free.
     *
     * @return whether the estimate is known
     * @throws IllegalArgumentException on a confidence outside (0, 1), a horizon below 1, or more returns
     *                                  than the capacity
     */
    public boolean estimate(VarMethod method, double[] returns, int from, int n, double confidence, int horizon) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be >= 1 period, got " + horizon);
        }
        if (n > scratch.length) {
            throw new IllegalArgumentException(n + " returns exceed the capacity " + scratch.length);
        }
        var = Double.NaN;
        es = Double.NaN;
        if (n < MIN_RETURNS || (method == VarMethod.HISTORICAL && n - horizon + 1 < MIN_RETURNS)) {
            return false;
        }
        for (int i = from; i < from + n; i++) {
            if (!Double.isFinite(returns[i])) {
                return false;
            }
        }
        switch (method) {
            case HISTORICAL -> historical(returns, from, n, confidence, horizon);
            case PARAMETRIC -> parametric(returns, from, n, confidence, horizon);
            case MONTE_CARLO -> monteCarlo(returns, from, n, confidence, horizon);
        }
        return Double.isFinite(var) && Double.isFinite(es);
    }

    /** VaR of the last estimate, a positive loss fraction; NaN when not estimable. */
    public double var() {
        return var;
    }

    /** Expected Shortfall of the last estimate; NaN when not estimable. */
    public double es() {
        return es;
    }

    /**
     * Writes the {@code n − h + 1} compounded returns of every window of {@code h} consecutive returns of
     * {@code returns[from, from + n)} to {@code out} and returns their count.
     */
    public static int horizonReturns(double[] returns, int from, int n, int horizon, double[] out) {
        int m = n - horizon + 1;
        for (int t = 0; t < m; t++) {
            double growth = 1.0;
            for (int j = 0; j < horizon; j++) {
                growth *= 1.0 + returns[from + t + j];
            }
            out[t] = growth - 1.0;
        }
        return Math.max(m, 0);
    }

    private void historical(double[] returns, int from, int n, double confidence, int horizon) {
        int m = horizonReturns(returns, from, n, horizon, scratch);
        tail(scratch, m, confidence);
    }

    private void parametric(double[] returns, int from, int n, double confidence, int horizon) {
        double mean = 0;
        double m2 = 0;
        for (int i = 0; i < n; i++) {
            double x = returns[from + i];
            double d = x - mean;
            mean += d / (i + 1);
            m2 += d * (x - mean);
        }
        double sd = Math.sqrt(m2 / (n - 1));
        double z = Normal.quantile(confidence);
        double muH = horizon * mean;
        double sdH = Math.sqrt(horizon) * sd;
        var = -muH + sdH * z;
        es = -muH + sdH * Normal.density(z) / (1 - confidence);
    }

    private void monteCarlo(double[] returns, int from, int n, double confidence, int horizon) {
        state = seed;
        for (int p = 0; p < paths.length; p++) {
            double growth = 1.0;
            for (int j = 0; j < horizon; j++) {
                growth *= 1.0 + returns[from + nextIndex(n)];
            }
            paths[p] = growth - 1.0;
        }
        tail(paths, paths.length, confidence);
    }

    /** Empirical VaR and ES of {@code x[0, m)}, which is reordered. */
    private void tail(double[] x, int m, double confidence) {
        double pos = (m - 1) * (1 - confidence);
        int lo = (int) Math.floor(pos);
        select(x, m, lo);
        double q = x[lo];
        if (lo + 1 < m && pos > lo) {
            // after selection everything right of lo is >= x[lo]: the next order statistic is their minimum
            double next = x[lo + 1];
            for (int i = lo + 2; i < m; i++) {
                next = Math.min(next, x[i]);
            }
            q += (pos - lo) * (next - q);
        }
        double sum = 0;
        int count = 0;
        for (int i = 0; i < m; i++) {
            if (x[i] <= q) {
                sum += x[i];
                count++;
            }
        }
        var = -q;
        es = -sum / count;
    }

    /**
     * Reorders {@code x[0, m)} so that {@code x[k]} is its k-th smallest value, everything left of it is
     * {@code <=} and everything right of it {@code >=} (Hoare's selection, median-of-three pivots).
     */
    static void select(double[] x, int m, int k) {
        int left = 0;
        int right = m - 1;
        while (right > left) {
            int mid = (left + right) >>> 1;
            if (x[mid] < x[left]) {
                swap(x, mid, left);
            }
            if (x[right] < x[left]) {
                swap(x, right, left);
            }
            if (x[right] < x[mid]) {
                swap(x, right, mid);
            }
            double pivot = x[mid];
            int i = left;
            int j = right;
            while (i <= j) {
                while (x[i] < pivot) {
                    i++;
                }
                while (x[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(x, i, j);
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                return;
            }
        }
    }

    private static void swap(double[] x, int a, int b) {
        double t = x[a];
        x[a] = x[b];
        x[b] = t;
    }

    /** A uniform index in [0, n) from a SplitMix64 stream (seeded; restarted per estimate). */
    private int nextIndex(int n) {
        state += 0x9E3779B97F4A7C15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (int) (((z >>> 32) * n) >>> 32);
    }
}
