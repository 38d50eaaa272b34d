package dev.kairos.analytics.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.analytics.testsupport.Allocation;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;

/**
 * VaR and ES by each method against hand-computed cases and independent references (Hipparchus' R-7
 * percentile and normal quantiles, and the ES as the average VaR beyond the confidence).
 */
class ValueAtRiskTest {
    private static final double[] TEN = {0.03, -0.05, 0.0, 0.05, -0.01, 0.02, -0.03, 0.04, -0.02, 0.01};

    @Test
    void historicalOnASmallSampleByHand() {
        // sorted: -0.05 -0.03 -0.02 -0.01 0 0.01 0.02 0.03 0.04 0.05
        // α 0.9: position 9 × 0.1 = 0.9 → q = -0.05 + 0.9 × 0.02 = -0.032; tail {-0.05}
        TailEstimate t90 = ValueAtRisk.of(VarMethod.HISTORICAL, TEN, 0.9, 1, 1);
        assertThat(t90.var()).isCloseTo(0.032, within(1e-15));
        assertThat(t90.es()).isCloseTo(0.05, within(1e-15));
        // α 0.8: position 1.8 → q = -0.03 + 0.8 × 0.01 = -0.022; tail {-0.05, -0.03}
        TailEstimate t80 = ValueAtRisk.of(VarMethod.HISTORICAL, TEN, 0.8, 1, 1);
        assertThat(t80.var()).isCloseTo(0.022, within(1e-15));
        assertThat(t80.es()).isCloseTo(0.04, within(1e-15));
        // the input is not reordered by the convenience method
        assertThat(TEN[0]).isEqualTo(0.03);
    }

    @Test
    void historicalCompoundsOverlappingWindowsForLongerHorizons() {
        double[] r = {0.1, -0.1, 0.2, -0.2};
        double[] out = new double[3];
        // (1.1)(0.9) - 1, (0.9)(1.2) - 1, (1.2)(0.8) - 1
        assertThat(ValueAtRisk.horizonReturns(r, 0, 4, 2, out)).isEqualTo(3);
        assertThat(out[0]).isCloseTo(-0.01, within(1e-15));
        assertThat(out[1]).isCloseTo(0.08, within(1e-15));
        assertThat(out[2]).isCloseTo(-0.04, within(1e-15));
        // sorted -0.04 -0.01 0.08; α 0.5: position 1 → q = -0.01; tail {-0.04, -0.01}
        TailEstimate t = ValueAtRisk.of(VarMethod.HISTORICAL, r, 0.5, 2, 1);
        assertThat(t.var()).isCloseTo(0.01, within(1e-15));
        assertThat(t.es()).isCloseTo(0.025, within(1e-15));
    }

