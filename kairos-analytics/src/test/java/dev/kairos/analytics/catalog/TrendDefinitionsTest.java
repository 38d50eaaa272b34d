package dev.kairos.analytics.catalog;

import static dev.kairos.analytics.catalog.TrendMomentumCatalogColumns.columnNames;
import static dev.kairos.analytics.catalog.TrendMomentumCatalogColumns.defaults;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.analytics.indicator.Aroon;
import dev.kairos.analytics.indicator.Dema;
import dev.kairos.analytics.indicator.Kama;
import dev.kairos.analytics.indicator.LinearRegressionSlope;
import dev.kairos.analytics.indicator.Macd;
import dev.kairos.analytics.indicator.Tema;
import dev.kairos.analytics.indicator.Trix;
import dev.kairos.analytics.indicator.Wma;
import dev.kairos.model.market.BarSeries;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The trend entries of the catalogue: names, arguments, column names, and what they compute. */
class TrendDefinitionsTest {
    private static final Map<String, IndicatorDefinition> BY_NAME = TrendDefinitions.all().stream()
            .collect(Collectors.toMap(IndicatorDefinition::name, d -> d));

    @Test
    void entriesInListingOrderAndInTheBuiltInCatalogue() {
        assertThat(TrendDefinitions.all()).extracting(IndicatorDefinition::name).containsExactly("sma", "ema", "wma",
                "dema", "tema", "kama", "macd", "linreg-slope", "aroon", "trix");
        IndicatorCatalog catalog = IndicatorCatalog.builtIn();
        for (IndicatorDefinition d : TrendDefinitions.all()) {
            assertThat(catalog.find(d.name())).as(d.name()).isPresent();
            assertThat(d.description()).as("%s description", d.name()).containsAnyOf("TA-Lib", "no TA-Lib");
        }
    }

    @Test
    void defaultColumnNames() {
        assertThat(columns("wma")).containsExactly("wma_20");
        assertThat(columns("dema")).containsExactly("dema_20");
        assertThat(columns("tema")).containsExactly("tema_20");
        assertThat(columns("kama")).containsExactly("kama_10");
        assertThat(columns("macd")).containsExactly("macd_12_26_9", "macd_signal_12_26_9", "macd_hist_12_26_9");
        assertThat(columns("linreg-slope")).containsExactly("linreg_slope_14");
        assertThat(columns("aroon")).containsExactly("aroon_up_14", "aroon_down_14", "aroon_osc_14");
        assertThat(columns("trix")).containsExactly("trix_15");
    }

    @Test
    void computesWhatTheIndicatorsCompute() {
        BarSeries bars = TrendMomentumCatalogColumns.randomBars(3, 300);
        double[] c = bars.closes();
        assertComputes(compute("wma", 7), Wma.batch(c, 7));
        assertComputes(compute("dema", 7), Dema.batch(c, 7));
        assertComputes(compute("tema", 7), Tema.batch(c, 7));
        assertComputes(compute("kama", 7), Kama.batch(c, 7));
        Macd.Batch macd = Macd.batch(c, 5, 13, 4);
        assertComputes(compute("macd", 5, 13, 4), macd.macd(), macd.signal(), macd.histogram());
        assertComputes(compute("linreg-slope", 9), LinearRegressionSlope.batch(c, 9));
        Aroon.Batch aroon = Aroon.batch(bars.highs(), bars.lows(), 9);
        assertComputes(compute("aroon", 9), aroon.up(), aroon.down(), aroon.oscillator());
        assertComputes(compute("trix", 9), Trix.batch(c, 9));
    }

    @Test
    void argumentRanges() {
        assertThat(BY_NAME.get("linreg-slope").args().get(0).min()).isEqualTo(2);
        for (String name : List.of("wma", "dema", "tema", "kama", "macd", "aroon", "trix")) {
            for (IndicatorArg arg : BY_NAME.get(name).args()) {
                assertThat(arg.integer()).as("%s %s integer", name, arg.name()).isTrue();
                assertThat(arg.min()).as("%s %s min", name, arg.name()).isEqualTo(1);
            }
        }
    }

    /** Defaults reproduce TA-Lib's columns of the golden file (skipped when the file is absent). */
    @Test
    void defaultsMatchTheGoldenFile() {
        TrendMomentumCatalogColumns.Golden golden = TrendMomentumCatalogColumns.Golden.load();
        int compared = 0;
        for (IndicatorDefinition d : TrendDefinitions.all()) {
            compared += TrendMomentumCatalogColumns.compareWithGolden(d, golden);
        }
        // sma, ema, wma, dema, tema, kama, 3 x macd, 2 x aroon, trix
        assertThat(compared).isEqualTo(12);
    }

    private static List<String> columns(String name) {
        IndicatorDefinition d = BY_NAME.get(name);
        return columnNames(d, defaults(d));
    }

    /** Same outputs, bit for bit (Arrays.equals compares doubles by their bits, so NaN equals NaN). */
    private static void assertComputes(double[][] actual, double[]... expected) {
        assertThat(actual).hasNumberOfRows(expected.length);
        for (int o = 0; o < expected.length; o++) {
            assertThat(Arrays.equals(actual[o], expected[o])).as("output %d", o).isTrue();
        }
    }

    private static double[][] compute(String name, double... args) {
        BarSeries bars = TrendMomentumCatalogColumns.randomBars(3, 300);
        List<double[]> out = BY_NAME.get(name).compute(bars, args);
        assertThat(out).as("%s outputs", name).hasSize(BY_NAME.get(name).outputs().size());
        return out.toArray(double[][]::new);
    }
}
