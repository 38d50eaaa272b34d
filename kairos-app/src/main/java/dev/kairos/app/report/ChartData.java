package dev.kairos.app.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The JSON payload the page's script turns into charts: every series already thinned for drawing.
 * Serialised with {@link ScriptJson}; the component names are the JSON keys the script reads.
 *
 * @param equity   equity curve, quote currency
 * @param drawdown drawdown in percent, {@code <= 0} (underwater)
 * @param prices   one entry per price chart, in display order
 */
record ChartData(SeriesData equity, SeriesData drawdown, List<PriceData> prices) {

    /** Element id of the equity chart container. */
    static final String EQUITY_ID = "chart-equity";
    /** Element id of the drawdown chart container. */
    static final String DRAWDOWN_ID = "chart-drawdown";

    /**
     * A thinned series.
     *
     * @param sourcePoints how many points the input had
     * @param t            kept times, epoch ms UTC
     * @param v            kept values
     */
    record SeriesData(int sourcePoints, long[] t, double[] v) {
        static SeriesData of(TimeSeries series, MinMaxDownsampler downsampler) {
            TimeSeries kept = downsampler.apply(series);
            return new SeriesData(series.size(), kept.time(), kept.value());
        }

        int shownPoints() {
            return t.length;
        }
    }

    /**
     * One instrument's chart.
     *
     * @param symbol        display name
     * @param elementId     id of the chart's container element
     * @param close         thinned closes
     * @param sourceMarkers how many markers the input had
     * @param markers       the markers drawn, by time
     */
    record PriceData(String symbol, String elementId, SeriesData close, int sourceMarkers, List<MarkerData> markers,
                     List<BandData> regimes) {
    }

    /**
     * One shaded regime band.
     *
     * @param from   start, epoch ms UTC
     * @param to     end, epoch ms UTC
     * @param regime regime key, e.g. {@code bull_trend}
     */
    record BandData(long from, long to, String regime) {
    }

    /**
     * One marker.
     *
     * @param t     epoch ms UTC
     * @param p     price
     * @param kind  {@link MarkerKind} name
     * @param label tooltip text
     */
    record MarkerData(long t, double p, String kind, String label) {
    }

    /** Element id of the {@code index}-th price chart container. */
    static String priceId(int index) {
        return "chart-price-" + index;
    }

    /**
     * Thins the input for drawing.
     *
     * @param maxMarkers most markers per price chart; above it the earliest and latest halves are kept
     */
    static ChartData of(ReportInput input, MinMaxDownsampler downsampler, int maxMarkers) {
        List<PriceData> prices = new ArrayList<>();
        for (int i = 0; i < input.prices().size(); i++) {
            PricePanel panel = input.prices().get(i);
            prices.add(new PriceData(panel.symbol(), priceId(i), SeriesData.of(panel.close(), downsampler),
                    panel.markers().size(), markers(panel.markers(), maxMarkers),
                    panel.regimes().stream().map(b -> new BandData(b.from(), b.to(), b.regime())).toList()));
        }
        return new ChartData(
                SeriesData.of(input.equity(), downsampler),
                SeriesData.of(input.drawdown().scaled(-100.0), downsampler),
                List.copyOf(prices));
    }

    private static List<MarkerData> markers(List<Marker> markers, int maxMarkers) {
        List<Marker> sorted = markers.stream().sorted(Comparator.comparingLong(Marker::time)).toList();
        if (sorted.size() > maxMarkers) {
            int half = maxMarkers / 2;
            List<Marker> kept = new ArrayList<>(sorted.subList(0, half));
            kept.addAll(sorted.subList(sorted.size() - (maxMarkers - half), sorted.size()));
            sorted = kept;
        }
        return sorted.stream().map(m -> new MarkerData(m.time(), m.price(), m.kind().name(), m.label())).toList();
    }
}