    @Test
    void historicalMatchesHipparchusPercentileR7() {
        SplittableRandom rnd = new SplittableRandom(11);
        Percentile r7 = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + rnd.nextInt(400);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = 0.02 * rnd.nextGaussian() + (rnd.nextInt(10) == 0 ? -0.05 * rnd.nextDouble() : 0);
            }
            double confidence = 0.5 + 0.49 * rnd.nextDouble();
            TailEstimate t = ValueAtRisk.of(VarMethod.HISTORICAL, x, confidence, 1, 1);
            double q = r7.evaluate(x, (1 - confidence) * 100);
            assertThat(t.var()).as("trial %d", trial).isCloseTo(-q, within(1e-12));
            double sum = 0;
            int count = 0;
            for (double v : x) {
                if (v <= q + 1e-15) {
                    sum += v;
                    count++;
                }
            }
            assertThat(t.es()).as("trial %d", trial).isCloseTo(-sum / count, within(1e-12));
            assertThat(t.es()).isGreaterThanOrEqualTo(t.var() - 1e-15);
        }
    }

    @Test
    void parametricIsTheNormalQuantileWithSquareRootOfTimeScaling() {
        // mean 0.01; deviations 0.01, -0.02, -0.01, 0.02 → variance 0.001 / 3
        double[] r = {0.02, -0.01, 0.0, 0.03};
        double mean = 0.01;
        double sd = Math.sqrt(0.001 / 3);
        for (int h : new int[] {1, 4, 9}) {
            NormalDistribution horizon = new NormalDistribution(h * mean, Math.sqrt(h) * sd);
            for (double confidence : new double[] {0.95, 0.99, 0.975}) {
                TailEstimate t = ValueAtRisk.of(VarMethod.PARAMETRIC, r, confidence, h, 1);
                assertThat(t.var()).as("h %d α %s", h, confidence)
                        .isCloseTo(-horizon.inverseCumulativeProbability(1 - confidence), within(1e-12));
                // ES = average of the VaR over confidence levels u in (α, 1): midpoint rule
                int steps = 200_000;
                double sum = 0;
                for (int s = 0; s < steps; s++) {
                    double u = confidence + (1 - confidence) * (s + 0.5) / steps;
                    sum += -horizon.inverseCumulativeProbability(1 - u);
                }
                assertThat(t.es()).as("h %d α %s", h, confidence).isCloseTo(sum / steps, within(2e-6));
            }
        }
        // h = 4 doubles the spread and quadruples the drift, by hand at 99 %
        TailEstimate t4 = ValueAtRisk.of(VarMethod.PARAMETRIC, r, 0.99, 4, 1);
        assertThat(t4.var()).isCloseTo(-0.04 + 2 * sd * 2.3263478740408408, within(1e-12));
    }

    @Test
    void monteCarloIsSeededAndConvergesToTheOtherMethods() {
        SplittableRandom rnd = new SplittableRandom(5);
        double[] r = new double[4000];
        for (int i = 0; i < r.length; i++) {
            r[i] = 0.0002 + 0.01 * rnd.nextGaussian();
        }
        TailEstimate a = ValueAtRisk.of(VarMethod.MONTE_CARLO, r, 0.99, 10, 42);
        TailEstimate b = ValueAtRisk.of(VarMethod.MONTE_CARLO, r, 0.99, 10, 42);
        TailEstimate c = ValueAtRisk.of(VarMethod.MONTE_CARLO, r, 0.99, 10, 43);
        assertThat(a).isEqualTo(b);
        assertThat(c.var()).isNotEqualTo(a.var());
        // iid normal returns: the bootstrap of 10-bar paths approaches the √10-scaled normal figures
        TailEstimate normal = ValueAtRisk.of(VarMethod.PARAMETRIC, r, 0.99, 10, 42);
        assertThat(a.var()).isCloseTo(normal.var(), within(0.06 * normal.var()));
        assertThat(a.es()).isCloseTo(normal.es(), within(0.08 * normal.es()));
        // one-bar paths resample the sample itself: close to the historical figures
        TailEstimate mc1 = ValueAtRisk.of(VarMethod.MONTE_CARLO, r, 0.95, 1, 42);
        TailEstimate hist1 = ValueAtRisk.of(VarMethod.HISTORICAL, r, 0.95, 1, 42);
        assertThat(mc1.var()).isCloseTo(hist1.var(), within(0.05 * hist1.var()));
        assertThat(mc1.es()).isCloseTo(hist1.es(), within(0.05 * hist1.es()));
        // every path value is one of the sample's values when h = 1: the MC VaR lies within the sample's range
        double[] sorted = r.clone();
        Arrays.sort(sorted);
        assertThat(-mc1.var()).isBetween(sorted[0], sorted[sorted.length - 1]);
    }

    @Test
    void unknownInputsGiveNaNAndBadParametersAreErrors() {
        assertThat(ValueAtRisk.of(VarMethod.HISTORICAL, new double[] {0.01}, 0.99, 1, 1).isKnown()).isFalse();
        // three returns make one 3-period window: no quantile; the parametric method scales instead
        assertThat(ValueAtRisk.of(VarMethod.HISTORICAL, new double[] {0.01, 0.02, 0.0}, 0.99, 3, 1).isKnown())
                .isFalse();
        assertThat(ValueAtRisk.of(VarMethod.PARAMETRIC, new double[] {0.01, 0.02, 0.0}, 0.99, 3, 1).isKnown())
                .isTrue();
        assertThat(ValueAtRisk.of(VarMethod.MONTE_CARLO, new double[] {0.01, Double.NaN, 0.0}, 0.99, 1, 1)
                .isKnown()).isFalse();
        assertThat(ValueAtRisk.of(VarMethod.HISTORICAL, new double[] {0.01, -0.02}, 0.99, 1, 1).isKnown()).isTrue();
        assertThatThrownBy(() -> ValueAtRisk.of(VarMethod.HISTORICAL, TEN, 1.0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("confidence");
        assertThatThrownBy(() -> ValueAtRisk.of(VarMethod.HISTORICAL, TEN, 0.99, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("horizon");
        assertThatThrownBy(() -> new ValueAtRisk(5, 100, 1).estimate(VarMethod.HISTORICAL, TEN, 0, 10, 0.9, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity");
        assertThat(VarMethod.fromKey("Monte_Carlo")).contains(VarMethod.MONTE_CARLO);
        assertThat(VarMethod.fromKey("var")).isEmpty();
    }

    @Test
    void figuresOfARunAndAllocationFreeEstimates() {
        RiskFigures f = RiskFigures.of(TEN, 0.9, 1, 7);
        assertThat(f.historical().var()).isCloseTo(0.032, within(1e-15));
        assertThat(f.by(VarMethod.PARAMETRIC)).isEqualTo(ValueAtRisk.of(VarMethod.PARAMETRIC, TEN, 0.9, 1, 7));
        assertThat(f.monteCarlo().isKnown()).isTrue();
        assertThat(f.returns()).isEqualTo(10);

        ValueAtRisk calc = new ValueAtRisk(300, 1_000, 3);
        double[] r = new double[300];
        SplittableRandom rnd = new SplittableRandom(2);
        for (int i = 0; i < r.length; i++) {
            r[i] = 0.01 * rnd.nextGaussian();
        }
        for (VarMethod m : VarMethod.values()) {
            calc.estimate(m, r, 0, 300, 0.99, 2); // warm up
            long bytes = Allocation.bytesAllocatedBy(() -> {
                for (int i = 0; i < 50; i++) {
                    calc.estimate(m, r, 0, 300, 0.99, 2);
                }
            });
            assertThat(bytes).as("%s allocates", m).isLessThan(1_000);
        }
    }

    @Test
    void selectionPutsTheKthSmallestInPlace() {
        SplittableRandom rnd = new SplittableRandom(9);
        for (int trial = 0; trial < 500; trial++) {
            int m = 1 + rnd.nextInt(60);
            double[] x = new double[m];
            for (int i = 0; i < m; i++) {
                x[i] = rnd.nextInt(8) - 4; // many ties
            }
            double[] sorted = x.clone();
            Arrays.sort(sorted);
            int k = rnd.nextInt(m);
            ValueAtRisk.select(x, m, k);
            assertThat(x[k]).isEqualTo(sorted[k]);
            for (int i = 0; i < m; i++) {
                assertThat(i < k ? x[i] <= x[k] : x[i] >= x[k]).isTrue();
            }
        }
    }
}
