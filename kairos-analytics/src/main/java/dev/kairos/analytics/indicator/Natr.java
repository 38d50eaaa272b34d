package dev.kairos.analytics.indicator;

/**
 * Normalised average true range: {@code ATR / close * 100}, the {@link Atr} in percent of the latest
 * close. Lookback {@code period}.
 *
 * <p>TA-Lib convention (NATR): the ATR is TA-Lib's, Wilder-smoothed and seeded with the mean of
 * {@code TR[1..period]}; each value is {@code (atr / close) * 100}. Deviations from TA-Lib: a close of
 * exactly 0 gives 0 where TA-Lib gives 0 for any close within 1e-8 of 0 (which would blank assets priced
 * below 1e-8); and for {@code period = 1} TA-Lib returns the raw true range, not normalised, while here
 * NATR(1) is the true range in percent of the close like every other period.
 */
public final class Natr implements HlcIndicator {
    private final Atr atr;
    private double value = Double.NaN;

    /** @throws IllegalArgumentException when {@code period < 1} */
    public Natr(int period) {
        this.atr = new Atr(checkPeriod(period));
    }

    /**
     * The NATR of every prefix of the bars: same length as the inputs, {@code NaN} before index
     * {@code period}.
     *
     * @throws IllegalArgumentException when the columns differ in length or {@code period < 1}
     */
    public static double[] batch(double[] high, double[] low, double[] close, int period) {
        checkPeriod(period);
        double[] out = Atr.batch(high, low, close, period);
        for (int i = period; i < out.length; i++) {
            out[i] = normalise(out[i], close[i]);
        }
        return out;
    }

    private static double normalise(double atr, double close) {
        return close != 0.0 ? (atr / close) * 100.0 : 0.0;
    }

    @Override
    public double update(double high, double low, double close) {
        double a = atr.update(high, low, close);
        if (!atr.isReady()) {
            return Double.NaN;
        }
        value = normalise(a, close);
        return value;
    }

    public int period() {
        return atr.period();
    }

    @Override
    public int lookback() {
        return atr.lookback();
    }

    @Override
    public boolean isReady() {
        return atr.isReady();
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public void reset() {
        atr.reset();
        value = Double.NaN;
    }

    @Override
    public String toString() {
        return "NATR(" + atr.period() + ")";
    }

    private static int checkPeriod(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("NATR period must be >= 1, got " + period);
        }
        return period;
    }
}
