package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Wilder's relative strength index, {@code 100 * avgGain / (avgGain + avgLoss)}, in points from 0 to 100.
 * Lookback {@code period}.
 *
 * <p>TA-Lib convention: gains and losses are the positive and negative parts of the changes between
 * consecutive inputs. The first averages are the simple means of the first {@code period} changes, so the
 * first value is at index {@code period}. After that each average is smoothed the Wilder way:
 * {@code avg = (avg * (period - 1) + x) * (1 / period)}, the reciprocal computed once (TA-Lib divides by
 * {@code period}, which costs several times a multiply; the two differ by one rounding). When both averages
 * are zero (a flat series) the RSI is 0, as in TA-Lib; unlike TA-Lib, which treats any sum below 1e-8 as
 * zero, the test here is exact, so assets priced far below one unit of quote currency get a real RSI.
 */
public final class Rsi implements SingleInputIndicator {
    private final int period;
    /** {@code 1.0 / period}. */
    private final double reciprocal;
    /** Inputs seen, counted up to {@code period + 1} only. */
    private int seen;
    private double previous;
    /** Sums of the first changes during warm-up, then Wilder averages. */
    private double avgGain;
    private double avgLoss;
    private double value = Double.NaN;

    /** @throws IllegalArgumentException when {@code period < 1} */
    public Rsi(int period) {
        this.period = checkPeriod(period);
        this.reciprocal = 1.0 / period;
    }

    /** The RSI of every prefix of {@code values}: same length, {@code NaN} before index {@code period}. */
    public static double[] batch(double[] values, int period) {
        checkPeriod(period);
        int n = values.length;
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(n, period), Double.NaN);
        if (n <= period) {
            return out;
        }
        double gain = 0.0;
        double loss = 0.0;
        for (int i = 1; i <= period; i++) {
            double change = values[i] - values[i - 1];
            if (change < 0) {
                loss -= change;
            } else {
                gain += change;
            }
        }
        gain /= period;
        loss /= period;
        out[period] = rsi(gain, loss);
        double reciprocal = 1.0 / period;
        for (int i = period + 1; i < n; i++) {
            double change = values[i] - values[i - 1];
            gain *= period - 1;
            loss *= period - 1;
            if (change < 0) {
                loss -= change;
            } else {
                gain += change;
            }
            gain *= reciprocal;
            loss *= reciprocal;
            out[i] = rsi(gain, loss);
        }
        return out;
    }

    @Override
    public double update(double input) {
        if (seen <= period) {
            return warmUp(input);
        }
        double change = input - previous;
        previous = input;
        // Wilder smoothing; a rise adds to the gains, a fall to the losses, chosen without a branch: adding
        // +0.0 to an average (never -0.0) leaves it as it is, bit for bit
        avgGain = (avgGain * (period - 1) + BranchFree.unlessNegative(change, change)) * reciprocal;
        avgLoss = (avgLoss * (period - 1) - BranchFree.ifNegative(change, change)) * reciprocal;
        value = rsi(avgGain, avgLoss);
        return value;
    }

    /** The first {@code period + 1} inputs: the simple averages that seed Wilder's smoothing. */
    private double warmUp(double input) {
        if (seen == 0) {
            previous = input;
            seen = 1;
            return Double.NaN;
        }
        double change = input - previous;
        previous = input;
        if (change < 0) {
            avgLoss -= change;
        } else {
            avgGain += change;
        }
        if (seen++ < period) {
            return Double.NaN;
        }
        avgGain /= period;
        avgLoss /= period;
        value = rsi(avgGain, avgLoss);
        return value;
    }

    public int period() {
        return period;
    }

    @Override
    public int lookback() {
        return period;
    }

    @Override
    public boolean isReady() {
        return seen > period;
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public void reset() {
        seen = 0;
        previous = 0.0;
        avgGain = 0.0;
        avgLoss = 0.0;
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "RSI(" + period + ")";
    }

    private static double rsi(double avgGain, double avgLoss) {
        double total = avgGain + avgLoss;
        return total != 0.0 ? 100.0 * (avgGain / total) : 0.0;
    }

    private static int checkPeriod(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("RSI period must be >= 1, got " + period);
        }
        return period;
    }
}
