package dev.kairos.analytics.indicator;

/**
 * The natural logarithm of a ratio of two prices, {@code ln(a / b)}, as the realised volatilities take it
 * (log returns, {@code ln(high / low)}, {@code ln(close / open)}).
 *
 * <p>Prices next to each other are close: {@code a / b} is within a few percent of 1. There
 * {@code ln(a / b) = 2 atanh(u)} with {@code u = (a - b) / (a + b)}, whose series
 * {@code 2 (u + u^3/3 + u^5/5 + ...)} is summed here to its last significant term for {@code |u| <= 0.1}
 * (ratios from 0.818 to 1.222). This is both more accurate and cheaper than {@code log(a / b)}:
 * {@code a - b} is exact (Sterbenz), so {@code u} carries about one rounding, whereas rounding {@code a / b}
 * to the nearest double already moves {@code ln(a / b)} by up to 1.1e-16 in absolute terms, which for a
 * ratio of {@code 1 + 1e-4} is 1e-12 of the value; and the division plus eight multiply-adds cost about a
 * third of {@link StrictMath#log}'s time. Ratios further from 1, zero, negative, infinite or NaN inputs
 * and prices whose sum overflows take {@link StrictMath#log}{@code (a / b)}, so their results (including NaN and infinities) are exactly
 * those of the plain formula. Plain multiplies and adds (no fused multiply-add), so the value is the same
 * on every JVM and platform.
 */
final class LogRatio {
    /** {@code |u|} up to which the series is used; {@code u^2} bound. */
    private static final double SERIES_LIMIT_SQUARED = 0.1 * 0.1;

    /**
     * {@code 1 / (2k + 1)} for k = 1..7; with {@code u^2 <= 0.01} the next term, {@code u^16 / 17}, is below
     * 6e-18 of the sum, under half an ulp.
     */
    private static final double C3 = 1.0 / 3;
    private static final double C5 = 1.0 / 5;
    private static final double C7 = 1.0 / 7;
    private static final double C9 = 1.0 / 9;
    private static final double C11 = 1.0 / 11;
    private static final double C13 = 1.0 / 13;
    private static final double C15 = 1.0 / 15;

    private LogRatio() {
    }

    /** {@code ln(a / b)}; see the class comment for how. */
    static double of(double a, double b) {
        double sum = a + b;
        double u = (a - b) / sum;
        double u2 = u * u;
        // the series needs a finite sum: two huge prices whose sum overflows give u = 0 otherwise
        if (!(u2 <= SERIES_LIMIT_SQUARED & Math.abs(sum) <= Double.MAX_VALUE)) {
            return StrictMath.log(a / b);
        }
        double p = C15;
        p = p * u2 + C13;
        p = p * u2 + C11;
        p = p * u2 + C9;
        p = p * u2 + C7;
        p = p * u2 + C5;
        p = p * u2 + C3;
        double twoU = u + u;
        return twoU + twoU * (u2 * p);
    }
}
