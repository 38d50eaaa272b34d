package dev.kairos.analytics.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/** Assertions on indicator outputs shared by the tests of this package. */
final class IndicatorAssertions {
    private IndicatorAssertions() {
    }

    /** Same length and the same bits at every index (NaN where NaN). */
    static void assertBitwiseEqual(String what, double[] expected, double[] actual) {
        assertThat(actual).as("%s length", what).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToLongBits(expected[i]) != Double.doubleToLongBits(actual[i])) {
                fail(what + " at index " + i + ": expected " + expected[i] + " but was " + actual[i]);
            }
        }
    }

    /** Element-wise within {@code tolerance}, absolute; NaN exactly where expected is NaN. */
    static void assertClose(String what, double[] expected, double[] actual, double tolerance) {
        assertThat(actual).as("%s length", what).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            boolean bothNaN = Double.isNaN(expected[i]) && Double.isNaN(actual[i]);
            if (!bothNaN && !(Math.abs(expected[i] - actual[i]) <= tolerance)) {
                fail(what + " at index " + i + ": expected " + expected[i] + " but was " + actual[i]);
            }
        }
    }
}
