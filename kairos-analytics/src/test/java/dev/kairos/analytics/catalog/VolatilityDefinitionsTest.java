package dev.kairos.analytics.catalog;

import static dev.kairos.analytics.catalog.VolatilityVolumeCatalogSupport.assertSameBits;
import static dev.kairos.analytics.catalog.VolatilityVolumeCatalogSupport.columnNames;
import static dev.kairos.analytics.catalog.VolatilityVolumeCatalogSupport.defaults;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.analytics.indicator.Adx;
import dev.kairos.analytics.indicator.BollingerBands;
import dev.kairos.analytics.indicator.CloseToCloseVolatility;
import dev.kairos.analytics.indicator.DonchianChannels;
import dev.kairos.analytics.indicator.GarmanKlassVolatility;
import dev.kairos.analytics.indicator.HeikinAshi;
import dev.kairos.analytics.indicator.KeltnerChannels;
import dev.kairos.analytics.indicator.Natr;
import dev.kairos.analytics.indicator.ParabolicSar;
import dev.kairos.analytics.indicator.ParkinsonVolatility;
import dev.kairos.analytics.indicator.StdDev;
import dev.kairos.analytics.testsupport.SharedData;
import dev.kairos.model.market.BarSeries;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The volatility entries of the catalogue: names, arguments, column names, and what they compute. */
class VolatilityDefinitionsTest {
    private static final Map<String, IndicatorDefinition> BY_NAME = VolatilityDefinitions.all().stream()
            .collect(Collectors.toMap(IndicatorDefinition::name, d -> d));

    @Test
    void entriesInListingOrderAndInTheBuiltInCatalogue() {
        assertThat(VolatilityDefinitions.all()).extracting(IndicatorDefinition::name).containsExactly("trange", "atr",
                "natr", "bbands", "stddev", "keltner", "donchian", "adx", "sar", "rvol", "parkinson", "garman-klass",
                "heikin-ashi");
        IndicatorCatalog catalog = IndicatorCatalog.builtIn();
        for (IndicatorDefinition d : VolatilityDefinitions.all()) {
            assertThat(catalog.find(d.name())).as(d.name()).hasValueSatisfying(
                    found -> assertThat(found.outputs()).isEqualTo(d.outputs()));
            assertThat(d.description()).as("%s description", d.name()).isNotBlank().contains("TA-Lib");
        }
    }

    @Test
    void defaultColumnNames() {
        assertThat(columns("natr")).containsExactly("natr_14");
        assertThat(columns("bbands")).containsExactly("bb_upper_20_2", "bb_middle_20_2", "bb_lower_20_2",
                "bb_percent_b_20_2", "bb_bandwidth_20_2");
        assertThat(columns("stddev")).containsExactly("stddev_20");
        assertThat(columns("keltner")).containsExactly("kc_upper_20_10_2", "kc_middle_20_10_2", "kc_lower_20_10_2");
        assertThat(columns("donchian")).containsExactly("dc_upper_20", "dc_middle_20", "dc_lower_20");
        assertThat(columns("adx")).containsExactly("adx_14", "plus_di_14", "minus_di_14");
        assertThat(columns("sar")).containsExactly("sar_0.02_0.2");
        assertThat(columns("rvol")).containsExactly("rvol_20_0");
        assertThat(columns("parkinson")).containsExactly("parkinson_20_0");
        assertThat(columns("garman-klass")).containsExactly("garman_klass_20_0");
        assertThat(columns("heikin-ashi")).containsExactly("ha_open", "ha_high", "ha_low", "ha_close");
    }

