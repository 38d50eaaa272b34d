package dev.kairos.analytics.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The branch-free selections give exactly what their ternary forms give, bit for bit. */
class BranchFreeTest {

    private static List<Double> values() {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, -Double.MIN_VALUE,
                Double.MIN_NORMAL, -Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
                Double.longBitsToDouble(0x7FF0000000000001L), Double.longBitsToDouble(0x7FFFFFFFFFFFFFFFL),
                Double.longBitsToDouble(0xFFF0000000000001L), Double.longBitsToDouble(0xFFF8000000000000L),
                Double.longBitsToDouble(0xFFFFFFFFFFFFFFFFL), 1e-300, -1e-300, 123.456, -123.456));
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 10_000; i++) {
            values.add(Double.longBitsToDouble(random.nextLong()));
            values.add(random.nextDouble(-10.0, 10.0));
        }
        return values;
    }

    private static void assertSame(double expected, double actual, double condition, double value) {
        assertThat(Double.doubleToRawLongBits(actual))
                .as("condition %s (%x), value %s", condition, Double.doubleToRawLongBits(condition), value)
                .isEqualTo(Double.doubleToRawLongBits(expected));
    }

    @Test
    void masksAndSelectionsMatchTheTernaries() {
        List<Double> values = values();
        double[] payloads = {2.5, -0.0, 0.0, Double.NaN, -7.0, Double.POSITIVE_INFINITY};
        for (double c : values) {
            assertThat(BranchFree.positiveMask(c)).as("mask of %s", c).isEqualTo(c > 0.0 ? -1L : 0L);
            for (double v : payloads) {
                assertSame(c > 0.0 ? v : 0.0, BranchFree.ifPositive(c, v), c, v);
                assertSame(c < 0.0 ? v : 0.0, BranchFree.ifNegative(c, v), c, v);
                assertSame(c < 0.0 ? 0.0 : v, BranchFree.unlessNegative(c, v), c, v);
                assertSame(c > 0.0 ? v : 0.0, BranchFree.masked(BranchFree.positiveMask(c), v), c, v);
                assertSame(c > 0.0 ? v : c, BranchFree.select(BranchFree.positiveMask(c), v, c), c, v);
            }
        }
    }
}
