package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Simple moving average: the arithmetic mean of the last {@code period} inputs. Lookback
 * {@code period - 1}.
 *
 * <p>As in TA-Lib, it keeps a running sum: each value is {@code sum / period}, after which the oldest input
 * of the window is subtracted. The incremental form keeps the window in a ring buffer allocated in the
 * constructor.
 */
public final class Sma implements SingleInputIndicator {
    private final int period;
    private final double[] window;
    /** Ring buffer slot of the next write, which is also the oldest input once the window is full. */
    private int next;
    /** Inputs seen, counted up to {@code period} only. */
    private int filled;
    /** Sum of the newest {@code period - 1} inputs between updates. */
    private double sum;
    private double value = Double.NaN;

    /** @throws IllegalArgumentException when {@code period < 1} */
    public Sma(int period) {
        this.period = checkPeriod(period);
        this.window = new double[period];
    }

    /** The SMA of every prefix of {@code values}: same length, {@code NaN} before index {@code period - 1}. */
    public static double[] batch(double[] values, int period) {
        checkPeriod(period);
        int n = values.length;
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(n, period - 1), Double.NaN);
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            sum += values[i];
            if (i >= period - 1) {
                out[i] = sum / period;
                sum -= values[i - period + 1];
            }
        }
        return out;
    }

    @Override
    public double update(double input) {
        window[next] = input;
        if (++next == period) {
            next = 0;
        }
        sum += input;
        if (filled < period && ++filled < period) {
            return Double.NaN;
        }
        value = sum / period;
        sum -= window[next];
        return value;
    }

    public int period() {
        return period;
    }

    @Override
    public int lookback() {
        return period - 1;
    }

    @Override
    public boolean isReady() {
        return filled == period;
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public void reset() {
        Arrays.fill(window, 0.0);
        next = 0;
        filled = 0;
        sum = 0.0;
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "SMA(" + period + ")";
    }

    private static int checkPeriod(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("SMA period must be >= 1, got " + period);
        }
        return period;
    }
}
