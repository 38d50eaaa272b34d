package dev.kairos.analytics.indicator;

/**
 * Rolling minimum: the lowest of the last {@code period} inputs (TA-Lib MIN). Lookback {@code period - 1}.
 *
 * <p>Both forms use {@link WindowExtreme} (van Herk / Gil-Werman: O(1) amortised per input for any period,
 * no data-dependent branch, no allocation after construction) and give the exact input value, so they agree
 * bit for bit. The value is TA-Lib's, except that {@code +0.0} counts above {@code -0.0} where TA-Lib's MIN
 * returns the most recent of the two, and a NaN input makes the value NaN while it is in the window.
 */
public final class RollingMin implements SingleInputIndicator {
    private final int period;
    private final WindowExtreme window;
    private double value = Double.NaN;

    /** @throws IllegalArgumentException when {@code period < 1} */
    public RollingMin(int period) {
        this.period = checkPeriod(period);
        this.window = new WindowExtreme(period, false);
    }

    /**
     * The lowest of every window of {@code period} inputs: same length as {@code values}, {@code NaN} before
     * index {@code period - 1}.
     *
     * @throws IllegalArgumentException when {@code period < 1}
     */
    public static double[] batch(double[] values, int period) {
        checkPeriod(period);
        return WindowExtreme.lowest(values, period);
    }

    @Override
    public double update(double input) {
        window.add(input);
        if (!window.isFull()) {
            return Double.NaN;
        }
        value = window.extreme();
        return value;
    }

    /** Number of inputs the lowest is taken over. */
    public int period() {
        return period;
    }

    @Override
    public int lookback() {
        return period - 1;
    }

    @Override
    public boolean isReady() {
        return window.isFull();
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public void reset() {
        window.reset();
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "MIN(" + period + ")";
    }

    private static int checkPeriod(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("MIN period must be >= 1, got " + period);
        }
        return period;
    }
}
