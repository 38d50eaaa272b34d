package dev.kairos.analytics.indicator;

/**
 * An indicator of the whole bar: time, open, high, low, close and volume (e.g. OBV, MFI, session VWAP,
 * Heikin-Ashi).
 */
public non-sealed interface BarIndicator extends Indicator {
    /**
     * Consumes the next bar.
     *
     * @param timestamp bar open time, epoch ms UTC
     * @return the new value (output 0), or {@code NaN} while warming up
     */
    double update(long timestamp, double open, double high, double low, double close, double volume);
}
