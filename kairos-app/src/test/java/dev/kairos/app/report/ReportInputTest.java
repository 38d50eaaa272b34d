package dev.kairos.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportInputTest {

    private static final TimeSeries SERIES = new TimeSeries(new long[] {1, 2}, new double[] {10, 11});

    @Test
    void timeSeriesRejectsUnequalColumnsDecreasingTimesAndNonFiniteValues() {
        assertThatThrownBy(() -> new TimeSeries(new long[] {1, 2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ in length");
        assertThatThrownBy(() -> new TimeSeries(new long[] {2, 1}, new double[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not decrease");
        assertThatThrownBy(() -> new TimeSeries(new long[] {1}, new double[] {Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not finite");
        assertThatThrownBy(() -> new TimeSeries(null, new double[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timeSeriesIsImmutableAndComparesByContent() {
        long[] t = {1, 2};
        double[] v = {3, 4};
        TimeSeries series = new TimeSeries(t, v);
        t[0] = 99;
        v[0] = 99;
        series.time()[1] = 99;
        series.value()[1] = 99;
        assertThat(series.time()).containsExactly(1, 2);
        assertThat(series.value()).containsExactly(3, 4);
        assertThat(series).isEqualTo(new TimeSeries(new long[] {1, 2}, new double[] {3, 4}))
                .hasSameHashCodeAs(new TimeSeries(new long[] {1, 2}, new double[] {3, 4}));
        assertThat(series.select(new int[] {1})).isEqualTo(new TimeSeries(new long[] {2}, new double[] {4}));
        assertThat(series.scaled(-100).value()).containsExactly(-300, -400);
    }

    @Test
    void reportRejectsNullsAndNegativeDrawdown() {
        assertThatThrownBy(() -> input("t", SERIES, List.of(), Arrays.asList((String) null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("notes");
        assertThatThrownBy(() -> input(" ", SERIES, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> input("t", new TimeSeries(new long[] {1}, new double[] {-0.1}), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("drawdown");
    }

    @Test
    void reportCopiesItsLists() {
        List<Metric> metrics = new java.util.ArrayList<>(List.of(new Metric("Sharpe", "1.2")));
        ReportInput input = input("t", SERIES, metrics, List.of());
        metrics.clear();
        assertThat(input.metrics()).hasSize(1);
    }

    @Test
    void partsValidateThemselves() {
        assertThatThrownBy(() -> new TradeRow("BTC-USD", TradeSide.LONG, 2, 1, 1, 1, 1, 0, 0, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before its entry");
        assertThatThrownBy(() -> new TradeRow("BTC-USD", TradeSide.LONG, 1, 2, 0, 1, 1, 0, 0, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quantity");
        assertThatThrownBy(() -> new TradeRow("BTC-USD", TradeSide.LONG, 1, 2, 1, Double.NaN, 1, 0, 0, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
        assertThatThrownBy(() -> new Marker(1, Double.POSITIVE_INFINITY, MarkerKind.EXIT, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Marker(1, 1, MarkerKind.EXIT, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PricePanel("BTC-USD", SERIES, Arrays.asList((Marker) null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Metric("", "1")).isInstanceOf(IllegalArgumentException.class);
    }

    private static ReportInput input(String title, TimeSeries drawdown, List<Metric> metrics, List<String> notes) {
        return new ReportInput(title, "run", metrics, SERIES, drawdown, List.of(), List.of(), notes);
    }
}
