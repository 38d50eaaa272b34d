package dev.kairos.analytics.catalog;

import static dev.kairos.analytics.catalog.VolatilityVolumeCatalogSupport.assertSameBits;
import static dev.kairos.analytics.catalog.VolatilityVolumeCatalogSupport.columnNames;
import static dev.kairos.analytics.catalog.VolatilityVolumeCatalogSupport.defaults;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.analytics.indicator.AccumulationDistribution;
import dev.kairos.analytics.indicator.ChaikinMoneyFlow;
import dev.kairos.analytics.indicator.ChaikinOscillator;
import dev.kairos.analytics.indicator.Mfi;
import dev.kairos.analytics.indicator.Obv;
import dev.kairos.analytics.indicator.RollingVwap;
import dev.kairos.analytics.indicator.SessionVwap;
import dev.kairos.analytics.testsupport.SharedData;
import dev.kairos.model.market.BarSeries;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The volume entries of the catalogue: names, arguments, column names, and what they compute. */
class VolumeDefinitionsTest {
    private static final Map<String, IndicatorDefinition> BY_NAME = VolumeDefinitions.all().stream()
            .collect(Collectors.toMap(IndicatorDefinition::name, d -> d));

    @Test
    void entriesInListingOrderAndInTheBuiltInCatalogue() {
        assertThat(VolumeDefinitions.all()).extracting(IndicatorDefinition::name).containsExactly("obv", "ad",
                "adosc", "mfi", "cmf", "vwap", "session-vwap");
        IndicatorCatalog catalog = IndicatorCatalog.builtIn();
        for (IndicatorDefinition d : VolumeDefinitions.all()) {
            assertThat(catalog.find(d.name())).as(d.name()).hasValueSatisfying(
                    found -> assertThat(found.outputs()).isEqualTo(d.outputs()));
            assertThat(d.description()).as("%s description", d.name()).isNotBlank().contains("TA-Lib");
        }
    }

    @Test
    void defaultColumnNames() {
        assertThat(columns("obv")).containsExactly("obv");
        assertThat(columns("ad")).containsExactly("ad_line");
        assertThat(columns("adosc")).containsExactly("adosc_3_10");
        assertThat(columns("mfi")).containsExactly("mfi_14");
        assertThat(columns("cmf")).containsExactly("cmf_20");
        assertThat(columns("vwap")).containsExactly("vwap_14");
        assertThat(columns("session-vwap")).containsExactly("session_vwap");
    }

    @Test
    void computesWhatTheIndicatorsCompute() {
        BarSeries bars = VolatilityVolumeCatalogSupport.randomBars(8, 300);
        double[] h = bars.highs();
        double[] l = bars.lows();
        double[] c = bars.closes();
        double[] v = bars.volumes();
        assertComputes(compute(bars, "obv"), Obv.batch(c, v));
        assertComputes(compute(bars, "ad"), AccumulationDistribution.batch(h, l, c, v));
        assertComputes(compute(bars, "adosc", 4, 12), ChaikinOscillator.batch(h, l, c, v, 4, 12));
        assertComputes(compute(bars, "mfi", 9), Mfi.batch(h, l, c, v, 9));
        assertComputes(compute(bars, "cmf", 9), ChaikinMoneyFlow.batch(h, l, c, v, 9));
        assertComputes(compute(bars, "vwap", 9), RollingVwap.batch(h, l, c, v, 9));
        assertComputes(compute(bars, "session-vwap"), SessionVwap.batch(bars.timestamps(), h, l, c, v));
    }

    @Test
    void defaultsMatchTalibsGoldenColumnsWhereTheyExist() {
        SharedData.require(VolatilityVolumeCatalogSupport.GOLDEN);
        VolatilityVolumeCatalogSupport.Golden golden = VolatilityVolumeCatalogSupport.Golden.load().orElseThrow();
        int matched = 0;
        for (IndicatorDefinition d : VolumeDefinitions.all()) {
            double[] args = defaults(d);
            List<String> names = columnNames(d, args);
            List<double[]> outputs = d.compute(golden.bars(), args);
            for (int k = 0; k < names.size(); k++) {
                double[] expected = golden.columns().get(names.get(k));
                if (expected != null) {
                    VolatilityVolumeCatalogSupport.assertMatchesGolden(names.get(k), expected, outputs.get(k));
                    matched++;
                }
            }
        }
        // obv, ad_line, adosc_3_10, mfi_14
        assertThat(matched).isEqualTo(4);
    }

    @Test
    void everyOutputSpansTheSeries() {
        BarSeries bars = VolatilityVolumeCatalogSupport.randomBars(9, 120);
        for (IndicatorDefinition d : VolumeDefinitions.all()) {
            List<double[]> outputs = d.compute(bars, defaults(d));
            assertThat(outputs).as(d.name()).hasSameSizeAs(d.outputs());
            for (double[] output : outputs) {
                assertThat(output).as(d.name()).hasSize(bars.size());
            }
        }
        assertThat(BY_NAME.get("adosc").args()).extracting(IndicatorArg::min).containsExactly(2.0, 2.0);
    }

    private static List<String> columns(String name) {
        IndicatorDefinition d = BY_NAME.get(name);
        return columnNames(d, defaults(d));
    }

    private static List<double[]> compute(BarSeries bars, String name, double... args) {
        IndicatorDefinition d = BY_NAME.get(name);
        assertThat(args).as("%s arguments", name).hasSize(d.args().size());
        return d.compute(bars, args);
    }

    private static void assertComputes(List<double[]> actual, double[]... expected) {
        assertThat(actual).hasSize(expected.length);
        for (int k = 0; k < expected.length; k++) {
            assertSameBits("output " + k, expected[k], actual.get(k));
        }
    }
}
