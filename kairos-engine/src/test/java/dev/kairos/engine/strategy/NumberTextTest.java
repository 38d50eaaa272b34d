package dev.kairos.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link NumberText} agrees with {@link String#format} character for character. */
class NumberTextTest {
    private static final double[] EDGES = {0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1.005, 2.675,
            10.05, 10.0500, 11.5, 1.7222222222222223, 9.9999995, 9.99999949, 999999.5, 999999.4999, 0.0001,
            0.00009999996, 0.000123456789, 123456.5, 1234567.0, 1e15, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.045, 0.055, 1.0e-5, 99.995, 99.985,
            123.456, -0.001, -0.004999, 0.29032258064516125, 0.7222, 100.0, 1e14 + 0.5, 4503599627370496.5};

    @Test
    void significantDigitsAreFormattersG() {
        for (int digits : new int[] {1, 2, 3, 6, 10, 15}) {
            for (double v : EDGES) {
                check(v, digits);
                check(-v, digits);
            }
        }
        SplittableRandom r = new SplittableRandom(11);
        for (int k = 0; k < 200_000; k++) {
            double v = randomValue(r);
            check(v, 1 + r.nextInt(15));
            check(v, 6);
        }
    }

    @Test
    void fixedDecimalsAreFormattersF() {
        for (int decimals : new int[] {0, 1, 2, 4, 6, 15}) {
            for (double v : EDGES) {
                checkFixed(v, decimals);
                checkFixed(-v, decimals);
            }
        }
        SplittableRandom r = new SplittableRandom(12);
        for (int k = 0; k < 200_000; k++) {
            double v = randomValue(r);
            checkFixed(v, r.nextInt(16));
            checkFixed(v, 2);
        }
    }

    @Test
    void readableExamplesAndLimits() {
        assertThat(NumberText.significant(10.05, 6)).isEqualTo("10.0500");
        assertThat(NumberText.significant(1.7222222222, 6)).isEqualTo("1.72222");
        assertThat(NumberText.fixed(0.29032258, 2)).isEqualTo("0.29");
        assertThat(NumberText.fixed(1.005, 2)).as("half up from the shortest decimal 1.005").isEqualTo("1.01");
        assertThatThrownBy(() -> NumberText.significant(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NumberText.fixed(1, 16)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Magnitudes from 1e-8 to 1e16, short decimals (ties) as often as long ones. */
    private static double randomValue(SplittableRandom r) {
        double magnitude = Math.pow(10, r.nextInt(-8, 17));
        double v = switch (r.nextInt(4)) {
            case 0 -> r.nextDouble() * magnitude;
            case 1 -> Math.rint(r.nextDouble() * 100_000) / 100_000 * magnitude;
            case 2 -> (Math.rint(r.nextDouble() * 2000) + 0.5) / Math.pow(10, r.nextInt(0, 8));
            default -> Math.rint(r.nextDouble() * 1e6) / 1e6 + Math.rint(r.nextDouble() * 1000);
        };
        return r.nextBoolean() ? v : -v;
    }

    private static void check(double v, int digits) {
        assertThat(NumberText.significant(v, digits)).as("%s with %d significant digits", v, digits)
                .isEqualTo(String.format(Locale.ROOT, "%." + digits + "g", v));
    }

    private static void checkFixed(double v, int decimals) {
        assertThat(NumberText.fixed(v, decimals)).as("%s with %d decimals", v, decimals)
                .isEqualTo(String.format(Locale.ROOT, "%." + decimals + "f", v));
    }
}
