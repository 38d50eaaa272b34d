package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Kaufman's adaptive moving average. The efficiency ratio {@code ER = |x - x[period]| / sum(|x[i] - x[i-1]|)}
 * over the last {@code period} changes moves the smoothing constant
 * {@code sc = (ER * (2/(fast+1) - 2/(slow+1)) + 2/(slow+1))^2} between a slow and a fast EMA; then
 * {@code kama = (x - kama) * sc + kama}. Lookback {@code period}.
 *
 * <p>TA-Lib KAMA (whose fast and slow periods are fixed at 2 and 30, the defaults here): the first value, at
 * index {@code period}, starts from the previous input {@code x[period - 1]} as the "previous KAMA"; the sum
 * of absolute changes is a running sum; ER is taken as 1 when the sum is not above the signed change
 * {@code x - x[period]}, which includes a flat window (all {@code period + 1} inputs equal). Deviation from
 * TA-Lib: TA-Lib also takes ER as 1 whenever the running sum is within 1e-8 of zero, which treats every
 * window of a coin priced below about 1e-8 per bar of movement as a perfect trend; here a flat window is
 * recognised exactly (by counting equal inputs, not by the residue the running sum may keep) and any other
 * window gets its real ratio. StockCharts' worked example uses the same seed and agrees to its rounding,
 * but also shows the seed itself, {@code x[period - 1]}, as a first KAMA; here, as in TA-Lib, the first
 * value is at index {@code period}.
 */
public final class Kama implements SingleInputIndicator {
    private final int period;
    private final int fastPeriod;
    private final int slowPeriod;
    private final double constMax;
    private final double constDiff;
    /** The last {@code period} inputs; {@code window[next]} is the oldest once full. */
    private final double[] window;
    private int next;
    /** The latest input. */
    private double previous;
    /** Inputs seen, counted up to {@code period + 1} only. */
    private int seen;
    private double sumRoc1;
    private double trailingValue;
    /** Consecutive equal inputs ending with the latest, counted up to {@code period + 1} only. */
    private int flatRun;
    private double value = Double.NaN;

    /** TA-Lib's KAMA: fast period 2, slow period 30. */
    public Kama(int period) {
        this(period, 2, 30);
    }

    /**
     * @param period     number of changes the efficiency ratio looks at
     * @param fastPeriod EMA period whose smoothing applies when the market trends (ER = 1)
     * @param slowPeriod EMA period whose smoothing applies when it is noise (ER = 0)
     * @throws IllegalArgumentException when a period is below 1
     */
    public Kama(int period, int fastPeriod, int slowPeriod) {
        checkPeriods(period, fastPeriod, slowPeriod);
        this.period = period;
        this.fastPeriod = fastPeriod;
        this.slowPeriod = slowPeriod;
        this.constMax = constMax(slowPeriod);
        this.constDiff = constDiff(fastPeriod, slowPeriod);
        this.window = new double[period];
    }

    /** TA-Lib's KAMA (fast 2, slow 30) of every prefix: same length, {@code NaN} before index {@code period}. */
    public static double[] batch(double[] values, int period) {
        return batch(values, period, 2, 30);
    }

