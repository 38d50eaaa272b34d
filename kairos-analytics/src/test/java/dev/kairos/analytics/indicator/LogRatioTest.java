package dev.kairos.analytics.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link LogRatio} against {@code log1p((a - b) / b)}, a reference as accurate as the JDK gives for ratios
 * near 1 ({@code a - b} is exact there, and {@code log1p} is within an ulp), over seeded random price pairs
 * from one-tick moves to the edge of the series' range and beyond; and the inputs the series must leave to
 * {@link StrictMath#log}: equal, zero, negative, infinite, NaN, and a sum that overflows.
 */
class LogRatioTest {

    @Test
    void isWithinFourUlpsOfAnAccurateReferenceAndNeverWorseThanTheNaiveLogOfTheRatio() {
        SplittableRandom random = new SplittableRandom(42);
        double worstSeries = 0.0;
        double worstNaive = 0.0;
        for (int i = 0; i < 200_000; i++) {
            double b = Math.exp(random.nextDouble(-12.0, 12.0));
            // relative moves from 1e-9 to 30%, both directions
            double move = Math.exp(random.nextDouble(Math.log(1e-9), Math.log(0.3)));
            double a = random.nextBoolean() ? b * (1 + move) : b * (1 - move);
            double reference = StrictMath.log1p((a - b) / b);
            double ulp = Math.ulp(reference);
            double series = Math.abs(LogRatio.of(a, b) - reference) / ulp;
            double naive = Math.abs(StrictMath.log(a / b) - reference) / ulp;
            assertThat(series).as("ln(%s / %s)", a, b).isLessThanOrEqualTo(4.0);
            worstSeries = Math.max(worstSeries, series);
            worstNaive = Math.max(worstNaive, naive);
        }
        // the naive form loses digits to the rounding of a / b near 1; the series does not
        assertThat(worstSeries).isLessThan(worstNaive);
    }

    @Test
    void isExactlyTheLogOfTheRatioOutsideTheSeriesRangeAndForSpecialValues() {
        double[][] pairs = {
            {1.25, 1.0}, {1.0, 1.25}, {3.0, 1.0}, {1e-300, 1e300}, {0.0, 5.0}, {5.0, 0.0}, {0.0, 0.0},
            {-1.0, 1.0}, {1.0, -1.0}, {Double.NaN, 1.0}, {1.0, Double.NaN}, {Double.POSITIVE_INFINITY, 1.0},
            {1.0, Double.POSITIVE_INFINITY}, {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY},
            {1.7e308, 1.6e308}, {-1.7e308, -1.6e308}};
        for (double[] p : pairs) {
            assertThat(Double.doubleToLongBits(LogRatio.of(p[0], p[1]))).as("ln(%s / %s)", p[0], p[1])
                    .isEqualTo(Double.doubleToLongBits(StrictMath.log(p[0] / p[1])));
        }
        // two huge prices: the sum overflows, the series is not used, the value is still right
        assertThat(LogRatio.of(1.7e308, 1.6e308)).isCloseTo(Math.log(17.0 / 16.0), offset(1e-15));
    }

    @Test
    void equalPricesGiveExactlyZeroAndSwappingNegates() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            double b = random.nextDouble(1e-6, 1e6);
            double a = b * (1 + random.nextDouble(-0.09, 0.09));
            assertThat(LogRatio.of(b, b)).isEqualTo(0.0);
            assertThat(LogRatio.of(a, b)).isEqualTo(-LogRatio.of(b, a));
        }
    }

    @Test
    void usesTheSeriesUpToATenPerCentHalfRangeAndIsContinuousAcrossItsEdge() {
        // u = (a - b) / (a + b) = 0.1 at a / b = 11 / 9
        double b = 9.0;
        double inside = Math.nextDown(11.0);
        double outside = Math.nextUp(11.0);
        double reference = StrictMath.log1p((inside - b) / b);
        assertThat(Math.abs(LogRatio.of(inside, b) - reference)).isLessThanOrEqualTo(4 * Math.ulp(reference));
        assertThat(LogRatio.of(outside, b)).isEqualTo(StrictMath.log(outside / b));
        assertThat(Math.abs(LogRatio.of(outside, b) - LogRatio.of(inside, b))).isLessThan(1e-14);
    }
}
