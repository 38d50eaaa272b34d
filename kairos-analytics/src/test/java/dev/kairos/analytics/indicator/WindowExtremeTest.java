package dev.kairos.analytics.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link WindowExtreme} against a brute-force {@link Math#max}/{@link Math#min} over the window, bit for bit:
 * every window size from 1 to past a few block lengths and some long ones, on a coarse random walk (ties, both
 * zeros, long steady trends), before and after the window is full, after {@code reset()}, and against the
 * batch forms; NaN inputs make the extreme NaN exactly while they are in the window. {@link WindowRange}, the
 * pair of them over two columns, gives the same values.
 */
class WindowExtremeTest {

    /** A random walk on a coarse grid, so that equal values are common, with steady runs and zeros of both signs. */
    private static double[] series(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] out = new double[n];
        int level = 0;
        for (int i = 0; i < n; i++) {
            int move = random.nextInt(10);
            if (move < 2) {
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

    /** Math.max (or min) of values[max(0, i - window + 1) .. i]. */
    private static double bruteForce(double[] values, int i, int window, boolean maximum) {
        double e = values[Math.max(0, i - window + 1)];
        for (int j = Math.max(0, i - window + 1) + 1; j <= i; j++) {
            e = maximum ? Math.max(e, values[j]) : Math.min(e, values[j]);
        }
        return e;
    }

    private static void check(double[] values, int window, boolean maximum) {
        WindowExtreme extreme = new WindowExtreme(window, maximum);
        double[] batch = maximum ? WindowExtreme.highest(values, window) : WindowExtreme.lowest(values, window);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < values.length; i++) {
                extreme.add(values[i]);
                String context = (maximum ? "max" : "min") + " window " + window + " index " + i;
                assertThat(extreme.isFull()).as(context).isEqualTo(i >= window - 1);
                long expected = Double.doubleToLongBits(bruteForce(values, i, window, maximum));
                assertThat(Double.doubleToLongBits(extreme.extreme())).as(context).isEqualTo(expected);
                long inBatch = Double.doubleToLongBits(i >= window - 1 ? extreme.extreme() : Double.NaN);
                assertThat(Double.doubleToLongBits(batch[i])).as(context + " batch").isEqualTo(inBatch);
            }
            extreme.reset();
            assertThat(extreme.isFull()).isFalse();
        }
    }

    @Test
    void everyWindowSizeMatchesBruteForce() {
        double[] values = series(7, 1_500);
        for (int window = 1; window <= 70; window++) {
            check(values, window, true);
            check(values, window, false);
        }
        for (int window : new int[] {100, 333, 1_000, 1_500, 2_000}) {
            check(values, window, true);
            check(values, window, false);
        }
    }

    @Test
    void plusZeroCountsAboveMinusZero() {
        double[] zeros = {-0.0, 0.0, -0.0, -0.0, -0.0, 0.0, -0.0};
        assertThat(WindowExtreme.highest(zeros, 2)).containsExactly(Double.NaN, 0.0, 0.0, -0.0, -0.0, 0.0, 0.0);
        double[] lowest = WindowExtreme.lowest(zeros, 2);
        for (int i = 1; i < zeros.length; i++) {
            assertThat(Double.doubleToRawLongBits(lowest[i])).as("min at %d", i)
                    .isEqualTo(Double.doubleToRawLongBits(-0.0));
        }
    }

    @Test
    void aNanIsTheExtremeWhileItIsInTheWindow() {
        double[] values = series(3, 300);
        for (int at : new int[] {0, 1, 17, 40, 41, 299}) {
            double[] withNan = values.clone();
            withNan[at] = Double.NaN;
            for (int window : new int[] {1, 2, 5, 14, 20, 64}) {
                check(withNan, window, true);
                check(withNan, window, false);
                double[] highest = WindowExtreme.highest(withNan, window);
                for (int i = window - 1; i < withNan.length; i++) {
                    boolean inWindow = at <= i && at > i - window;
                    assertThat(Double.isNaN(highest[i])).as("NaN at %d, window %d, index %d", at, window, i)
                            .isEqualTo(inWindow);
                }
            }
        }
    }

    @Test
    void windowBelowOneIsRejected() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new WindowExtreme(0, true)).withMessage("window must be >= 1, got 0");
    }

    @Test
    void rollingExtremesMatchTheirBatchForms() {
        double[] values = series(11, 3_000);
        for (int period : new int[] {1, 20, 64, 65, 250}) {
            RollingMax max = new RollingMax(period);
            RollingMin min = new RollingMin(period);
            double[] maxBatch = RollingMax.batch(values, period);
            double[] minBatch = RollingMin.batch(values, period);
            for (int i = 0; i < values.length; i++) {
                assertThat(Double.doubleToRawLongBits(max.update(values[i])))
                        .isEqualTo(Double.doubleToRawLongBits(maxBatch[i]));
                assertThat(Double.doubleToRawLongBits(min.update(values[i])))
                        .isEqualTo(Double.doubleToRawLongBits(minBatch[i]));
            }
        }
    }

    @Test
    void windowRangeGivesBothExtremesOfTheirColumns() {
        double[] highs = series(21, 2_000);
        double[] lows = series(22, 2_000);
        highs[300] = Double.NaN;
        lows[700] = Double.NaN;
        for (int window : new int[] {1, 2, 3, 14, 20, 64, 65, 500}) {
            double[] highest = WindowExtreme.highest(highs, window);
            double[] lowest = WindowExtreme.lowest(lows, window);
            WindowRange range = new WindowRange(window);
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < highs.length; i++) {
                    range.add(highs[i], lows[i]);
                    String context = "window " + window + " index " + i;
                    assertThat(range.isFull()).as(context).isEqualTo(i >= window - 1);
                    assertThat(Double.doubleToLongBits(range.highest())).as(context)
                            .isEqualTo(Double.doubleToLongBits(bruteForce(highs, i, window, true)));
                    assertThat(Double.doubleToLongBits(range.lowest())).as(context)
                            .isEqualTo(Double.doubleToLongBits(bruteForce(lows, i, window, false)));
                    if (i >= window - 1) {
                        assertThat(Double.doubleToLongBits(range.highest())).as(context + " batch")
                                .isEqualTo(Double.doubleToLongBits(highest[i]));
                        assertThat(Double.doubleToLongBits(range.lowest())).as(context + " batch")
                                .isEqualTo(Double.doubleToLongBits(lowest[i]));
                    }
                }
                range.reset();
            }
        }
    }
}
