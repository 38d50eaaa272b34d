package dev.kairos.analytics.catalog;

import static dev.kairos.analytics.catalog.TrendMomentumCatalogColumns.columnNames;
import static dev.kairos.analytics.catalog.TrendMomentumCatalogColumns.defaults;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.analytics.indicator.Cci;
import dev.kairos.analytics.indicator.Momentum;
import dev.kairos.analytics.indicator.Roc;
import dev.kairos.analytics.indicator.RollingMax;
import dev.kairos.analytics.indicator.RollingMin;
import dev.kairos.analytics.indicator.Stochastic;
import dev.kairos.analytics.indicator.StochasticFast;
import dev.kairos.analytics.indicator.StochasticRsi;
import dev.kairos.analytics.indicator.UltimateOscillator;
import dev.kairos.analytics.indicator.WilliamsR;
import dev.kairos.analytics.indicator.ZScore;
import dev.kairos.model.market.BarSeries;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The momentum entries of the catalogue: names, arguments, column names, and what they compute. */
class MomentumDefinitionsTest {
    private static final Map<String, IndicatorDefinition> BY_NAME = MomentumDefinitions.all().stream()
            .collect(Collectors.toMap(IndicatorDefinition::name, d -> d));

    @Test
    void entriesInListingOrderAndInTheBuiltInCatalogue() {
        assertThat(MomentumDefinitions.all()).extracting(IndicatorDefinition::name).containsExactly("rsi", "roc",
                "mom", "willr", "cci", "stoch", "stochf", "stochrsi", "ultosc", "zscore", "min", "max");
        IndicatorCatalog catalog = IndicatorCatalog.builtIn();
        for (IndicatorDefinition d : MomentumDefinitions.all()) {
            assertThat(catalog.find(d.name())).as(d.name()).isPresent();
            assertThat(d.description()).as("%s description", d.name()).containsAnyOf("TA-Lib", "no TA-Lib");
        }
    }

    @Test
    void defaultColumnNames() {
        assertThat(columns("roc")).containsExactly("roc_10");
        assertThat(columns("mom")).containsExactly("mom_10");
        assertThat(columns("willr")).containsExactly("willr_14");
        assertThat(columns("cci")).containsExactly("cci_20");
        assertThat(columns("stoch")).containsExactly("stoch_slowk_14_3_3", "stoch_slowd_14_3_3");
        assertThat(columns("stochf")).containsExactly("stochf_fastk_14_3", "stochf_fastd_14_3");
        assertThat(columns("stochrsi")).containsExactly("stochrsi_fastk_14_5_3", "stochrsi_fastd_14_5_3");
        assertThat(columns("ultosc")).containsExactly("ultosc_7_14_28");
        assertThat(columns("zscore")).containsExactly("zscore_20");
        assertThat(columns("min")).containsExactly("min_20");
        assertThat(columns("max")).containsExactly("max_20");
    }

    @Test
    void computesWhatTheIndicatorsCompute() {
        BarSeries bars = TrendMomentumCatalogColumns.randomBars(4, 300);
        double[] h = bars.highs();
        double[] l = bars.lows();
        double[] c = bars.closes();
        assertComputes(compute("roc", 7), Roc.batch(c, 7));
        assertComputes(compute("mom", 7), Momentum.batch(c, 7));
        assertComputes(compute("willr", 7), WilliamsR.batch(h, l, c, 7));
        assertComputes(compute("cci", 7), Cci.batch(h, l, c, 7));
        Stochastic.Batch stoch = Stochastic.batch(h, l, c, 9, 2, 4);
        assertComputes(compute("stoch", 9, 2, 4), stoch.k(), stoch.d());
        StochasticFast.Batch stochF = StochasticFast.batch(h, l, c, 9, 2);
        assertComputes(compute("stochf", 9, 2), stochF.k(), stochF.d());
        StochasticRsi.Batch stochRsi = StochasticRsi.batch(c, 9, 7, 2);
        assertComputes(compute("stochrsi", 9, 7, 2), stochRsi.k(), stochRsi.d());
        assertComputes(compute("ultosc", 3, 6, 12), UltimateOscillator.batch(h, l, c, 3, 6, 12));
        assertComputes(compute("zscore", 7), ZScore.batch(c, 7));
        assertComputes(compute("min", 7), RollingMin.batch(c, 7));
        assertComputes(compute("max", 7), RollingMax.batch(c, 7));
    }

    @Test
    void argumentRangesAndCrossChecks() {
        assertThat(BY_NAME.get("cci").args().get(0).min()).isEqualTo(2);
        assertThat(BY_NAME.get("zscore").args().get(0).min()).isEqualTo(2);
        // periods out of order are an error of the indicator, reported with its message
        assertThatThrownBy(() -> compute("ultosc", 28, 14, 7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("short <= medium <= long");
    }

    /** Defaults reproduce TA-Lib's columns of the golden file (skipped when the file is absent). */
    @Test
    void defaultsMatchTheGoldenFile() {
        TrendMomentumCatalogColumns.Golden golden = TrendMomentumCatalogColumns.Golden.load();
        int compared = 0;
        for (IndicatorDefinition d : MomentumDefinitions.all()) {
            compared += TrendMomentumCatalogColumns.compareWithGolden(d, golden);
        }
        // rsi, roc, mom, willr, cci, 2 x stoch, 2 x stochf, ultosc
        assertThat(compared).isEqualTo(10);
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
        BarSeries bars = TrendMomentumCatalogColumns.randomBars(4, 300);
        List<double[]> out = BY_NAME.get(name).compute(bars, args);
        assertThat(out).as("%s outputs", name).hasSize(BY_NAME.get(name).outputs().size());
        return out.toArray(double[][]::new);
    }
}
