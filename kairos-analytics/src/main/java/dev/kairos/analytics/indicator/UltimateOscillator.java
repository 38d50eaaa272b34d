package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Ultimate oscillator (Williams), in points from 0 to 100: a 4:2:1 weighted mean of the buying-pressure
 * ratios {@code sum(close - trueLow) / sum(trueRange)} over a short, a medium and a long window, where
 * {@code trueLow = min(low, previousClose)}. Lookback {@code longPeriod}: bar 0 has no previous close.
 *
 * <p>TA-Lib ULTOSC: running sums per window; a window whose true ranges are all zero (flat bars) contributes
 * 0; the value is {@code 100 * ((4 * r1 + 2 * r2 + r3) / 7)}, which this class computes as {@code (4 * r1 + 2 *
 * r2 + r3) * (100 / 7)}, with the three ratios over one denominator when no window is flat (one division per
 * bar where TA-Lib does four; the values differ by a few roundings). Deviation from TA-Lib: TA-Lib drops a window
 * whose true-range sum is within 1e-8 of zero, which also drops the real ranges of coins priced below about
 * that; here such a window is recognised exactly, by counting zero true ranges (not by the residue its
 * running sum may keep), and any other window gets its real ratio. TA-Lib sorts its three periods so the
 * shortest gets weight 4; here they must be given in ascending order. StockCharts' worked example agrees to
 * its rounding.
 */
public final class UltimateOscillator implements HlcIndicator {
    /** {@code 100 / 7}: the weighted sum of the ratios times this is the oscillator, in points. */
    private static final double SCALE = 100.0 / 7.0;

    private final int shortPeriod;
    private final int mediumPeriod;
    private final int longPeriod;
    /** The last {@code longPeriod} buying pressures and true ranges; slot {@code next} is the next write. */
    private final double[] pressures;
    private final double[] ranges;
    private int next;
    /** Bars until the first value, that one included: {@code longPeriod + 1} at the start, 0 once ready. */
    private int warmUpLeft;
    private double previousClose;
    /** Consecutive bars with a true range of exactly 0, ending with the latest, up to {@code longPeriod}. */
    private int zeroRangeRun;
    private double a1;
    private double b1;
    private double a2;
    private double b2;
    private double a3;
    private double b3;
    private double value = Double.NaN;

    /**
     * @throws IllegalArgumentException unless {@code 1 <= shortPeriod <= mediumPeriod <= longPeriod}
     */
    public UltimateOscillator(int shortPeriod, int mediumPeriod, int longPeriod) {
        checkPeriods(shortPeriod, mediumPeriod, longPeriod);
        this.shortPeriod = shortPeriod;
        this.mediumPeriod = mediumPeriod;
        this.longPeriod = longPeriod;
        this.pressures = new double[longPeriod];
        this.ranges = new double[longPeriod];
        this.warmUpLeft = longPeriod + 1;
    }