    @Test
    void computesWhatTheIndicatorsCompute() {
        BarSeries bars = VolatilityVolumeCatalogSupport.randomBars(4, 300);
        double[] o = bars.opens();
        double[] h = bars.highs();
        double[] l = bars.lows();
        double[] c = bars.closes();
        assertComputes(compute(bars, "natr", 7), Natr.batch(h, l, c, 7));
        BollingerBands.Batch bb = BollingerBands.batch(c, 9, 1.5);
        assertComputes(compute(bars, "bbands", 9, 1.5), bb.upper(), bb.middle(), bb.lower(), bb.percentB(),
                bb.bandwidth());
        assertComputes(compute(bars, "stddev", 9), StdDev.batch(c, 9));
        KeltnerChannels.Batch kc = KeltnerChannels.batch(h, l, c, 12, 5, 1.5);
        assertComputes(compute(bars, "keltner", 12, 5, 1.5), kc.upper(), kc.middle(), kc.lower());
        DonchianChannels.Batch dc = DonchianChannels.batch(h, l, c, 9);
        assertComputes(compute(bars, "donchian", 9), dc.upper(), dc.middle(), dc.lower());
        Adx.Batch adx = Adx.batch(h, l, c, 9);
        assertComputes(compute(bars, "adx", 9), adx.adx(), adx.plusDi(), adx.minusDi());
        assertComputes(compute(bars, "sar", 0.03, 0.3), ParabolicSar.batch(h, l, 0.03, 0.3));
        assertComputes(compute(bars, "rvol", 9, 0), CloseToCloseVolatility.batch(c, 9, 1));
        assertComputes(compute(bars, "parkinson", 9, 0), ParkinsonVolatility.batch(h, l, 9, 1));
        assertComputes(compute(bars, "garman-klass", 9, 0), GarmanKlassVolatility.batch(o, h, l, c, 9, 1));
        HeikinAshi.Batch ha = HeikinAshi.batch(o, h, l, c);
        assertComputes(compute(bars, "heikin-ashi"), ha.open(), ha.high(), ha.low(), ha.close());
    }

    @Test
    void annualisingUsesTheBarIntervalAndA365DayYear() {
        BarSeries bars = VolatilityVolumeCatalogSupport.randomBars(5, 200);
        assertThat(bars.intervalMs()).isEqualTo(14_400_000L);
        double perYear = 365 * 6;
        assertThat(VolatilityDefinitions.periodsPerYear(bars, 1)).isEqualTo(perYear);
        assertThat(VolatilityDefinitions.periodsPerYear(bars, 0)).isEqualTo(1);
        assertComputes(compute(bars, "rvol", 20, 1), CloseToCloseVolatility.batch(bars.closes(), 20, perYear));
        assertComputes(compute(bars, "parkinson", 20, 1),
                ParkinsonVolatility.batch(bars.highs(), bars.lows(), 20, perYear));
        assertComputes(compute(bars, "garman-klass", 20, 1), GarmanKlassVolatility.batch(bars.opens(), bars.highs(),
                bars.lows(), bars.closes(), 20, perYear));
    }

    @Test
    void defaultsMatchTalibsGoldenColumnsWhereTheyExist() {
        SharedData.require(VolatilityVolumeCatalogSupport.GOLDEN);
        VolatilityVolumeCatalogSupport.Golden golden = VolatilityVolumeCatalogSupport.Golden.load().orElseThrow();
        int matched = 0;
        for (IndicatorDefinition d : VolatilityDefinitions.all()) {
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
        // trange, atr, natr, bb upper/middle/lower, adx, plus_di, minus_di, sar
        assertThat(matched).isEqualTo(10);
        // stddev's golden column carries a suffix: the catalogue's stddev_20 is TA-Lib's population STDDEV
        VolatilityVolumeCatalogSupport.assertMatchesGolden("stddev_20_population",
                golden.columns().get("stddev_20_population"), compute(golden.bars(), "stddev", 20).get(0));
    }

    @Test
    void everyOutputSpansTheSeries() {
        BarSeries bars = VolatilityVolumeCatalogSupport.randomBars(6, 120);
        for (IndicatorDefinition d : VolatilityDefinitions.all()) {
            List<double[]> outputs = d.compute(bars, defaults(d));
            assertThat(outputs).as(d.name()).hasSameSizeAs(d.outputs());
            for (double[] output : outputs) {
                assertThat(output).as(d.name()).hasSize(bars.size());
            }
        }
    }

    @Test
    void argumentRangesAndCrossChecks() {
        assertThat(BY_NAME.get("adx").args().get(0).min()).as("TA-Lib's ADX needs a period of 2").isEqualTo(2);
        assertThat(BY_NAME.get("bbands").args().get(0).min()).isEqualTo(2);
        assertThat(BY_NAME.get("rvol").args().get(0).min()).isEqualTo(2);
        assertThat(BY_NAME.get("rvol").args().get(1)).isEqualTo(new IndicatorArg("annualise", 0, 0, 1, true));
        BarSeries bars = VolatilityVolumeCatalogSupport.randomBars(7, 50);
        // ranges are checked per argument; the SAR's acceleration must also not exceed its maximum
        assertThatThrownBy(() -> compute(bars, "sar", 0.3, 0.2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("acceleration <= maximum");
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
