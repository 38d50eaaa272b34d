package dev.kairos.analytics.indicator;

import java.util.Arrays;

/**
 * Wilder's average directional index with the directional indicators +DI and −DI, all in points from 0 to
 * 100. Lookback {@code 2 * period - 1} for the ADX; the DIs have their first value earlier, at index
 * {@code period}.
 *
 * <p>Outputs, in order: 0 {@link #adx()}, 1 {@link #plusDi()}, 2 {@link #minusDi()}. {@link #isReady()}
 * and {@link #lookback()} refer to the ADX; {@link #diReady()} tells when the DIs have values, and until
 * then they are {@code NaN}.
 *
 * <p>TA-Lib convention (ADX, PLUS_DI, MINUS_DI, unstable period 0). From bar 1 on, the up move is
 * {@code high - previousHigh} and the down move {@code previousLow - low}; +DM is the up move when it is
 * positive and larger than the down move, −DM the down move when it is positive and larger than the up
 * move, and TR is the {@link TrueRange}. DM and TR are Wilder sums (not averages): the sums of bars
 * {@code 1 .. period - 1}, then {@code s = s - s * (1 / period) + x} from bar {@code period} on. {@code DI =
 * DM * (100 / TR)}; {@code DX = 100 * |−DI − +DI| / (−DI + +DI)}; the first ADX, at index
 * {@code 2 * period - 1}, is the mean of the DX of bars {@code period .. 2 * period - 1}, then
 * {@code adx = (adx * (period - 1) + DX) * (1 / period)}. Where TA-Lib divides ({@code s / period},
 * {@code 100 * (DM / TR)}, {@code (...) / period}) this class multiplies by a reciprocal, computed once per
 * indicator or once per bar for both DIs: four divisions fewer per bar, and values that differ from TA-Lib's
 * by roundings only. A bar whose TR sum or DI sum is zero contributes no DX (the ADX is carried) and its DIs
 * are 0.
 *
 * <p>Deviation from TA-Lib: those zero tests are exact, where TA-Lib treats anything within 1e-8 of 0 as
 * zero (which would stall the ADX of assets priced below about 1e-8 per bar of range). TA-Lib's ADX
 * requires {@code period >= 2}, and so does this class (TA-Lib's PLUS_DI and MINUS_DI of period 1 are
 * fractions, not points).
 */
public final class Adx implements HlcIndicator {
    private final int period;
    /** {@code 1.0 / period}. */
    private final double reciprocal;
    /** Bars before the first ADX, that one included: {@code 2 * period} at the start, 0 once ready. */
    private int barsLeft;
    private double previousHigh;
    private double previousLow;
    private double previousClose;
    private double plusDm;
    private double minusDm;
    private double tr;
    /** Sum of the first DXs, during warm-up. */
    private double dxSum;
    private double adx = Double.NaN;
    private double plusDi = Double.NaN;
    private double minusDi = Double.NaN;

    /** The three outputs over a whole series, {@code NaN} during warm-up. The arrays belong to the caller. */
    public record Batch(double[] adx, double[] plusDi, double[] minusDi) {
    }

    /** @throws IllegalArgumentException when {@code period < 2} */
    public Adx(int period) {
        this.period = checkPeriod(period);
        this.reciprocal = 1.0 / period;
        this.barsLeft = 2 * period;
    }

    /**
     * ADX, +DI and −DI over every prefix of the bars: NaN before index {@code 2 * period - 1} for the ADX and
     * before index {@code period} for the DIs.
     *
     * @throws IllegalArgumentException when the columns differ in length or {@code period < 2}
     */
    public static Batch batch(double[] high, double[] low, double[] close, int period) {
        checkPeriod(period);
        int n = TrueRange.checkLengths(high, low, close);
        double[] adx = new double[n];
        double[] plus = new double[n];
        double[] minus = new double[n];
        Arrays.fill(adx, 0, Math.min(n, 2 * period - 1), Double.NaN);
        Arrays.fill(plus, 0, Math.min(n, period), Double.NaN);
        Arrays.fill(minus, 0, Math.min(n, period), Double.NaN);
        double plusDm = 0.0;
        double minusDm = 0.0;
        double tr = 0.0;
        double sumDx = 0.0;
        double adxValue = 0.0;
        double reciprocal = 1.0 / period;
        for (int today = 1; today < n; today++) {
            double diffP = high[today] - high[today - 1];
            double diffM = low[today - 1] - low[today];
            double range = TrueRange.of(high[today], low[today], close[today - 1]);
            if (today < period) {
                if (diffM > 0 && diffP < diffM) {
                    minusDm += diffM;
                } else if (diffP > 0 && diffP > diffM) {
                    plusDm += diffP;
                }
                tr += range;
                continue;
            }
            minusDm -= minusDm * reciprocal;
            plusDm -= plusDm * reciprocal;
            if (diffM > 0 && diffP < diffM) {
                minusDm += diffM;
            } else if (diffP > 0 && diffP > diffM) {
                plusDm += diffP;
            }
            tr = tr - (tr * reciprocal) + range;
            double dx = Double.NaN;
            if (tr != 0.0) {
                double scale = 100.0 / tr;
                double m = minusDm * scale;
                double p = plusDm * scale;
                minus[today] = m;
                plus[today] = p;
                double sum = m + p;
                if (sum != 0.0) {
                    dx = 100.0 * (Math.abs(m - p) / sum);
                }
            } else {
                minus[today] = 0.0;
                plus[today] = 0.0;
            }
            if (today < 2 * period) {
                if (!Double.isNaN(dx)) {
                    sumDx += dx;
                }
                if (today == 2 * period - 1) {
                    adxValue = sumDx / period;
                    adx[today] = adxValue;
                }
            } else {
                if (!Double.isNaN(dx)) {
                    adxValue = ((adxValue * (period - 1)) + dx) * reciprocal;
                }
                adx[today] = adxValue;
            }
        }
        return new Batch(adx, plus, minus);
    }

