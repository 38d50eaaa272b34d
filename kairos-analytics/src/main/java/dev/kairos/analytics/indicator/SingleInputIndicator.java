package dev.kairos.analytics.indicator;

/** An indicator of one input series, usually the close (e.g. {@link Sma}, {@link Ema}, {@link Rsi}). */
public non-sealed interface SingleInputIndicator extends Indicator {

    /**
     * Consumes the next input.
     *
     * @param value the next input, finite
     * @return the new value, or {@code NaN} while warming up
     */
    double update(double value);
}
