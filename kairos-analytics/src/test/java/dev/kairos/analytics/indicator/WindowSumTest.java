package dev.kairos.analytics.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link WindowSum} against a reference that counts the non-zero values of the window: the running sum, bit
 * for bit, and exactly {@code 0.0} (not a rounding residue, not {@code -0.0}) whenever every value of the
 * window is a zero of either sign, before and after the window is full and after {@code reset()}.
 */
class WindowSumTest {

    @Test
    void matchesACountingReferenceOnValuesWithManyZeros() {
        SplittableRandom random = new SplittableRandom(17);
        for (int trial = 0; trial < 200; trial++) {
            int n = random.nextInt(1, 30);
            double[] values = new double[random.nextInt(0, 400)];
            for (int i = 0; i < values.length; i++) {
                int kind = random.nextInt(10);
                values[i] = kind < 3 ? 0.0 : kind < 5 ? -0.0 : random.nextDouble(-1e6, 1e6) * random.nextDouble();
                if (random.nextInt(40) == 0) {
                    // a long zero stretch, longer than the window now and then
                    int run = random.nextInt(1, 2 * n + 2);
                    for (int k = 0; k < run && i < values.length; k++, i++) {
                        values[i] = random.nextBoolean() ? 0.0 : -0.0;
                    }
                    i--;
                }
            }
            WindowSum sum = new WindowSum(n);
            for (int round = 0; round < 2; round++) {
                double[] ring = new double[n];
                int next = 0;
                int nonZero = 0;
                double expected = 0.0;
                for (int i = 0; i < values.length; i++) {
                    double x = values[i];
                    double old = ring[next];
                    ring[next] = x;
                    next = (next + 1) % n;
                    nonZero += (x != 0.0 ? 1 : 0) - (old != 0.0 ? 1 : 0);
                    expected = nonZero == 0 ? 0.0 : (expected - old) + x;
                    sum.push(x);
                    String context = "trial " + trial + ", n " + n + ", index " + i;
                    assertThat(Double.doubleToRawLongBits(sum.sum())).as(context)
                            .isEqualTo(Double.doubleToRawLongBits(expected));
                    assertThat(sum.full()).as(context).isEqualTo(i >= n - 1);
                    if (nonZero == 0) {
                        assertThat(Double.doubleToRawLongBits(sum.sum())).as(context + " all zeros").isZero();
                    }
                }
                sum.reset();
                assertThat(sum.full()).isFalse();
            }
        }
    }
}
