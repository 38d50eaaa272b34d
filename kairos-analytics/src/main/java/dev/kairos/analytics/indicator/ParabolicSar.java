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
        if (seen == 0) {
            previousHigh = high;
            previousLow = low;
            seen = 1;
            return Double.NaN;
        }
        double prevHigh;
        double prevLow;
        if (seen == 1) {
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
            // TA-Lib lets bar 1 stand in for the previous bar on the first step
            prevHigh = high;
            prevLow = low;
            seen = 2;
        } else {
            prevHigh = previousHigh;
            prevLow = previousLow;
        }
        previousHigh = high;
        previousLow = low;
        if (isLong) {
            if (low <= sar) {
                isLong = false;
                value = Math.max(Math.max(ep, prevHigh), high);
                af = acceleration;
                ep = low;
                sar = Math.max(Math.max(value + af * (ep - value), prevHigh), high);
            } else {
                value = sar;
                // if (high > ep) { ep = high; af = Math.min(af + acceleration, maximum); }, without a branch
                long newExtreme = BranchFree.positiveMask(high - ep);
                ep = BranchFree.select(newExtreme, high, ep);
                af = Math.min(af + BranchFree.masked(newExtreme, acceleration), maximum);
                sar = Math.min(Math.min(sar + af * (ep - sar), prevLow), low);
            }
        } else if (high >= sar) {
            isLong = true;
            value = Math.min(Math.min(ep, prevLow), low);
            af = acceleration;
            ep = high;
            sar = Math.min(Math.min(value + af * (ep - value), prevLow), low);
        } else {
            value = sar;
            // if (low < ep) { ep = low; af = Math.min(af + acceleration, maximum); }, without a branch
            long newExtreme = BranchFree.positiveMask(ep - low);
            ep = BranchFree.select(newExtreme, low, ep);
            af = Math.min(af + BranchFree.masked(newExtreme, acceleration), maximum);
            sar = Math.max(Math.max(sar + af * (ep - sar), prevHigh), high);
        }
        return value;
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
