package dev.kairos.analytics.indicator;

/** An indicator of a bar's high, low and close (e.g. {@link TrueRange}, {@link Atr}). */
public non-sealed interface HlcIndicator extends Indicator {

    /**
     * Consumes the next bar.
     *
     * @return the new value, or {@code NaN} while warming up
     */
    double update(double high, double low, double close);
}
