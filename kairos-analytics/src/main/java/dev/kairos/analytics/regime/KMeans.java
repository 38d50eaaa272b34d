package dev.kairos.analytics.regime;

import java.util.SplittableRandom;

/**
 * Seeded k-means on points in a flat row-major {@code double[]}: k-means++ seeding, Lloyd iterations until no
 * point changes cluster (or {@code maxIterations}), several restarts, and the restart with the lowest inertia
 * wins. An emptied cluster is moved to the point farthest from its own centroid.
 *
 * <p>Deterministic: every {@link #fit} starts a {@link SplittableRandom} from the seed, so the same points give
 * the same clustering. Cost per restart O(iterations · n · k · d). Reuses its work arrays between fits of the
 * same size (it allocates only the returned {@link KMeansClustering}); not thread-safe.
 */
public final class KMeans {
    private final int clusters;
    private final int restarts;
    private final int maxIterations;
    private final long seed;
    private int[] assignment = new int[0];
    private int[] bestAssignment = new int[0];
    private double[] distance = new double[0];

    /**
     * @param clusters      k, at least 1
     * @param restarts      independent k-means++ starts, at least 1
     * @param maxIterations Lloyd iterations per start, at least 1
     * @param seed          seed of the k-means++ draws
     * @throws IllegalArgumentException when a count is out of range
     */
    public KMeans(int clusters, int restarts, int maxIterations, long seed) {
        if (clusters < 1) {
            throw new IllegalArgumentException("k-means: clusters must be >= 1, got " + clusters);
        }
        if (restarts < 1) {
            throw new IllegalArgumentException("k-means: restarts must be >= 1, got " + restarts);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("k-means: max iterations must be >= 1, got " + maxIterations);
        }
        this.clusters = clusters;
        this.restarts = restarts;
        this.maxIterations = maxIterations;
        this.seed = seed;
    }

    /**
     * Clusters the {@code n} points {@code data[i * dimensions .. (i + 1) * dimensions)}.
     *
     * @throws IllegalArgumentException when {@code n < clusters}, {@code dimensions < 1}, the array is too short
     *                                  or a value is not finite
     */
    public KMeansClustering fit(double[] data, int n, int dimensions) {
        return fit(data, n, dimensions, new double[0]);
    }

