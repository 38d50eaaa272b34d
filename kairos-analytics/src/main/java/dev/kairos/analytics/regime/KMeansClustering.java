package dev.kairos.analytics.regime;

import java.util.Arrays;

/**
 * A fitted k-means clustering: {@code clusters} centroids in {@code dimensions} dimensions, with the fit's
 * inertia (sum of squared distances of the points to their centroid) and total sum of squares (to the grand
 * mean). Immutable; built by {@link KMeans#fit}.
 */
public final class KMeansClustering {
    private final int clusters;
    private final int dimensions;
    private final double[] centroids;
    private final int[] sizes;
    private final double inertia;
    private final double totalSumOfSquares;
    private final int iterations;

    KMeansClustering(int clusters, int dimensions, double[] centroids, int[] sizes, double inertia,
                     double totalSumOfSquares, int iterations) {
        this.clusters = clusters;
        this.dimensions = dimensions;
        this.centroids = centroids.clone();
        this.sizes = sizes.clone();
        this.inertia = inertia;
        this.totalSumOfSquares = totalSumOfSquares;
        this.iterations = iterations;
    }

    public int clusters() {
        return clusters;
    }

    public int dimensions() {
        return dimensions;
    }

    /** Coordinate {@code j} of centroid {@code c}. */
    public double centroid(int c, int j) {
        return centroids[c * dimensions + j];
    }

    /** A copy of the centroids, row-major ({@code clusters * dimensions}). */
    public double[] centroids() {
        return centroids.clone();
    }

    /** Points of the training data assigned to cluster {@code c}. */
    public int size(int c) {
        return sizes[c];
    }

    /** Sum over the training points of the squared distance to their centroid. */
    public double inertia() {
        return inertia;
    }

    /** Sum over the training points of the squared distance to their mean. */
    public double totalSumOfSquares() {
        return totalSumOfSquares;
    }

    /** Share of the total sum of squares the clusters explain, {@code 1 - inertia / total}, in [0, 1]; 0 when the points coincide. */
    public double explainedVariance() {
        if (!(totalSumOfSquares > 0.0)) {
            return 0.0;
        }
        return Math.min(1.0, Math.max(0.0, 1.0 - inertia / totalSumOfSquares));
    }

    /** Lloyd iterations of the restart that won. */
    public int iterations() {
        return iterations;
    }

    /** Squared Euclidean distance from {@code x[offset .. offset + dimensions)} to centroid {@code c}. */
    public double distanceSquared(int c, double[] x, int offset) {
        double s = 0.0;
        int base = c * dimensions;
        for (int j = 0; j < dimensions; j++) {
            double e = x[offset + j] - centroids[base + j];
            s += e * e;
        }
        return s;
    }

    /** The nearest centroid to {@code x[offset .. offset + dimensions)} (ties: the lower index). */
    public int nearest(double[] x, int offset) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int c = 0; c < clusters; c++) {
            double d = distanceSquared(c, x, offset);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "KMeansClustering[k=" + clusters + ", d=" + dimensions + ", inertia=" + inertia + ", sizes="
                + Arrays.toString(sizes) + "]";
    }
}
