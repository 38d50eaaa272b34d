package dev.kairos.analytics.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KMeansTest {
    private static final double[][] CENTRES = {{-5, -5, 0}, {5, -5, 1}, {0, 6, -2}, {8, 8, 4}};

    @Test
    void recoversTheCentresOfWellSeparatedBlobs() {
        for (long seed = 1; seed <= 5; seed++) {
            double[] x = blobs(new SplittableRandom(seed), 250, 0.4);
            KMeansClustering c = new KMeans(4, 5, 100, seed).fit(x, 1000, 3);
            boolean[] used = new boolean[4];
            for (double[] centre : CENTRES) {
                int f = c.nearest(centre, 0);
                assertThat(used[f]).as("two centres share cluster %d", f).isFalse();
                used[f] = true;
                for (int j = 0; j < 3; j++) {
                    assertThat(c.centroid(f, j)).isCloseTo(centre[j], within(0.1));
                }
                assertThat(c.size(f)).isEqualTo(250);
            }
            assertThat(c.explainedVariance()).isGreaterThan(0.98);
        }
    }

    @Test
    void inertiaIsTheSumOfSquaredDistancesAndCentroidsAreTheMeansOfTheirPoints() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int trial = 0; trial < 20; trial++) {
            int n = 30 + rnd.nextInt(300);
            int d = 1 + rnd.nextInt(4);
            int k = 1 + rnd.nextInt(6);
            double[] x = new double[n * d];
            for (int i = 0; i < x.length; i++) {
                x[i] = rnd.nextGaussian() * (1 + i % d);
            }
            KMeansClustering c = new KMeans(k, 3, 500, rnd.nextLong()).fit(x, n, d);
            double inertia = 0;
            double[] sums = new double[k * d];
            int[] counts = new int[k];
            for (int i = 0; i < n; i++) {
                int f = c.nearest(x, i * d);
                inertia += c.distanceSquared(f, x, i * d);
                counts[f]++;
                for (int j = 0; j < d; j++) {
                    sums[f * d + j] += x[i * d + j];
                }
            }
            assertThat(c.inertia()).isCloseTo(inertia, within(1e-9 * (1 + inertia)));
            for (int f = 0; f < k; f++) {
                assertThat(counts[f]).as("cluster %d of %d is empty", f, k).isPositive();
                assertThat(c.size(f)).isEqualTo(counts[f]);
                for (int j = 0; j < d; j++) {
                    assertThat(c.centroid(f, j)).isCloseTo(sums[f * d + j] / counts[f], within(1e-9));
                }
            }
            assertThat(c.explainedVariance()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void sameSeedSameClusteringAndMoreRestartsNeverWorse() {
        double[] x = new double[600 * 2];
        SplittableRandom rnd = new SplittableRandom(8);
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextGaussian();
        }
        KMeansClustering one = new KMeans(5, 4, 100, 77).fit(x, 600, 2);
        KMeansClustering two = new KMeans(5, 4, 100, 77).fit(x, 600, 2);
        assertThat(two.centroids()).containsExactly(one.centroids());
        assertThat(two.inertia()).isEqualTo(one.inertia());
        // the first restart draws the same numbers whatever the number of restarts
        for (long seed = 0; seed < 10; seed++) {
            double single = new KMeans(5, 1, 100, seed).fit(x, 600, 2).inertia();
            double several = new KMeans(5, 6, 100, seed).fit(x, 600, 2).inertia();
            assertThat(several).isLessThanOrEqualTo(single);
        }
    }

    @Test
    void aWarmStartFromAConvergedFitKeepsItAndConvergesAtOnce() {
        double[] x = blobs(new SplittableRandom(4), 250, 0.8);
        KMeansClustering cold = new KMeans(4, 5, 100, 9).fit(x, 1000, 3);
        KMeansClustering warm = new KMeans(4, 5, 100, 9).fit(x, 1000, 3, cold.centroids());
        assertThat(warm.inertia()).isLessThanOrEqualTo(cold.inertia());
        assertThat(warm.inertia()).isCloseTo(cold.inertia(), within(1e-9 * cold.inertia()));
        // one step to assign the points, a second that changes nothing
        assertThat(warm.iterations()).isEqualTo(2);
    }

    @Test
    void aWarmStartInAPoorLocalOptimumIsRescuedByItsFreshStart() {
        // two blobs merged under one centroid, one centroid alone far away: a local optimum Lloyd cannot leave
        SplittableRandom rnd = new SplittableRandom(12);
        for (int trial = 0; trial < 10; trial++) {
            double[] x = blobs(rnd, 100, 0.3);
            double[] poor = {-5, -5, 0, 5, -5, 1, 4, 7, 1, 100, 100, 100};
            double warm = new KMeans(4, 5, 100, trial).fit(x, 400, 3, poor).inertia();
            double stuck = new KMeans(4, 1, 100, trial).fit(x, 400, 3, poor).inertia();
            double cold = new KMeans(4, 1, 100, trial).fit(x, 400, 3).inertia();
            // the warm fit is the better of its start and one cold restart, whatever the configured restarts
            assertThat(warm).isEqualTo(Math.min(stuck, cold));
        }
    }

    @Test
    void aWarmStartOfTheWrongSizeOrNotFiniteIsRejected() {
        double[] x = blobs(new SplittableRandom(1), 10, 0.5);
        assertThatThrownBy(() -> new KMeans(4, 2, 10, 1).fit(x, 40, 3, new double[11]))
                .hasMessage("k-means: a warm start needs 12 centroid values, got 11");
        double[] nan = new double[12];
        nan[5] = Double.NaN;
        assertThatThrownBy(() -> new KMeans(4, 2, 10, 1).fit(x, 40, 3, nan))
                .hasMessageContaining("warm-start centroid value is not finite");
    }

    @Test
    void coincidingPointsGiveZeroInertiaAndNoNaN() {
        double[] x = new double[40];
        Arrays.fill(x, 2.5);
        KMeansClustering c = new KMeans(3, 2, 10, 1).fit(x, 20, 2);
        assertThat(c.inertia()).isZero();
        assertThat(c.explainedVariance()).isZero();
        for (double v : c.centroids()) {
            assertThat(v).isEqualTo(2.5);
        }
    }

    @Test
    void badArgumentsAreRejectedWithClearMessages() {
        assertThatThrownBy(() -> new KMeans(0, 1, 1, 1)).hasMessage("k-means: clusters must be >= 1, got 0");
        assertThatThrownBy(() -> new KMeans(2, 0, 1, 1)).hasMessageContaining("restarts must be >= 1");
        assertThatThrownBy(() -> new KMeans(2, 1, 0, 1)).hasMessageContaining("max iterations must be >= 1");
        assertThatThrownBy(() -> new KMeans(4, 1, 10, 1).fit(new double[6], 3, 2))
                .hasMessage("k-means: need at least 4 points, got 3");
        assertThatThrownBy(() -> new KMeans(2, 1, 10, 1).fit(new double[5], 3, 2))
                .hasMessageContaining("data holds 5 values, need 3 x 2");
        assertThatThrownBy(() -> new KMeans(2, 1, 10, 1).fit(new double[] {1, Double.POSITIVE_INFINITY}, 2, 1))
                .hasMessageContaining("of point 1 is not finite");
    }

    private static double[] blobs(SplittableRandom rnd, int perBlob, double sd) {
        double[] x = new double[CENTRES.length * perBlob * 3];
        int i = 0;
        for (int p = 0; p < perBlob; p++) {
            for (double[] centre : CENTRES) {
                for (int j = 0; j < 3; j++) {
                    x[i++] = centre[j] + sd * rnd.nextGaussian();
                }
            }
        }
        return x;
    }
}