    /** The KAMA of every prefix of {@code values}: same length, {@code NaN} before index {@code period}. */
    public static double[] batch(double[] values, int period, int fastPeriod, int slowPeriod) {
        checkPeriods(period, fastPeriod, slowPeriod);
        double constMax = constMax(slowPeriod);
        double constDiff = constDiff(fastPeriod, slowPeriod);
        int n = values.length;
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(n, period), Double.NaN);
        if (n <= period) {
            return out;
        }
        double sumRoc1 = 0.0;
        int flatRun = 1;
        int today = 0;
        for (int i = period; i > 0; i--) {
            double x = values[today++];
            flatRun = x == values[today] ? flatRun + 1 : 1;
            x -= values[today];
            sumRoc1 += Math.abs(x);
        }
        double kama = values[today - 1];
        int trailing = 0;
        double x = values[today];
        double earlier = values[trailing++];
        double trailingValue = earlier;
        double sc = smoothing(sumRoc1, x - earlier, flatRun > period, constMax, constDiff);
        kama = ((values[today++] - kama) * sc) + kama;
        out[period] = kama;
        while (today < n) {
            x = values[today];
            flatRun = x == values[today - 1] ? Math.min(flatRun + 1, period + 1) : 1;
            earlier = values[trailing++];
            sumRoc1 -= Math.abs(trailingValue - earlier);
            sumRoc1 += Math.abs(x - values[today - 1]);
            trailingValue = earlier;
            sc = smoothing(sumRoc1, x - earlier, flatRun > period, constMax, constDiff);
            kama = ((values[today] - kama) * sc) + kama;
            out[today++] = kama;
        }
        return out;
    }

    @Override
    public double update(double input) {
        if (seen <= period) {
            return warmUp(input);
        }
        double[] ring = window;
        int slot = next;
        double periodAgo = ring[slot];
        ring[slot] = input;
        next = slot + 1 == ring.length ? 0 : slot + 1;
        double previousInput = previous;
        previous = input;
        int run = input == previousInput ? Math.min(flatRun + 1, period + 1) : 1;
        flatRun = run;
        double sum = sumRoc1 - Math.abs(trailingValue - periodAgo);
        sum += Math.abs(input - previousInput);
        sumRoc1 = sum;
        trailingValue = periodAgo;
        double sc = smoothing(sum, input - periodAgo, run > period, constMax, constDiff);
        double kama = value;
        return value = ((input - kama) * sc) + kama;
    }

    /**
     * Inputs {@code 0 .. period}: the running sum of absolute changes, then the first value. Kept out of
     * {@link #update} so that the per-bar method stays small enough for the JIT to inline.
     */
    private double warmUp(double input) {
        double previousInput = previous;
        flatRun = seen > 0 && input == previousInput ? Math.min(flatRun + 1, period + 1) : 1;
        previous = input;
        if (seen < period) {
            window[seen] = input;
            if (seen > 0) {
                double change = previousInput;
                change -= input;
                sumRoc1 += Math.abs(change);
            }
            seen++;
            return Double.NaN;
        }
        // first value: the change into x[period] completes the sum; x[0] leaves the window
        double change = previousInput;
        change -= input;
        sumRoc1 += Math.abs(change);
        double first = window[0];
        window[0] = input;
        next = period == 1 ? 0 : 1;
        trailingValue = first;
        double sc = smoothing(sumRoc1, input - first, flatRun > period, constMax, constDiff);
        value = ((input - previousInput) * sc) + previousInput;
        seen++;
        return value;
    }

    /** Number of changes the efficiency ratio looks at. */
    public int period() {
        return period;
    }

    /** EMA period whose smoothing applies to a perfect trend. */
    public int fastPeriod() {
        return fastPeriod;
    }

    /** EMA period whose smoothing applies to pure noise. */
    public int slowPeriod() {
        return slowPeriod;
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
        Arrays.fill(window, 0.0);
        next = 0;
        previous = 0.0;
        seen = 0;
        sumRoc1 = 0.0;
        trailingValue = 0.0;
        flatRun = 0;
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return fastPeriod == 2 && slowPeriod == 30 ? "KAMA(" + period + ")"
                : "KAMA(" + period + ", " + fastPeriod + ", " + slowPeriod + ")";
    }

    /** The squared smoothing constant for a window with these absolute-change sum and net change. */
    private static double smoothing(double sumRoc1, double periodRoc, boolean flat, double constMax,
                                    double constDiff) {
        double er;
        if (flat || sumRoc1 <= periodRoc) {
            er = 1.0;
        } else {
            er = Math.abs(periodRoc / sumRoc1);
        }
        double sc = (er * constDiff) + constMax;
        return sc * sc;
    }

    private static double constMax(int slowPeriod) {
        return 2.0 / (slowPeriod + 1.0);
    }

    private static double constDiff(int fastPeriod, int slowPeriod) {
        return 2.0 / (fastPeriod + 1.0) - constMax(slowPeriod);
    }

    private static void checkPeriods(int period, int fastPeriod, int slowPeriod) {
        if (period < 1 || fastPeriod < 1 || slowPeriod < 1) {
            throw new IllegalArgumentException("KAMA periods must be >= 1, got " + period + ", fast " + fastPeriod
                    + ", slow " + slowPeriod);
        }
    }
}
