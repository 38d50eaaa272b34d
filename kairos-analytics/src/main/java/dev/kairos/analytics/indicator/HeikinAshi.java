package dev.kairos.analytics.indicator;

/**
 * Heikin-Ashi candles, in price units. Lookback 0.
 *
 * <p>Outputs, in order: 0 {@link #open()}, 1 {@link #high()}, 2 {@link #low()}, 3 {@link #close()}:
 * <ul>
 *   <li>{@code haClose = (open + high + low + close) / 4};</li>
 *   <li>{@code haOpen = (previous haOpen + previous haClose) / 2};</li>
 *   <li>{@code haHigh = max(high, haOpen, haClose)} and {@code haLow = min(low, haOpen, haClose)}.</li>
 * </ul>
 *
 * <p>{@code haClose} is summed in TA-Lib's AVGPRICE order, {@code (high + low + close + open) / 4}, and
 * equals it bit for bit. Seeding: the first bar's {@code haOpen} is {@code (open + close) / 2} of that bar, the usual
 * convention (StockCharts'). Platforms that seed with the first open instead differ by an amount that
 * halves with every bar. TA-Lib has no Heikin-Ashi as such.
 */
public final class HeikinAshi implements BarIndicator {
    private boolean started;
    private double open = Double.NaN;
    private double high = Double.NaN;
    private double low = Double.NaN;
    private double close = Double.NaN;

    /** The four outputs over a whole series. The arrays belong to the caller. */
    public record Batch(double[] open, double[] high, double[] low, double[] close) {
    }

    /** Heikin-Ashi candles that have seen no bar yet. */
    public HeikinAshi() {
        // no parameters
    }

    /**
     * The Heikin-Ashi candle of every bar, a number at every index.
     *
     * @throws IllegalArgumentException when the columns differ in length
     */
    public static Batch batch(double[] open, double[] high, double[] low, double[] close) {
        int n = Columns.commonLength("open, high, low and close", open, high, low, close);
        double[] haOpen = new double[n];
        double[] haHigh = new double[n];
        double[] haLow = new double[n];
        double[] haClose = new double[n];
        for (int i = 0; i < n; i++) {
            double o = i == 0 ? (open[0] + close[0]) / 2.0 : (haOpen[i - 1] + haClose[i - 1]) / 2.0;
            double c = (high[i] + low[i] + close[i] + open[i]) / 4.0;
            haOpen[i] = o;
            haClose[i] = c;
            haHigh[i] = Math.max(high[i], Math.max(o, c));
            haLow[i] = Math.min(low[i], Math.min(o, c));
        }
        return new Batch(haOpen, haHigh, haLow, haClose);
    }

    @Override
    public double update(long timestamp, double open, double high, double low, double close, double volume) {
        double o = started ? (this.open + this.close) / 2.0 : (open + close) / 2.0;
        double c = (high + low + close + open) / 4.0;
        started = true;
        this.open = o;
        this.close = c;
        this.high = Math.max(high, Math.max(o, c));
        this.low = Math.min(low, Math.min(o, c));
        return o;
    }

    /** The Heikin-Ashi open after the latest update ({@code NaN} before the first); output 0. */
    public double open() {
        return open;
    }

    /** The Heikin-Ashi high; output 1. */
    public double high() {
        return high;
    }

    /** The Heikin-Ashi low; output 2. */
    public double low() {
        return low;
    }

    /** The Heikin-Ashi close; output 3. */
    public double close() {
        return close;
    }

    @Override
    public int lookback() {
        return 0;
    }

    @Override
    public boolean isReady() {
        return started;
    }

    /** The Heikin-Ashi open, output 0. */
    @Override
    public double value() {
        return open;
    }

    @Override
    public int outputCount() {
        return 4;
    }

    @Override
    public double output(int i) {
        return switch (i) {
            case 0 -> open;
            case 1 -> high;
            case 2 -> low;
            case 3 -> close;
            default -> throw new IndexOutOfBoundsException("output " + i + " of " + this + " (4 outputs)");
        };
    }

    @Override
    public void reset() {
        started = false;
        open = high = low = close = Double.NaN;
    }

    @Override
    public String toString() {
        return "HEIKIN_ASHI";
    }
}
