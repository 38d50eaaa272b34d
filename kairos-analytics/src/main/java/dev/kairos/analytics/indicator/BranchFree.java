package dev.kairos.analytics.indicator;

/**
 * Selections made with bit masks instead of branches, for the conditions that are as unpredictable as the
 * direction of the next price move (a mispredicted branch costs more than the arithmetic). Each gives exactly
 * what its ternary form gives, for every double, NaN and both zeros included.
 */
final class BranchFree {
    private static final long INFINITY_BITS = 0x7FF0000000000000L;

    private BranchFree() {
    }

    /** All 64 bits set when {@code x > 0.0}, none otherwise (for both zeros and every NaN). */
    static long positiveMask(double x) {
        // x > 0 exactly when its bits, as a signed long, lie in [1, bits of +infinity]
        long u = Double.doubleToRawLongBits(x) - 1;
        return ~(u >> 63) & ((u - INFINITY_BITS) >> 63);
    }

    /** {@code condition > 0.0 ? value : 0.0}. */
    static double ifPositive(double condition, double value) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(value) & positiveMask(condition));
    }

    /** {@code condition < 0.0 ? value : 0.0}. */
    static double ifNegative(double condition, double value) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(value) & positiveMask(-condition));
    }

    /** {@code condition < 0.0 ? 0.0 : value}. */
    static double unlessNegative(double condition, double value) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(value) & ~positiveMask(-condition));
    }

    /** {@code mask == -1L ? value : 0.0}, for a mask of all bits or none. */
    static double masked(long mask, double value) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(value) & mask);
    }

    /** {@code mask == -1L ? a : b}, for a mask of all bits or none. */
    static double select(long mask, double a, double b) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & mask | Double.doubleToRawLongBits(b) & ~mask);
    }
}
