package dev.kairos.analytics.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GaussianHmmTest {

    /**
     * Two states, one dimension: pi = (0.6, 0.4), A = [[0.7, 0.3], [0.2, 0.8]], N(0, 1) and N(3, 4);
     * observations 0.5, 2.5, -1.0. By hand (densities N(x; m, v) = exp(-(x - m)^2 / 2v) / sqrt(2 pi v)):
     * <pre>
     * t=0: b = (0.3520653, 0.0913245); pi*b = (0.2112392, 0.0365298), c0 = 0.2477690
     *      post = (0.8525650, 0.1474350)
     * t=1: pred = (0.852565*0.7 + 0.147435*0.2, 0.852565*0.3 + 0.147435*0.8) = (0.6262825, 0.3737175)
     *      b = (0.0175283, 0.1933341); c1 = 0.0832300; post = (0.1318956, 0.8681044)
     * t=2: pred = (0.2659478, 0.7340522); b = (0.2419707, 0.0269955); c2 = 0.0841677
     *      post = (0.7645641, 0.2354359)
     * ln L = ln c0 + ln c1 + ln c2 = -6.3563503
     * </pre>
     */
    @Test
    void forwardFilterMatchesTheHandComputedTwoStateExample() {
        GaussianHmm hmm = new GaussianHmm(new double[] {0.6, 0.4}, new double[][] {{0.7, 0.3}, {0.2, 0.8}},
                new double[][] {{0.0}, {3.0}}, new double[][] {{1.0}, {4.0}});
        double[] x = {0.5, 2.5, -1.0};
        double[] post = new double[2];
        double[] scratch = new double[2];

        double ll0 = hmm.start(x, 0, post, scratch);
        assertThat(post[0]).isCloseTo(0.852565029761423, within(1e-12));
        assertThat(post[1]).isCloseTo(0.147434970238577, within(1e-12));
        assertThat(ll0).isCloseTo(Math.log(0.2477690131363841), within(1e-12));

        double ll1 = hmm.filter(post, x, 1, scratch);
        assertThat(post[0]).isCloseTo(0.13189558973627755, within(1e-12));
        assertThat(post[1]).isCloseTo(0.8681044102637225, within(1e-12));
        assertThat(ll1).isCloseTo(Math.log(0.08322998620838298), within(1e-12));

        double ll2 = hmm.filter(post, x, 2, scratch);
        assertThat(post[0]).isCloseTo(0.7645640787607775, within(1e-12));
        assertThat(post[1]).isCloseTo(0.23543592123922247, within(1e-12));
        assertThat(ll0 + ll1 + ll2).isCloseTo(-6.35635029371521, within(1e-12));
        assertThat(hmm.logLikelihood(x, 3)).isCloseTo(-6.35635029371521, within(1e-12));
    }

    /** The forward log-likelihood equals the sum over every state path, for small random models. */
    @Test
    void logLikelihoodMatchesEnumerationOfAllPaths() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int trial = 0; trial < 20; trial++) {
            int states = 2 + rnd.nextInt(2);
            int d = 1 + rnd.nextInt(2);
            int n = 5;
            GaussianHmm hmm = randomModel(rnd, states, d);
            double[] x = new double[n * d];
            for (int i = 0; i < x.length; i++) {
                x[i] = rnd.nextGaussian() * 2;
            }
            double total = 0.0;
            int paths = (int) Math.pow(states, n);
            for (int code = 0; code < paths; code++) {
                int c = code;
                double p = 1.0;
                int prev = -1;
                for (int t = 0; t < n; t++) {
                    int s = c % states;
                    c /= states;
                    p *= (t == 0 ? hmm.initial(s) : hmm.transition(prev, s)) * Math.exp(hmm.logEmission(s, x, t * d));
                    prev = s;
                }
                total += p;
            }
            assertThat(hmm.logLikelihood(x, n)).isCloseTo(Math.log(total), within(1e-9));
        }
    }

    @Test
    void baumWelchRecoversAThreeStateModel() {
        double[] pi = {1.0, 0.0, 0.0};
        double[][] a = {{0.95, 0.03, 0.02}, {0.04, 0.92, 0.04}, {0.02, 0.03, 0.95}};
        double[][] means = {{-2.0, 0.0}, {0.5, 1.5}, {3.0, -1.0}};
        double[][] variances = {{0.5, 1.0}, {0.3, 0.4}, {1.5, 0.6}};
        GaussianHmm truth = new GaussianHmm(pi, a, means, variances);
        int n = 20_000;
        double[] x = new double[n * 2];
        sample(truth, new SplittableRandom(11), x, n);

        GaussianHmmFit fit = new GaussianHmmFitter(3, 500, 1e-8, 1e-3, 5).fit(x, n, 2);
        GaussianHmm m = fit.model();
        int[] order = orderByFirstMean(m);
        for (int s = 0; s < 3; s++) {
            int f = order[s];
            for (int j = 0; j < 2; j++) {
                assertThat(m.mean(f, j)).as("mean %d,%d", s, j).isCloseTo(means[s][j], within(0.05));
                assertThat(m.variance(f, j)).as("variance %d,%d", s, j)
                        .isCloseTo(variances[s][j], within(0.08 * variances[s][j]));
            }
            for (int k = 0; k < 3; k++) {
                assertThat(m.transition(f, order[k])).as("transition %d->%d", s, k).isCloseTo(a[s][k], within(0.01));
            }
        }
        assertThat(fit.converged()).isTrue();
        assertThat(fit.explainedVariance()).isBetween(0.5, 1.0);
        assertThat(fit.logLikelihood()).isCloseTo(m.logLikelihood(x, n), within(1e-6 * Math.abs(fit.logLikelihood())));
        // the fit is at least as likely as the true parameters on its own data (it maximises the likelihood)
        assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(truth.logLikelihood(x, n) - 1e-6 * n);
    }

    @Test
    void baumWelchRecoversATwoStateUnivariateModel() {
        double[] pi = {0.5, 0.5};
        double[][] a = {{0.98, 0.02}, {0.05, 0.95}};
        double[][] means = {{0.001}, {-0.002}};
        double[][] variances = {{1e-4}, {9e-4}};
        GaussianHmm truth = new GaussianHmm(pi, a, means, variances);
        int n = 10_000;
        double[] x = new double[n];
        sample(truth, new SplittableRandom(3), x, n);

        GaussianHmm m = new GaussianHmmFitter(2, 500, 1e-9, 1e-3, 1).fit(x, n, 1).model();
        int calm = m.variance(0, 0) < m.variance(1, 0) ? 0 : 1;
        int wild = 1 - calm;
        assertThat(m.variance(calm, 0)).isCloseTo(1e-4, within(0.1e-4));
        assertThat(m.variance(wild, 0)).isCloseTo(9e-4, within(0.9e-4));
        assertThat(m.mean(calm, 0)).isCloseTo(0.001, within(0.0005));
        assertThat(m.mean(wild, 0)).isCloseTo(-0.002, within(0.0015));
        assertThat(m.transition(calm, calm)).isCloseTo(0.98, within(0.01));
        assertThat(m.transition(wild, wild)).isCloseTo(0.95, within(0.02));
    }

    @Test
    void logLikelihoodNeverDecreasesAcrossIterations() {
        SplittableRandom rnd = new SplittableRandom(2024);
        for (int trial = 0; trial < 25; trial++) {
            int trueStates = 1 + rnd.nextInt(3);
            int d = 1 + rnd.nextInt(3);
            GaussianHmm truth = randomModel(rnd, trueStates, d);
            int n = 200 + rnd.nextInt(800);
            double[] x = new double[n * d];
            sample(truth, rnd, x, n);
            // fit more states than the data has, which tempts states to collapse
            int states = 2 + rnd.nextInt(4);
            GaussianHmmFit fit = new GaussianHmmFitter(states, 60, 0.0, 1e-3, rnd.nextLong()).fit(x, n, d);
            double[] trace = fit.logLikelihoods();
            assertThat(trace).hasSize(fit.iterations() + 1);
            for (int i = 1; i < trace.length; i++) {
                assertThat(trace[i]).as("trial %d iteration %d", trial, i)
                        .isGreaterThanOrEqualTo(trace[i - 1] - 1e-9 * Math.abs(trace[i - 1]));
            }
            GaussianHmm m = fit.model();
            for (int s = 0; s < states; s++) {
                for (int j = 0; j < d; j++) {
                    assertThat(m.variance(s, j)).isPositive().isFinite();
                    assertThat(m.mean(s, j)).isFinite();
                }
            }
        }
    }

    @Test
    void sameSeedSameFit() {
        SplittableRandom rnd = new SplittableRandom(5);
        GaussianHmm truth = randomModel(rnd, 3, 2);
        double[] x = new double[1500 * 2];
        sample(truth, rnd, x, 1500);
        GaussianHmmFit one = new GaussianHmmFitter(3, 100, 1e-7, 1e-3, 99).fit(x, 1500, 2);
        GaussianHmmFit two = new GaussianHmmFitter(3, 100, 1e-7, 1e-3, 99).fit(x, 1500, 2);
        assertThat(two.logLikelihoods()).containsExactly(one.logLikelihoods());
        for (int s = 0; s < 3; s++) {
            assertThat(two.model().mean(s, 0)).isEqualTo(one.model().mean(s, 0));
            assertThat(two.model().transition(s, 1)).isEqualTo(one.model().transition(s, 1));
        }
        // a fitter reused on the same data gives the same fit again
        GaussianHmmFitter reused = new GaussianHmmFitter(3, 100, 1e-7, 1e-3, 99);
        reused.fit(x, 700, 2);
        assertThat(reused.fit(x, 1500, 2).logLikelihoods()).containsExactly(one.logLikelihoods());
    }

    @Test
    void constantAndDuplicatedDataStayFinite() {
        double[] constant = new double[100];
        Arrays.fill(constant, 3.0);
        GaussianHmmFit fit = new GaussianHmmFitter(3, 50, 1e-6, 1e-3, 1).fit(constant, 100, 1);
        assertThat(fit.logLikelihood()).isFinite();
        assertThat(fit.explainedVariance()).isZero();
        double[] twoValues = new double[200];
        for (int i = 0; i < 200; i++) {
            twoValues[i] = i % 7 == 0 ? 1.0 : -1.0;
        }
        GaussianHmmFit two = new GaussianHmmFitter(4, 50, 1e-6, 1e-3, 1).fit(twoValues, 200, 1);
        assertThat(two.logLikelihood()).isFinite();
        for (int s = 0; s < 4; s++) {
            assertThat(two.model().variance(s, 0)).isGreaterThanOrEqualTo(1e-3 * variance(twoValues) * (1 - 1e-12));
        }
    }

    @Test
    void badArgumentsAreRejectedWithClearMessages() {
        assertThatThrownBy(() -> new GaussianHmmFitter(0, 10, 1e-6, 1e-3, 1)).hasMessageContaining("states");
        assertThatThrownBy(() -> new GaussianHmmFitter(2, 0, 1e-6, 1e-3, 1)).hasMessageContaining("max iterations");
        assertThatThrownBy(() -> new GaussianHmmFitter(2, 10, -1, 1e-3, 1)).hasMessageContaining("tolerance");
        assertThatThrownBy(() -> new GaussianHmmFitter(2, 10, 1e-6, 0, 1)).hasMessageContaining("variance floor");
        assertThatThrownBy(() -> new GaussianHmmFitter(3, 10, 1e-6, 1e-3, 1).fit(new double[5], 5, 1))
                .hasMessageContaining("need at least 6 points");
        assertThatThrownBy(() -> new GaussianHmmFitter(2, 10, 1e-6, 1e-3, 1).fit(new double[] {1, 2, Double.NaN, 4},
                4, 1)).hasMessageContaining("not finite");
        assertThatThrownBy(() -> new GaussianHmm(new double[] {0.5, 0.6}, new double[][] {{1, 0}, {0, 1}},
                new double[][] {{0}, {0}}, new double[][] {{1}, {1}})).hasMessageContaining("initial distribution sums");
        assertThatThrownBy(() -> new GaussianHmm(new double[] {0.5, 0.5}, new double[][] {{1, 0}, {0.5, 0.6}},
                new double[][] {{0}, {0}}, new double[][] {{1}, {1}})).hasMessageContaining("transition row 1");
        assertThatThrownBy(() -> new GaussianHmm(new double[] {0.5, 0.5}, new double[][] {{1, 0}, {0, 1}},
                new double[][] {{0}, {0}}, new double[][] {{1}, {0}})).hasMessageContaining("variance 0 of state 1");
    }

    static GaussianHmm randomModel(SplittableRandom rnd, int states, int d) {
        double[] pi = dirichlet(rnd, states);
        double[][] a = new double[states][];
        double[][] means = new double[states][d];
        double[][] variances = new double[states][d];
        for (int s = 0; s < states; s++) {
            a[s] = dirichlet(rnd, states);
            for (int j = 0; j < d; j++) {
                means[s][j] = rnd.nextDouble(-3, 3);
                variances[s][j] = rnd.nextDouble(0.2, 2.0);
            }
        }
        return new GaussianHmm(pi, a, means, variances);
    }

    private static double[] dirichlet(SplittableRandom rnd, int k) {
        double[] p = new double[k];
        double sum = 0;
        for (int i = 0; i < k; i++) {
            p[i] = -Math.log(1 - rnd.nextDouble());
            sum += p[i];
        }
        double check = 0;
        for (int i = 0; i < k - 1; i++) {
            p[i] /= sum;
            check += p[i];
        }
        p[k - 1] = 1.0 - check;
        return p;
    }

    /** Draws {@code n} observations of {@code hmm} into {@code x} (row-major). */
    static void sample(GaussianHmm hmm, SplittableRandom rnd, double[] x, int n) {
        int states = hmm.states();
        int d = hmm.dimensions();
        int s = draw(rnd, states, k -> hmm.initial(k));
        for (int t = 0; t < n; t++) {
            if (t > 0) {
                int from = s;
                s = draw(rnd, states, k -> hmm.transition(from, k));
            }
            for (int j = 0; j < d; j++) {
                x[t * d + j] = hmm.mean(s, j) + Math.sqrt(hmm.variance(s, j)) * rnd.nextGaussian();
            }
        }
    }

    private static int draw(SplittableRandom rnd, int states, java.util.function.IntToDoubleFunction p) {
        double u = rnd.nextDouble();
        double c = 0;
        for (int k = 0; k < states; k++) {
            c += p.applyAsDouble(k);
            if (u < c) {
                return k;
            }
        }
        return states - 1;
    }

    private static int[] orderByFirstMean(GaussianHmm m) {
        Integer[] idx = new Integer[m.states()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (p, q) -> Double.compare(m.mean(p, 0), m.mean(q, 0)));
        return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }

    private static double variance(double[] x) {
        double mean = Arrays.stream(x).average().orElseThrow();
        return Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / x.length;
    }
}