    /**
     * The ultimate oscillator of every bar: same length as the inputs, {@code NaN} before index
     * {@code longPeriod}.
     *
     * @throws IllegalArgumentException when the columns differ in length or the periods are not
     *                                  {@code 1 <= shortPeriod <= mediumPeriod <= longPeriod}
     */
    public static double[] batch(double[] high, double[] low, double[] close, int shortPeriod, int mediumPeriod,
                                 int longPeriod) {
        checkPeriods(shortPeriod, mediumPeriod, longPeriod);
        int n = TrueRange.checkLengths(high, low, close);
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(n, longPeriod), Double.NaN);
        if (n <= longPeriod) {
            return out;
        }
        double[] pressure = new double[n];
        double[] range = new double[n];
        for (int day = 1; day < n; day++) {
            pressure[day] = pressure(low[day], close[day], close[day - 1]);
            range[day] = trueRange(high[day], low[day], close[day - 1]);
        }
        int start = longPeriod;
        double a1 = 0.0;
        double b1 = 0.0;
        double a2 = 0.0;
        double b2 = 0.0;
        double a3 = 0.0;
        double b3 = 0.0;
        for (int i = start - shortPeriod + 1; i < start; i++) {
            a1 += pressure[i];
            b1 += range[i];
        }
        for (int i = start - mediumPeriod + 1; i < start; i++) {
            a2 += pressure[i];
            b2 += range[i];
        }
        for (int i = start - longPeriod + 1; i < start; i++) {
            a3 += pressure[i];
            b3 += range[i];
        }
        int zeroRangeRun = 0;
        for (int day = 1; day < start; day++) {
            zeroRangeRun = range[day] == 0.0 ? zeroRangeRun + 1 : 0;
        }
        for (int today = start; today < n; today++) {
            zeroRangeRun = range[today] == 0.0 ? Math.min(zeroRangeRun + 1, longPeriod) : 0;
            a1 += pressure[today];
            a2 += pressure[today];
            a3 += pressure[today];
            b1 += range[today];
            b2 += range[today];
            b3 += range[today];
            double output = weighted(a1, b1, a2, b2, a3, b3, zeroRangeRun, shortPeriod, mediumPeriod, longPeriod);
            int t1 = today - shortPeriod + 1;
            a1 -= pressure[t1];
            b1 -= range[t1];
            int t2 = today - mediumPeriod + 1;
            a2 -= pressure[t2];
            b2 -= range[t2];
            int t3 = today - longPeriod + 1;
            a3 -= pressure[t3];
            b3 -= range[t3];
            out[today] = output * SCALE;
        }
        return out;
    }

    @Override
    public double update(double high, double low, double close) {
        if (warmUpLeft != 0) {
            return warmUp(high, low, close);
        }
        double p = pressure(low, close, previousClose);
        double r = trueRange(high, low, previousClose);
        previousClose = close;
        int n = longPeriod;
        int zeroRun = r == 0.0 ? Math.min(zeroRangeRun + 1, n) : 0;
        zeroRangeRun = zeroRun;
        double[] ps = pressures;
        double[] rs = ranges;
        int slot = next;
        ps[slot] = p;
        rs[slot] = r;
        // the slot after this bar's is the next write and the oldest bar of the long window
        int following = trailingSlot(slot, n);
        next = following;
        double sa1 = a1 + p;
        double sa2 = a2 + p;
        double sa3 = a3 + p;
        double sb1 = b1 + r;
        double sb2 = b2 + r;
        double sb3 = b3 + r;
        double output = weighted(sa1, sb1, sa2, sb2, sa3, sb3, zeroRun, shortPeriod, mediumPeriod, n);
        int t1 = trailingSlot(slot, shortPeriod);
        a1 = sa1 - ps[t1];
        b1 = sb1 - rs[t1];
        int t2 = trailingSlot(slot, mediumPeriod);
        a2 = sa2 - ps[t2];
        b2 = sb2 - rs[t2];
        a3 = sa3 - ps[following];
        b3 = sb3 - rs[following];
        return value = output * SCALE;
    }

    /**
     * Bars {@code 0 .. longPeriod}: bar 0 gives only the previous close, the next ones fill the running sums,
     * and bar {@code longPeriod}, the first value, is an ordinary step once the count says so. Kept out of
     * {@link #update} so that the per-bar method stays small enough for the JIT to inline.
     */
    private double warmUp(double high, double low, double close) {
        int seen = longPeriod + 1 - warmUpLeft;
        if (seen == longPeriod) {
            warmUpLeft = 0;
            return update(high, low, close);
        }
        warmUpLeft--;
        if (seen == 0) {
            previousClose = close;
            return Double.NaN;
        }
        double p = pressure(low, close, previousClose);
        double r = trueRange(high, low, previousClose);
        previousClose = close;
        zeroRangeRun = r == 0.0 ? Math.min(zeroRangeRun + 1, longPeriod) : 0;
        pressures[next] = p;
        ranges[next] = r;
        if (++next == longPeriod) {
            next = 0;
        }
        // bar number `seen` joins each window whose first value will include it
        if (seen >= longPeriod - shortPeriod + 1) {
            a1 += p;
            b1 += r;
        }
        if (seen >= longPeriod - mediumPeriod + 1) {
            a2 += p;
            b2 += r;
        }
        a3 += p;
        b3 += r;
        return Double.NaN;
    }

    /** The ring slot of the oldest bar of a window of {@code period} bars ending at {@code slot}. */
    private int trailingSlot(int slot, int period) {
        int t = slot - period + 1;
        return t < 0 ? t + longPeriod : t;
    }

    /** Buying pressure: the close minus the true low, {@code min(low, previousClose)}. */
    private static double pressure(double low, double close, double previousClose) {
        double trueLow = low < previousClose ? low : previousClose;
        return close - trueLow;
    }

    /** The true range as TA-Lib's ULTOSC computes it. */
    private static double trueRange(double high, double low, double previousClose) {
        double range = high - low;
        double d = Math.abs(previousClose - high);
        if (d > range) {
            range = d;
        }
        d = Math.abs(previousClose - low);
        if (d > range) {
            range = d;
        }
        return range;
    }

    /**
     * {@code 4 r1 + 2 r2 + r3}, leaving out the ratio of any window whose true ranges are all zero. When every
     * window has a range, which is the rule, the three ratios {@code r = a / b} are put over one denominator,
     * {@code (4 a1 b2 b3 + 2 a2 b1 b3 + a3 b1 b2) / (b1 b2 b3)}: one division instead of three (the terms are
     * all positive, so this costs a few roundings and no cancellation). The products of three range sums stay
     * finite and normal for ranges between about 1e-100 and 1e100 (price units).
     */
    private static double weighted(double a1, double b1, double a2, double b2, double a3, double b3,
                                   int zeroRangeRun, int shortPeriod, int mediumPeriod, int longPeriod) {
        if (zeroRangeRun < shortPeriod) {
            double b12 = b1 * b2;
            return (((4.0 * a1) * b2 + (2.0 * a2) * b1) * b3 + a3 * b12) / (b12 * b3);
        }
        return weightedWithFlatWindows(a1, b1, a2, b2, a3, b3, zeroRangeRun, mediumPeriod, longPeriod);
    }

    /** {@link #weighted} when at least the short window's true ranges are all zero: those windows give 0. */
    private static double weightedWithFlatWindows(double a1, double b1, double a2, double b2, double a3, double b3,
                                                  int zeroRangeRun, int mediumPeriod, int longPeriod) {
        double output = 0.0;
        if (zeroRangeRun < mediumPeriod) {
            output += 2.0 * (a2 / b2);
        }
        if (zeroRangeRun < longPeriod) {
            output += a3 / b3;
        }
        return output;
    }

    public int shortPeriod() {
        return shortPeriod;
    }

    public int mediumPeriod() {
        return mediumPeriod;
    }

    public int longPeriod() {
        return longPeriod;
    }

    @Override
    public int lookback() {
        return longPeriod;
    }

    @Override
    public boolean isReady() {
        return warmUpLeft == 0;
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public void reset() {
        Arrays.fill(pressures, 0.0);
        Arrays.fill(ranges, 0.0);
        next = 0;
        warmUpLeft = longPeriod + 1;
        previousClose = 0.0;
        zeroRangeRun = 0;
        a1 = 0.0;
        b1 = 0.0;
        a2 = 0.0;
        b2 = 0.0;
        a3 = 0.0;
        b3 = 0.0;
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "ULTOSC(" + shortPeriod + ", " + mediumPeriod + ", " + longPeriod + ")";
    }

    private static void checkPeriods(int shortPeriod, int mediumPeriod, int longPeriod) {
        if (shortPeriod < 1 || mediumPeriod < shortPeriod || longPeriod < mediumPeriod) {
            throw new IllegalArgumentException("ULTOSC needs 1 <= short <= medium <= long, got " + shortPeriod + ", "
                    + mediumPeriod + ", " + longPeriod);
        }
    }
}