    /**
     * Clusters the points as {@link #fit(double[], int, int)} does, warm-started: when {@code start} holds
     * {@code clusters * dimensions} centroids (a previous fit's, for a window that has moved on), the first run
     * starts from them and only one k-means++ restart follows instead of {@code restarts}; the lower inertia
     * wins as before. A previous solution is usually within a few Lloyd steps of the new one, and the fresh
     * restart keeps a fit from staying in a local optimum that the data has left. An empty {@code start} is a
     * cold fit.
     *
     * @throws IllegalArgumentException as {@link #fit(double[], int, int)}, or when {@code start} is neither
     *                                  empty nor {@code clusters * dimensions} long, or holds a value that is
     *                                  not finite
     */
    public KMeansClustering fit(double[] data, int n, int dimensions, double[] start) {
        checkData(data, n, dimensions, clusters, "k-means");
        boolean warm = start.length > 0;
        if (warm && start.length != clusters * dimensions) {
            throw new IllegalArgumentException("k-means: a warm start needs " + clusters * dimensions
                    + " centroid values, got " + start.length);
        }
        for (double v : start) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("k-means: warm-start centroid value is not finite: " + v);
            }
        }
        if (assignment.length < n) {
            assignment = new int[n];
            bestAssignment = new int[n];
            distance = new double[n];
        }
        int k = clusters;
        int d = dimensions;
        SplittableRandom random = new SplittableRandom(seed);
        double[] centroids = new double[k * d];
        double[] best = new double[k * d];
        double[] sums = new double[k * d];
        int[] counts = new int[k];
        double bestInertia = Double.POSITIVE_INFINITY;
        int bestIterations = 0;
        int runs = warm ? 2 : restarts;
        for (int restart = 0; restart < runs; restart++) {
            if (warm && restart == 0) {
                System.arraycopy(start, 0, centroids, 0, k * d);
            } else {
                seedPlusPlus(data, n, d, centroids, random);
            }
            int iterations = 0;
            boolean changed = true;
            java.util.Arrays.fill(assignment, 0, n, -1);
            while (changed && iterations < maxIterations) {
                iterations++;
                changed = assign(data, n, d, centroids);
                recompute(data, n, d, centroids, sums, counts);
            }
            assign(data, n, d, centroids);
            double inertia = 0.0;
            for (int i = 0; i < n; i++) {
                inertia += distance[i];
            }
            if (inertia < bestInertia) {
                bestInertia = inertia;
                bestIterations = iterations;
                System.arraycopy(centroids, 0, best, 0, k * d);
                System.arraycopy(assignment, 0, bestAssignment, 0, n);
            }
        }
        int[] sizes = new int[k];
        for (int i = 0; i < n; i++) {
            sizes[bestAssignment[i]]++;
        }
        return new KMeansClustering(k, d, best, sizes, bestInertia, totalSumOfSquares(data, n, d), bestIterations);
    }

    /** k-means++: the first centre uniformly, each next one with probability proportional to D(x)^2. */
    private void seedPlusPlus(double[] data, int n, int d, double[] centroids, SplittableRandom random) {
        int first = random.nextInt(n);
        System.arraycopy(data, first * d, centroids, 0, d);
        for (int i = 0; i < n; i++) {
            distance[i] = squared(data, i * d, centroids, 0, d);
        }
        for (int c = 1; c < clusters; c++) {
            double total = 0.0;
            for (int i = 0; i < n; i++) {
                total += distance[i];
            }
            int chosen;
            if (total > 0.0) {
                double u = random.nextDouble() * total;
                chosen = n - 1;
                double cumulative = 0.0;
                for (int i = 0; i < n; i++) {
                    cumulative += distance[i];
                    if (cumulative > u) {
                        chosen = i;
                        break;
                    }
                }
            } else {
                chosen = random.nextInt(n);
            }
            System.arraycopy(data, chosen * d, centroids, c * d, d);
            for (int i = 0; i < n; i++) {
                double e = squared(data, i * d, centroids, c * d, d);
                if (e < distance[i]) {
                    distance[i] = e;
                }
            }
        }
    }

    /** Assigns every point to its nearest centroid (ties: lower index); true when an assignment changed. */
    private boolean assign(double[] data, int n, int d, double[] centroids) {
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            int best = 0;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int c = 0; c < clusters; c++) {
                double e = squared(data, i * d, centroids, c * d, d);
                if (e < bestDistance) {
                    bestDistance = e;
                    best = c;
                }
            }
            if (assignment[i] != best) {
                assignment[i] = best;
                changed = true;
            }
            distance[i] = bestDistance;
        }
        return changed;
    }

    /** Moves each centroid to the mean of its points; an empty cluster takes the point farthest from its centroid. */
    private void recompute(double[] data, int n, int d, double[] centroids, double[] sums, int[] counts) {
        java.util.Arrays.fill(sums, 0.0);
        java.util.Arrays.fill(counts, 0);
        for (int i = 0; i < n; i++) {
            int c = assignment[i];
            counts[c]++;
            int base = c * d;
            for (int j = 0; j < d; j++) {
                sums[base + j] += data[i * d + j];
            }
        }
        for (int c = 0; c < clusters; c++) {
            if (counts[c] > 0) {
                for (int j = 0; j < d; j++) {
                    centroids[c * d + j] = sums[c * d + j] / counts[c];
                }
                continue;
            }
            int far = -1;
            double farDistance = -1.0;
            for (int i = 0; i < n; i++) {
                if (counts[assignment[i]] > 1 && distance[i] > farDistance) {
                    farDistance = distance[i];
                    far = i;
                }
            }
            if (far < 0) {
                continue;
            }
            int from = assignment[far];
            counts[from]--;
            for (int j = 0; j < d; j++) {
                sums[from * d + j] -= data[far * d + j];
                centroids[from * d + j] = sums[from * d + j] / counts[from];
                centroids[c * d + j] = data[far * d + j];
            }
            counts[c] = 1;
            assignment[far] = c;
            distance[far] = 0.0;
        }
    }

    private static double squared(double[] a, int aOffset, double[] b, int bOffset, int d) {
        double s = 0.0;
        for (int j = 0; j < d; j++) {
            double e = a[aOffset + j] - b[bOffset + j];
            s += e * e;
        }
        return s;
    }

    static double totalSumOfSquares(double[] data, int n, int d) {
        double total = 0.0;
        for (int j = 0; j < d; j++) {
            double sum = 0.0;
            for (int i = 0; i < n; i++) {
                sum += data[i * d + j];
            }
            double mean = sum / n;
            for (int i = 0; i < n; i++) {
                double e = data[i * d + j] - mean;
                total += e * e;
            }
        }
        return total;
    }

    static void checkData(double[] data, int n, int dimensions, int groups, String what) {
        if (dimensions < 1) {
            throw new IllegalArgumentException(what + ": dimensions must be >= 1, got " + dimensions);
        }
        if (n < groups) {
            throw new IllegalArgumentException(what + ": need at least " + groups + " points, got " + n);
        }
        if (data.length < (long) n * dimensions) {
            throw new IllegalArgumentException(what + ": data holds " + data.length + " values, need " + n + " x "
                    + dimensions);
        }
        for (int i = 0; i < n * dimensions; i++) {
            if (!Double.isFinite(data[i])) {
                throw new IllegalArgumentException(what + ": value " + data[i] + " of point " + i / dimensions
                        + " is not finite");
            }
        }
    }
}
