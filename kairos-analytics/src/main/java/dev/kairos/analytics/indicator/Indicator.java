package dev.kairos.analytics.indicator;

/**
 * The lifecycle shared by every incremental indicator, whatever its input shape.
 *
 * <p>A new (or {@linkplain #reset() reset}) indicator is warming up: {@link #value()} is {@code NaN} and
 * {@link #isReady()} is false. The update that consumes input number {@code lookback() + 1} produces the
 * first value; from then on every update produces one. Updates are O(1) and allocation-free.
 *
 * <p>The input shapes form a closed set, one sub-interface per shape, so that code which drives indicators
 * can switch over them without a {@code default} branch.
 */
public sealed interface Indicator permits SingleInputIndicator, HlcIndicator {

    /**
     * Number of inputs consumed before the first value, as TA-Lib counts it: the first value is at index
     * {@code lookback()} of the batch output.
     */
    int lookback();

    /** Whether the warm-up is over, i.e. {@link #value()} is a number. */
    boolean isReady();

    /** The value after the latest update; {@code NaN} while warming up. */
    double value();

    /** Forgets every input, as if newly constructed. Allocation-free. */
    void reset();
}
