package dev.kairos.analytics.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link SlidingExtreme} against a brute-force scan of the window with TA-Lib's comparisons: the ages of the
 * highest high and of the lowest low, the latest of equal extremes winning (also between 0.0 and -0.0), before
 * and after the window is full and after {@code reset()}, for every window size across a few block lengths.
 */
class SlidingExtremeTest {

    /** A random walk on a coarse grid, so that equal values are common, with runs up and down and zeros. */
    private static double[] series(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] out = new double[n];
        int level = 0;
        for (int i = 0; i < n; i++) {
            int move = random.nextInt(10);
            if (move < 2) {
                // a steady trend for a while: the extreme leaves the window on every input
                int run = random.nextInt(1, 150);
                int step = move == 0 ? 1 : -1;
                for (int k = 0; k < run && i < n; k++, i++) {
                    level += step;
                    out[i] = level * 0.25;
                }
                i--;
                continue;
            }
            level += random.nextInt(-3, 4);
            double x = level * 0.25;
            out[i] = x == 0.0 && random.nextBoolean() ? -0.0 : x;
        }
        return out;
    }

    /** The latest index holding the extreme of values[max(0, i - window + 1) .. i], with TA-Lib's comparisons. */
    private static int latestExtreme(double[] values, int i, int window, boolean maximum) {
        int at = Math.max(0, i - window + 1);
        for (int j = at + 1; j <= i; j++) {
            if (maximum ? values[j] >= values[at] : values[j] <= values[at]) {
                at = j;
            }
        }
        return at;
    }

    private static void check(double[] highs, double[] lows, int window) {
        SlidingExtreme extremes = new SlidingExtreme(window);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < highs.length; i++) {
                extremes.add(highs[i], lows[i]);
                String context = "window " + window + " index " + i;
                assertThat(extremes.isFull()).as(context).isEqualTo(i >= window - 1);
                assertThat(extremes.highAge()).as(context + " high")
                        .isEqualTo(i - latestExtreme(highs, i, window, true));
                assertThat(extremes.lowAge()).as(context + " low")
                        .isEqualTo(i - latestExtreme(lows, i, window, false));
            }
            extremes.reset();
            assertThat(extremes.isFull()).isFalse();
        }
    }

    @Test
    void everyWindowSizeMatchesBruteForce() {
        double[] highs = series(7, 1_500);
        double[] lows = series(8, 1_500);
        for (int window = 1; window <= 70; window++) {
            check(highs, lows, window);
            check(lows, highs, window);
        }
        for (int window : new int[] {100, 200, 1_000, 2_000}) {
            check(highs, lows, window);
        }
    }

    @Test
    void extremeInputsAreOrdinaryValues() {
        double[] values = {5, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, 3, Double.POSITIVE_INFINITY, 2,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1, 1};
        for (int window = 1; window <= 5; window++) {
            check(values, values, window);
        }
    }

    @Test
    void windowBelowOneIsRejected() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new SlidingExtreme(0)).withMessage("window must be >= 1, got 0");
    }
}