    @Override
    public double update(double high, double low, double close) {
        if (barsLeft != 0) {
            return warmUp(high, low, close);
        }
        double diffP = high - previousHigh;
        double diffM = previousLow - low;
        double range = TrueRange.of(high, low, previousClose);
        previousHigh = high;
        previousLow = low;
        previousClose = close;
        if (smoothDirectionalIndicators(diffP, diffM, range)) {
            adx = ((adx * (period - 1)) + dx()) * reciprocal;
        }
        return adx;
    }

    /**
     * One Wilder step of the directional movements and the true range, and the DIs from them; whether the bar
     * has a DX (a true range other than zero and DIs that do not sum to zero), without which the ADX stays.
     */
    private boolean smoothDirectionalIndicators(double diffP, double diffM, double range) {
        smoothDirectionalMoves(diffP, diffM);
        double t = tr;
        t = t - (t * reciprocal) + range;
        tr = t;
        if (t == 0.0) {
            minusDi = 0.0;
            plusDi = 0.0;
            return false;
        }
        double scale = 100.0 / t;
        double m = minusDm * scale;
        double p = plusDm * scale;
        minusDi = m;
        plusDi = p;
        return m + p != 0.0;
    }

    /** The bar's DX from the DIs just computed. */
    private double dx() {
        double m = minusDi;
        double p = plusDi;
        return 100.0 * (Math.abs(m - p) / (m + p));
    }

    /**
     * Wilder's smoothing of the directional movements, {@code dm -= dm * (1 / period)}, then TA-Lib's
     * {@code if (diffM > 0 && diffP < diffM) minusDm += diffM; else if (diffP > 0 && diffP > diffM) plusDm +=
     * diffP;}, without its two unpredictable branches: {@code a < b} is {@code b - a > 0} for every pair of
     * doubles, and adding +0.0 to a directional movement (never -0.0) leaves it as it is, bit for bit.
     */
    private void smoothDirectionalMoves(double diffP, double diffM) {
        long minus = BranchFree.positiveMask(diffM) & BranchFree.positiveMask(diffM - diffP);
        long plus = ~minus & BranchFree.positiveMask(diffP) & BranchFree.positiveMask(diffP - diffM);
        double m = minusDm;
        m -= m * reciprocal;
        minusDm = m + BranchFree.masked(minus, diffM);
        double p = plusDm;
        p -= p * reciprocal;
        plusDm = p + BranchFree.masked(plus, diffP);
    }

    /**
     * Bars {@code 0 .. 2 * period - 1}, before the ADX has a value. Kept out of {@link #update} so that the
     * per-bar method stays small enough for the JIT to inline.
     */
    private double warmUp(double high, double low, double close) {
        int seen = 2 * period - barsLeft;
        barsLeft--;
        if (seen == 0) {
            previousHigh = high;
            previousLow = low;
            previousClose = close;
            return Double.NaN;
        }
        double diffP = high - previousHigh;
        double diffM = previousLow - low;
        double range = TrueRange.of(high, low, previousClose);
        previousHigh = high;
        previousLow = low;
        previousClose = close;
        if (seen < period) {
            // bars 1 .. period - 1: the sums that seed the smoothed movements and true range
            if (diffM > 0 && diffP < diffM) {
                minusDm += diffM;
            } else if (diffP > 0 && diffP > diffM) {
                plusDm += diffP;
            }
            tr += range;
            return Double.NaN;
        }
        // bars period .. 2 * period - 1: update's arithmetic, with the DX summed into the first ADX, their mean
        if (smoothDirectionalIndicators(diffP, diffM, range)) {
            dxSum += dx();
        }
        if (barsLeft != 0) {
            return Double.NaN;
        }
        adx = dxSum / period;
        return adx;
    }

    /** The ADX after the latest update ({@code NaN} while warming up); output 0. */
    public double adx() {
        return adx;
    }

    /** +DI after the latest update ({@code NaN} before index {@code period}); output 1. */
    public double plusDi() {
        return plusDi;
    }

    /** −DI after the latest update ({@code NaN} before index {@code period}); output 2. */
    public double minusDi() {
        return minusDi;
    }

    /** Whether {@link #plusDi()} and {@link #minusDi()} have values: from index {@code period} on. */
    public boolean diReady() {
        return barsLeft < period;
    }

    public int period() {
        return period;
    }

    @Override
    public int lookback() {
        return 2 * period - 1;
    }

    @Override
    public boolean isReady() {
        return barsLeft == 0;
    }

    /** The ADX, output 0. */
    @Override
    public double value() {
        return adx;
    }

    @Override
    public int outputCount() {
        return 3;
    }

    @Override
    public double output(int i) {
        return switch (i) {
            case 0 -> adx;
            case 1 -> plusDi;
            case 2 -> minusDi;
            default -> throw new IndexOutOfBoundsException("output " + i + " of " + this + " (3 outputs)");
        };
    }

    @Override
    public void reset() {
        barsLeft = 2 * period;
        previousHigh = 0.0;
        previousLow = 0.0;
        previousClose = 0.0;
        plusDm = 0.0;
        minusDm = 0.0;
        tr = 0.0;
        dxSum = 0.0;
        adx = plusDi = minusDi = Double.NaN;
    }

    @Override
    public String toString() {
        return "ADX(" + period + ")";
    }

    private static int checkPeriod(int period) {
        if (period < 2) {
            throw new IllegalArgumentException("ADX period must be >= 2, got " + period);
        }
        return period;
    }
}
