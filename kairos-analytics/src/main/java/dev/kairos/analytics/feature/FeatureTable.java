package dev.kairos.analytics.feature;

import dev.kairos.analytics.indicator.Atr;
import dev.kairos.analytics.indicator.CloseToCloseVolatility;
import dev.kairos.analytics.indicator.ZScore;
import dev.kairos.model.market.BarSeries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The features of every bar of a series, computed in batch: one column of values per feature ({@code NaN}
 * where missing) and one column of availability. Row {@code i} equals what a {@link FeatureStream} fed bars
 * {@code 0..i} holds, value for value: bar features come from the indicators' and the catalogue's batch
 * forms, side inputs from a binary-search as-of lookup at each bar's close time
 * ({@link BarSeries#closeTime(int)}). Immutable and thread-safe once computed.
 */
public final class FeatureTable {
    private final FeatureSchema schema;
    private final long[] closeTimes;
    private final double[][] values;
    private final boolean[][] available;

    private FeatureTable(FeatureSchema schema, long[] closeTimes, double[][] values, boolean[][] available) {
        this.schema = schema;
        this.closeTimes = closeTimes;
        this.values = values;
        this.available = available;
    }

    /**
     * The features of every bar of {@code bars}; the bar length is the series' {@link BarSeries#intervalMs()
     * interval}.
     */
    public static FeatureTable compute(FeatureSchema schema, SideInputs inputs, BarSeries bars) {
        if (schema == null || inputs == null || bars == null) {
            throw new IllegalArgumentException("schema, side inputs and bars are required");
        }
        int n = bars.size();
        long barMillis = bars.intervalMs();
        long[] closeTimes = new long[n];
        for (int i = 0; i < n; i++) {
            closeTimes[i] = bars.closeTime(i);
        }
        int m = schema.size();
        double[][] values = new double[m][];
        boolean[][] available = new boolean[m][];
        Map<String, List<double[]>> catalogue = new HashMap<>();
        for (int j = 0; j < m; j++) {
            double[] column = switch (schema.spec(j)) {
                case FeatureSpec.BodyOverAtr b -> bodyOverAtr(bars, b.period());
                case FeatureSpec.VolumeZ z -> ZScore.batch(bars.volumes(), z.period());
                case FeatureSpec.RealizedVol v -> CloseToCloseVolatility.batch(bars.closes(), v.period(), 1.0);
                case FeatureSpec.AsOfFeature f -> asOf(f, f.input(inputs), f.maxAge().millis(barMillis), bars,
                        closeTimes);
                case FeatureSpec.IndicatorOutput o -> catalogue.computeIfAbsent(o.indicator() + o.args(),
                        k -> IncrementalCatalog.definition(o.indicator()).compute(bars, o.argArray()))
                        .get(o.outputIndex()).clone();
            };
            boolean[] ok = new boolean[n];
            for (int i = 0; i < n; i++) {
                ok[i] = Double.isFinite(column[i]);
                if (!ok[i]) {
                    column[i] = Double.NaN;
                }
            }
            values[j] = column;
            available[j] = ok;
        }
        return new FeatureTable(schema, closeTimes, values, available);
    }

    private static double[] bodyOverAtr(BarSeries bars, int period) {
        double[] atr = Atr.batch(bars.highs(), bars.lows(), bars.closes(), period);
        double[] out = new double[bars.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = FeatureSpec.BodyOverAtr.of(bars.open(i), bars.close(i), atr[i]);
        }
        return out;
    }

    private static double[] asOf(FeatureSpec.AsOfFeature f, TimedSeries input, long maxAgeMillis, BarSeries bars,
                                 long[] closeTimes) {
        double[] out = new double[bars.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.valueAt(bars.close(i), input.valueAsOf(closeTimes[i], maxAgeMillis));
        }
        return out;
    }

    public FeatureSchema schema() {
        return schema;
    }

    /** Number of rows, one per bar. */
    public int rows() {
        return closeTimes.length;
    }

    /** Close time (decision time) of row {@code row}'s bar, epoch ms UTC. */
    public long closeTime(int row) {
        return closeTimes[row];
    }

    /** Value of feature {@code column} at {@code row}; {@code NaN} when missing. */
    public double value(int row, int column) {
        return values[column][row];
    }

    public double value(int row, String name) {
        return value(row, schema.indexOf(name));
    }

    public boolean isAvailable(int row, int column) {
        return available[column][row];
    }

    public boolean isAvailable(int row, String name) {
        return isAvailable(row, schema.indexOf(name));
    }

    /** A copy of feature {@code column}'s values, one per row, {@code NaN} where missing. */
    public double[] column(int column) {
        return values[column].clone();
    }

    public double[] column(String name) {
        return column(schema.indexOf(name));
    }

    /** A copy of feature {@code column}'s availability, one per row. */
    public boolean[] availability(int column) {
        return available[column].clone();
    }

    public boolean[] availability(String name) {
        return availability(schema.indexOf(name));
    }

    /** Rows where feature {@code column} has a value. */
    public int availableCount(int column) {
        int n = 0;
        for (boolean b : available[column]) {
            if (b) {
                n++;
            }
        }
        return n;
    }

    /** Row {@code row} as a read-only vector (a view, no copy). */
    public FeatureVector row(int row) {
        if (row < 0 || row >= closeTimes.length) {
            throw new IndexOutOfBoundsException("row " + row + " of " + closeTimes.length);
        }
        return new Row(this, row);
    }

    private record Row(FeatureTable table, int row) implements FeatureVector {
        @Override
        public FeatureSchema schema() {
            return table.schema;
        }

        @Override
        public long closeTime() {
            return table.closeTimes[row];
        }

        @Override
        public double value(int index) {
            return table.values[index][row];
        }

        @Override
        public boolean isAvailable(int index) {
            return table.available[index][row];
        }
    }
}
