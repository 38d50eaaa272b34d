package dev.kairos.analytics.indicator;

/** Checks on the input columns of batch methods. */
final class Columns {
    private Columns() {
    }

    /**
     * The common length of {@code columns}.
     *
     * @param names the columns' names for the message, e.g. {@code "high, low, close and volume"}
     * @throws IllegalArgumentException when the lengths differ
     */
    static int commonLength(String names, double[]... columns) {
        int n = columns[0].length;
        for (double[] column : columns) {
            if (column.length != n) {
                StringBuilder lengths = new StringBuilder();
                for (int i = 0; i < columns.length; i++) {
                    lengths.append(i == 0 ? "" : i == columns.length - 1 ? " and " : ", ").append(columns[i].length);
                }
                throw new IllegalArgumentException(names + " must have the same length, got " + lengths);
            }
        }
        return n;
    }

    /** {@code 1.0 / 3.0}. */
    static final double ONE_THIRD = 1.0 / 3.0;

    /**
     * The typical price {@code (high + low + close) / 3}, summed in TA-Lib's order and multiplied by
     * {@code 1 / 3} rather than divided by 3 (a division costs several multiplies; the two differ by a rounding).
     */
    static double typicalPrice(double high, double low, double close) {
        return (high + low + close) * ONE_THIRD;
    }

    /**
     * The money flow multiplier times the volume, {@code ((close - low) - (high - close)) / (high - low) *
     * volume}, as TA-Lib's AD computes it; 0 for a bar without range.
     */
    static double moneyFlowVolume(double high, double low, double close, double volume) {
        double range = high - low;
        return range > 0.0 ? (((close - low) - (high - close)) / range) * volume : 0.0;
    }
}
