package dev.kairos.analytics.feature;

import dev.kairos.analytics.indicator.Atr;
import dev.kairos.analytics.indicator.BarIndicator;
import dev.kairos.analytics.indicator.CloseToCloseVolatility;
import dev.kairos.analytics.indicator.HlcIndicator;
import dev.kairos.analytics.indicator.Indicator;
import dev.kairos.analytics.indicator.SingleInputIndicator;
import dev.kairos.analytics.indicator.ZScore;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.Timeframe;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The incremental feature vector: fed one closed bar at a time, it holds the features of the latest bar as
 * known at that bar's close. Each {@link #update} costs O(features) (indicators update in O(1), side inputs
 * are read with forward {@link AsOfCursor cursors}) and allocates nothing: values live in a preallocated
 * {@code double[]}, availability in a {@code boolean[]}. It is the {@link FeatureVector} it produces: the
 * values are overwritten by the next update.
 *
 * <p>Point in time: the decision time of a bar is its close time, open time plus the bar length. Bar
 * features use this bar and earlier ones; side inputs are read as of the close time (stamps {@code <=} the
 * close), so nothing known only later can leak in. Agrees exactly with {@link FeatureTable#compute}.
 *
 * <p>Mutable and not thread-safe: one owner thread (the engine thread) updates and reads it.
 */
public final class FeatureStream implements FeatureVector {
    private final FeatureSchema schema;
    private final long barMillis;
    /** The distinct catalogue indicators, each updated once per bar whatever number of outputs is read. */
    private final Indicator[] indicators;
    private final Column[] columns;
    private final double[] values;
    private final boolean[] available;
    private long lastOpen = Long.MIN_VALUE;
    private long closeTime = Long.MIN_VALUE;
    private int barCount;

    /**
     * @param schema    the features, in column order
     * @param inputs    the side inputs (absent ones empty)
     * @param barLength the length of the bars that will be fed: close time = open time + length
     */
    public FeatureStream(FeatureSchema schema, SideInputs inputs, Timeframe barLength) {
        if (schema == null || inputs == null || barLength == null) {
            throw new IllegalArgumentException("schema, side inputs and bar length are required");
        }
        this.schema = schema;
        this.barMillis = barLength.millis();
        int n = schema.size();
        this.columns = new Column[n];
        this.values = new double[n];
        this.available = new boolean[n];
        Arrays.fill(values, Double.NaN);
        Map<String, Integer> slots = new HashMap<>();
        List<Indicator> distinct = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            columns[j] = switch (schema.spec(j)) {
                case FeatureSpec.BodyOverAtr b -> new BodyColumn(new Atr(b.period()));
                case FeatureSpec.VolumeZ z -> new VolumeZColumn(new ZScore(z.period()));
                case FeatureSpec.RealizedVol v -> new VolatilityColumn(new CloseToCloseVolatility(v.period()));
                case FeatureSpec.AsOfFeature f -> new AsOfColumn(f, f.input(inputs).cursor(),
                        f.maxAge().millis(barMillis));
                case FeatureSpec.IndicatorOutput o -> {
                    String key = o.indicator() + o.args();
                    Integer slot = slots.get(key);
                    if (slot == null) {
                        slot = distinct.size();
                        slots.put(key, slot);
                        distinct.add(IncrementalCatalog.create(o.indicator(), o.argArray(), barMillis));
                    }
                    yield new IndicatorColumn(slot, o.outputIndex());
                }
            };
        }
        this.indicators = distinct.toArray(new Indicator[0]);
    }

    /**
     * Consumes the next closed bar and computes its features.
     *
     * @param openTime bar open time, epoch ms UTC, after the previous bar's
     * @return this, as the vector of the bar's features
     * @throws IllegalArgumentException when the bar is not after the previous one or a value is not finite
     */
    public FeatureVector update(long openTime, double open, double high, double low, double close, double volume) {
        if (openTime <= lastOpen) {
            throw new IllegalArgumentException("bar at " + openTime + " is not after the previous bar at " + lastOpen);
        }
        if (!Double.isFinite(open) || !Double.isFinite(high) || !Double.isFinite(low) || !Double.isFinite(close)
                || !Double.isFinite(volume)) {
            throw new IllegalArgumentException("bar at " + openTime + " has a value that is not finite");
        }
        lastOpen = openTime;
        closeTime = openTime + barMillis;
        barCount++;
        for (Indicator indicator : indicators) {
            feed(indicator, openTime, open, high, low, close, volume);
        }
        for (int j = 0; j < columns.length; j++) {
            double v = columns[j].update(this, closeTime, open, high, low, close, volume);
            boolean ok = Double.isFinite(v);
            values[j] = ok ? v : Double.NaN;
            available[j] = ok;
        }
        return this;
    }

    /** Consumes bar {@code i} of {@code bars} (whose interval should be this stream's bar length). */
    public FeatureVector update(BarSeries bars, int i) {
        return update(bars.timestamp(i), bars.open(i), bars.high(i), bars.low(i), bars.close(i), bars.volume(i));
    }

    /** Forgets every bar, as if newly constructed. Allocation-free. */
    public void reset() {
        for (Indicator indicator : indicators) {
            indicator.reset();
        }
        for (Column c : columns) {
            c.reset();
        }
        Arrays.fill(values, Double.NaN);
        Arrays.fill(available, false);
        lastOpen = Long.MIN_VALUE;
        closeTime = Long.MIN_VALUE;
        barCount = 0;
    }

    /** Bars consumed since construction or the last reset. */
    public int barCount() {
        return barCount;
    }

    /** The bar length, ms. */
    public long barMillis() {
        return barMillis;
    }

    @Override
    public FeatureSchema schema() {
        return schema;
    }

    @Override
    public long closeTime() {
        return closeTime;
    }

    @Override
    public double value(int index) {
        return values[index];
    }

    @Override
    public boolean isAvailable(int index) {
        return available[index];
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("FeatureStream[").append(barCount).append(" bars");
        for (int j = 0; j < values.length; j++) {
            s.append(", ").append(schema.name(j)).append('=')
                    .append(available[j] ? Double.toString(values[j]) : "missing");
        }
        return s.append(']').toString();
    }

    private static void feed(Indicator indicator, long openTime, double open, double high, double low, double close,
                             double volume) {
        switch (indicator) {
            case SingleInputIndicator s -> s.update(close);
            case HlcIndicator h -> h.update(high, low, close);
            case BarIndicator b -> b.update(openTime, open, high, low, close, volume);
        }
    }

    /** How one column is computed on each bar; returns the value, any non-finite value meaning missing. */
    private sealed interface Column permits BodyColumn, VolumeZColumn, VolatilityColumn, AsOfColumn, IndicatorColumn {
        double update(FeatureStream stream, long closeTime, double open, double high, double low, double close,
                      double volume);

        void reset();
    }

    private record BodyColumn(Atr atr) implements Column {
        @Override
        public double update(FeatureStream stream, long closeTime, double open, double high, double low,
                             double close, double volume) {
            return FeatureSpec.BodyOverAtr.of(open, close, atr.update(high, low, close));
        }

        @Override
        public void reset() {
            atr.reset();
        }
    }

    private record VolumeZColumn(ZScore zScore) implements Column {
        @Override
        public double update(FeatureStream stream, long closeTime, double open, double high, double low,
                             double close, double volume) {
            return zScore.update(volume);
        }

        @Override
        public void reset() {
            zScore.reset();
        }
    }

    private record VolatilityColumn(CloseToCloseVolatility volatility) implements Column {
        @Override
        public double update(FeatureStream stream, long closeTime, double open, double high, double low,
                             double close, double volume) {
            return volatility.update(close);
        }

        @Override
        public void reset() {
            volatility.reset();
        }
    }

    private record AsOfColumn(FeatureSpec.AsOfFeature spec, AsOfCursor cursor, long maxAgeMillis) implements Column {
        @Override
        public double update(FeatureStream stream, long closeTime, double open, double high, double low,
                             double close, double volume) {
            return spec.valueAt(close, cursor.valueAsOf(closeTime, maxAgeMillis));
        }

        @Override
        public void reset() {
            cursor.reset();
        }
    }

    private record IndicatorColumn(int slot, int output) implements Column {
        @Override
        public double update(FeatureStream stream, long closeTime, double open, double high, double low,
                             double close, double volume) {
            return stream.indicators[slot].output(output);
        }

        @Override
        public void reset() {
            // the shared indicators are reset by the stream
        }
    }
}
