package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Wilder's parabolic stop and reverse, in price units. Lookback 1. The close is not used.
 *
 * <p>TA-Lib convention (SAR), including its start rule: bar 0 only provides the first extreme. The initial
 * direction is short when bar 1 has a −DM, that is when {@code low[0] - low[1] > 0} and it exceeds
 * {@code high[1] - high[0]}; otherwise (ties included) it is long. A long starts with {@code sar = low[0]}
 * and {@code ep = high[1]}, a short with {@code sar = high[0]} and {@code ep = low[1]}; for that first
 * step bar 1 also stands in for the "previous" bar. Each bar then outputs the SAR computed on the previous
 * one, unless its range penetrates it: then the position reverses and the output is the old extreme point
 * (bounded by this and the previous bar's range). After the output the acceleration grows by
 * {@code acceleration} up to {@code maximum} with each new extreme, and {@code sar += af * (ep - sar)},
 * bounded so that it does not enter the range of this or the previous bar.
 *
 * <p>Whether a bar makes a new extreme point is as unpredictable as the price, so the incremental form
 * makes that choice with bit masks rather than a branch ({@code af + 0.0} is {@code af}, and {@code af} never
 * exceeds {@code maximum}, so the values are the batch form's, TA-Lib's literal code, bit for bit); only the
 * reversals branch.
 *
 * <p>Deviation from TA-Lib: an {@code acceleration} above {@code maximum} is rejected, where TA-Lib
 * silently lowers it to the maximum; zero arguments are rejected too.
 */
public final class ParabolicSar implements HlcIndicator {
    private final double acceleration;
    private final double maximum;
    /** Bars seen, counted up to 2 only. */
    private int seen;
    private double previousHigh;
    private double previousLow;
    private boolean isLong;
    private double sar;
    private double ep;
    private double af;
    private double value = Double.NaN;

    /**
     * @param acceleration the step and initial acceleration factor (0.02 is usual)
     * @param maximum      the largest acceleration factor (0.2 is usual)
     * @throws IllegalArgumentException unless {@code 0 < acceleration <= maximum}, both finite
     */
    public ParabolicSar(double acceleration, double maximum) {
        checkArgs(acceleration, maximum);
        this.acceleration = acceleration;
        this.maximum = maximum;
    }

    /**
     * The SAR of every prefix of the bars: same length as the inputs, {@code NaN} at index 0.
     *
     * @throws IllegalArgumentException when the columns differ in length or the arguments are out of range
     */
    public static double[] batch(double[] high, double[] low, double acceleration, double maximum) {
        checkArgs(acceleration, maximum);
        if (high.length != low.length) {
            throw new IllegalArgumentException("high and low must have the same length, got " + high.length
                    + " and " + low.length);
        }
        int n = high.length;
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(n, 1), Double.NaN);
        if (n < 2) {
            return out;
        }
        // TA-Lib's SAR, literally
        double diffP = high[1] - high[0];
        double diffM = low[0] - low[1];
        boolean isLong = !(diffM > 0 && diffP < diffM);
        double af = acceleration;
        double ep;
        double sar;
        if (isLong) {
            ep = high[1];
            sar = low[0];
        } else {
            ep = low[1];
            sar = high[0];
        }
        double newLow = low[1];
        double newHigh = high[1];
        for (int today = 1; today < n; today++) {
            double prevLow = newLow;
            double prevHigh = newHigh;
            newLow = low[today];
            newHigh = high[today];
            if (isLong) {
                if (newLow <= sar) {
                    isLong = false;
                    sar = ep;
                    if (sar < prevHigh) {
                        sar = prevHigh;
                    }
                    if (sar < newHigh) {
                        sar = newHigh;
                    }
                    out[today] = sar;
                    af = acceleration;
                    ep = newLow;
                    sar = sar + af * (ep - sar);
                    if (sar < prevHigh) {
                        sar = prevHigh;
                    }
                    if (sar < newHigh) {
                        sar = newHigh;
                    }
                } else {
                    out[today] = sar;
                    if (newHigh > ep) {
                        ep = newHigh;
                        af += acceleration;
                        if (af > maximum) {
                            af = maximum;
                        }
                    }
                    sar = sar + af * (ep - sar);
                    if (sar > prevLow) {
                        sar = prevLow;
                    }
                    if (sar > newLow) {
                        sar = newLow;
                    }
                }
            } else if (newHigh >= sar) {
                isLong = true;
                sar = ep;
                if (sar > prevLow) {
                    sar = prevLow;
                }
                if (sar > newLow) {
                    sar = newLow;
                }
                out[today] = sar;
                af = acceleration;
                ep = newHigh;
                sar = sar + af * (ep - sar);
                if (sar > prevLow) {
                    sar = prevLow;
                }
                if (sar > newLow) {
                    sar = newLow;
                }
            } else {
                out[today] = sar;
                if (newLow < ep) {
                    ep = newLow;
                    af += acceleration;
                    if (af > maximum) {
                        af = maximum;
                    }
                }
                sar = sar + af * (ep - sar);
                if (sar < prevHigh) {
                    sar = prevHigh;
                }
                if (sar < newHigh) {
                    sar = newHigh;
                }
            }
        }
        return out;
    }

    @Override
    public double update(double high, double low, double close) {
        if (seen != 2) {
            return start(high, low, close);
        }
        double prevHigh = previousHigh;
        double prevLow = previousLow;
        previousHigh = high;
        previousLow = low;
        double current = sar;
        boolean up = isLong;
        // if (a new extreme) { ep = it; af = Math.min(af + acceleration, maximum); }, without a branch
        long newExtreme;
        double extreme;
        if (up) {
            if (low <= current) {
                return reverseToShort(high, low, prevHigh);
            }
            newExtreme = BranchFree.positiveMask(high - ep);
            extreme = BranchFree.select(newExtreme, high, ep);
        } else {
            if (high >= current) {
                return reverseToLong(high, low, prevLow);
            }
            newExtreme = BranchFree.positiveMask(ep - low);
            extreme = BranchFree.select(newExtreme, low, ep);
        }
        double factor = Math.min(af + BranchFree.masked(newExtreme, acceleration), maximum);
        ep = extreme;
        af = factor;
        double next = current + factor * (extreme - current);
        sar = up ? Math.min(Math.min(next, prevLow), low) : Math.max(Math.max(next, prevHigh), high);
        return value = current;
    }

    /**
     * Bars 0 and 1: bar 0 gives the first extreme, bar 1 the initial direction, after which it is an ordinary
     * step in which bar 1 also stands in for the previous bar, as in TA-Lib. Kept out of {@link #update} so
     * that the per-bar method stays small enough for the JIT to inline.
     */
    private double start(double high, double low, double close) {
        if (seen == 0) {
            previousHigh = high;
            previousLow = low;
            seen = 1;
            return Double.NaN;
        }
        double diffP = high - previousHigh;
        double diffM = previousLow - low;
        isLong = !(diffM > 0 && diffP < diffM);
        af = acceleration;
        if (isLong) {
            ep = high;
            sar = previousLow;
        } else {
            ep = low;
            sar = previousHigh;
        }
        previousHigh = high;
        previousLow = low;
        seen = 2;
        return update(high, low, close);
    }

    /** A long position stopped out: the SAR restarts at the extreme point, bounded by the two bars' highs. */
    private double reverseToShort(double high, double low, double prevHigh) {
        isLong = false;
        double stop = Math.max(Math.max(ep, prevHigh), high);
        af = acceleration;
        ep = low;
        sar = Math.max(Math.max(stop + acceleration * (low - stop), prevHigh), high);
        return value = stop;
    }

    /** A short position stopped out: the SAR restarts at the extreme point, bounded by the two bars' lows. */
    private double reverseToLong(double high, double low, double prevLow) {
        isLong = true;
        double stop = Math.min(Math.min(ep, prevLow), low);
        af = acceleration;
        ep = high;
        sar = Math.min(Math.min(stop + acceleration * (high - stop), prevLow), low);
        return value = stop;
    }

    /** Whether the SAR is below the price (a long position) after the latest update. */
    public boolean isLong() {
        return isLong;
    }

    public double acceleration() {
        return acceleration;
    }

    public double maximum() {
        return maximum;
    }

    @Override
    public int lookback() {
        return 1;
    }

    @Override
    public boolean isReady() {
        return seen == 2;
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public void reset() {
        seen = 0;
        previousHigh = 0.0;
        previousLow = 0.0;
        isLong = false;
        sar = 0.0;
        ep = 0.0;
        af = 0.0;
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "SAR(" + acceleration + ", " + maximum + ")";
    }

    private static void checkArgs(double acceleration, double maximum) {
        if (!(acceleration > 0.0) || !(maximum >= acceleration) || Double.isInfinite(maximum)) {
            throw new IllegalArgumentException("SAR needs 0 < acceleration <= maximum, both finite, got "
                    + acceleration + " and " + maximum);
        }
    }
}
