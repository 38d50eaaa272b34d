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
public sealed interface Indicator permits SingleInputIndicator, HlcIndicator, BarIndicator {

    /**
     * Number of inputs consumed before the first value of output 0, as TA-Lib counts it: the first value is
     * at index {@code lookback()} of the batch output.
     */
    int lookback();

    /** Whether the warm-up is over, i.e. {@link #value()} is a number. */
    boolean isReady();

    /** The value after the latest update; {@code NaN} while warming up. */
    double value();

    /** Forgets every input, as if newly constructed. Allocation-free. */
    void reset();

    /**
     * Number of outputs: 1 for most indicators; more for e.g. MACD (line, signal, histogram). Output 0 is
     * {@link #value()}. Multi-output indicators also offer named accessors (e.g. {@code signal()}).
     */
    default int outputCount() {
        return 1;
    }

    /** Output {@code i} after the latest update ({@code NaN} while warming up); allocation-free. */
    default double output(int i) {
        if (i != 0) {
            throw new IndexOutOfBoundsException("output " + i + " of a single-output indicator");
        }
        return value();
    }
}
