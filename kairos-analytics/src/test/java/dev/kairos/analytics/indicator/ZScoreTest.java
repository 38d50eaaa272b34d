package dev.kairos.analytics.indicator;

import static dev.kairos.analytics.indicator.IndicatorAssertions.assertBitwiseEqual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rolling z-score, which TA-Lib lacks: hand-computed cases and a two-pass reference. */
class ZScoreTest {
    private static final double NaN = Double.NaN;

    @Test
    void handComputed() {
        // window {1, 2, 3}: mean 2, population variance (1 + 0 + 1) / 3 = 2/3 -> z(3) = 1 / sqrt(2/3) = sqrt(1.5)
        // window {2, 3, 7}: mean 4, variance (4 + 1 + 9) / 3 = 14/3 -> z(7) = 3 / sqrt(14/3)
        // window {3, 7, 4}: mean 14/3, variance ((5/3)^2 + (7/3)^2 + (2/3)^2) / 3 = 78/27
        //   -> z(4) = (-2/3) / sqrt(78/27)
        double[] in = {1, 2, 3, 7, 4};
        double[] expected = {NaN, NaN, Math.sqrt(1.5), 3 / Math.sqrt(14.0 / 3), (-2.0 / 3) / Math.sqrt(78.0 / 27)};
        IndicatorAssertions.assertClose("batch", expected, ZScore.batch(in, 3), 1e-12);
        IndicatorAssertions.assertClose("incremental", expected, TalibGoldenTest.incremental(new ZScore(3), in), 1e-12);
    }

    @Test
    void periodTwoIsPlusOrMinusOne() {
        // two values a, b: mean (a + b) / 2, stdev |b - a| / 2 -> z(b) = sign(b - a)
        assertThat(ZScore.batch(new double[] {5, 9, 1, 1, 4}, 2)).containsExactly(NaN, 1.0, -1.0, 0.0, 1.0);
    }

    @Test
    void flatWindowIsZeroAndLeavingItIsNot() {
        double[] in = {0.1, 0.1, 0.1, 0.1, 0.2};
        double[] z = ZScore.batch(in, 3);
        assertThat(z[2]).isZero();
        assertThat(z[3]).isZero();
        // {0.1, 0.1, 0.2}: mean 0.1333.., stdev 0.04714.. -> z = 0.0666.. / 0.04714.. = sqrt(2)
        assertThat(z[4]).isCloseTo(Math.sqrt(2), within(1e-9));
        assertBitwiseEqual("incremental", z, TalibGoldenTest.incremental(new ZScore(3), in));
    }

    @Test
    void warmUpAndReset() {
        ZScore z = new ZScore(3);
        assertThat(z.lookback()).isEqualTo(2);
        assertThat(z.update(1)).isNaN();
        assertThat(z.update(2)).isNaN();
        assertThat(z.isReady()).isFalse();
        assertThat(z.update(3)).isCloseTo(Math.sqrt(1.5), within(1e-12));
        assertThat(z.isReady()).isTrue();
        z.reset();
        assertThat(z.isReady()).isFalse();
        assertThat(z.value()).isNaN();
        assertThat(z.update(3)).isNaN();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {31, 32, 33, 34})
    void agreesWithTwoPassReference(long seed) {
        // long enough for thousands of O(1) updates between and across the periodic recomputations
        assertAgreesWithTwoPass(TrendMomentumRuns.randomBars(new SplittableRandom(seed), 30_000).close());
    }

    /**
     * Volatile stretches alternating with quiet ones where a price near 60,000 moves by at most one tick of
     * 0.01: the windows turn nearly flat right after holding large deviations, the hard case for a sliding
     * sum of squares.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {41, 42})
    void nearlyFlatWindowsAfterVolatileOnes(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] x = new double[20_000];
        double price = 60_000;
        for (int i = 0; i < x.length; i++) {
            boolean quiet = (i / 500) % 2 == 1;
            price = quiet ? Math.round((price + 0.01 * (rnd.nextInt(3) - 1)) * 100) / 100.0
                    : price * Math.exp(rnd.nextGaussian() * 0.02);
            x[i] = price;
        }
        assertAgreesWithTwoPass(x);
    }

    /**
     * Against the definition. Any way of computing {@code x - mean} carries a rounding error of a few ulps of
     * the prices, so the allowance has two parts: 1e-9 relative, and 1e-12 of the window's largest |input|
     * divided by its standard deviation (which matters only when the window is nearly flat).
     */
    private static void assertAgreesWithTwoPass(double[] close) {
        for (int period : new int[] {2, 3, 5, 20, 61}) {
            double[] batch = ZScore.batch(close, period);
            double[] incremental = TalibGoldenTest.incremental(new ZScore(period), close);
            assertBitwiseEqual("batch vs incremental", batch, incremental);
            for (int i = 0; i < close.length; i++) {
                if (i < period - 1) {
                    assertThat(batch[i]).isNaN();
                    continue;
                }
                Window w = Window.of(close, i - period + 1, i);
                double allowed = 1e-9 * Math.max(1.0, Math.abs(w.z()))
                        + (w.flat() ? 0.0 : 1e-12 * w.maxAbs() / w.stdev());
                if (!(Math.abs(batch[i] - w.z()) <= allowed)) {
                    fail("ZSCORE(" + period + ") at index " + i + ": two-pass " + w.z() + " but was " + batch[i]);
                }
            }
        }
    }

    /** The definition, computed afresh over {@code x[from..to]}: mean, then the mean of squared deviations. */
    private record Window(double z, double stdev, double maxAbs, boolean flat) {
        static Window of(double[] x, int from, int to) {
            int period = to - from + 1;
            boolean flat = true;
            double sum = 0;
            double maxAbs = 0;
            for (int j = from; j <= to; j++) {
                sum += x[j];
                flat &= x[j] == x[to];
                maxAbs = Math.max(maxAbs, Math.abs(x[j]));
            }
            double mean = sum / period;
            double squares = 0;
            for (int j = from; j <= to; j++) {
                squares += (x[j] - mean) * (x[j] - mean);
            }
            double stdev = Math.sqrt(squares / period);
            return new Window(flat ? 0.0 : (x[to] - mean) / stdev, stdev, maxAbs, flat);
        }
    }

    @Test
    void rejectsBadPeriod() {
        assertThatThrownBy(() -> new ZScore(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("z-score period must be >= 2, got 1");
        assertThatThrownBy(() -> ZScore.batch(new double[3], 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
