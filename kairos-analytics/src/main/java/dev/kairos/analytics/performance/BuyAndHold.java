package dev.kairos.analytics.performance;

import dev.kairos.model.market.BarSeries;

/**
 * The passive benchmark: buy at the open of the first bar, hold to the close of the last, no fees.
 */
public final class BuyAndHold {
    private BuyAndHold() {
    }

    /** {@code lastClose / firstOpen - 1} over {@code bars}; 0 for an empty series. */
    public static double totalReturn(BarSeries bars) {
        return bars.isEmpty() ? 0.0 : totalReturn(bars.open(0), bars.close(bars.size() - 1));
    }

    /**
     * {@code lastClose / firstOpen - 1}.
     *
     * @throws IllegalArgumentException when {@code firstOpen} is not positive and finite or
     *                                  {@code lastClose} is negative or not finite
     */
    public static double totalReturn(double firstOpen, double lastClose) {
        if (!(firstOpen > 0) || firstOpen == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("first open must be positive and finite, got " + firstOpen);
        }
        if (!(lastClose >= 0) || lastClose == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("last close must be non-negative and finite, got " + lastClose);
        }
        return lastClose / firstOpen - 1.0;
    }
}
