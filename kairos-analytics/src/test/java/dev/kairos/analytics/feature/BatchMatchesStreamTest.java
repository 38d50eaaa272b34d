package dev.kairos.analytics.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.kairos.analytics.catalog.IndicatorDefinition;
import dev.kairos.analytics.testsupport.Allocation;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.Timeframe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The batch table and the incremental stream give identical values and availability, bit for bit. */
class BatchMatchesStreamTest {

    @ParameterizedTest(name = "seed {0}, {1} bars of {2} ms")
    @CsvSource({"11, 1500, 3600000", "12, 800, 14400000", "13, 3000, 60000", "14, 30, 300000", "15, 1, 3600000"})
    void everyFeatureAgrees(long seed, int n, long interval) {
        BarSeries bars = Bars.random(seed, n, interval);
        SideInputs inputs = SideInputsFixture.random(seed * 31, bars);
        for (FeatureSchema schema : new FeatureSchema[] {SideInputsFixture.everything(),
                SideInputsFixture.otherMaxAges()}) {
            FeatureTable table = FeatureTable.compute(schema, inputs, bars);
            FeatureStream stream = new FeatureStream(schema, inputs, Timeframe.ofMillis(interval));
            assertAgree(table, stream, bars);
            stream.reset();
            assertAgree(table, stream, bars); // a reset stream starts afresh
        }
    }

    @Test
    void sideInputsAreExercisedBothWays() {
        // the fixture must make each side-input feature both available and stale on some bars
        BarSeries bars = Bars.random(11, 1500, 3_600_000L);
        FeatureTable table = FeatureTable.compute(FeatureSchema.seed(), SideInputsFixture.random(11 * 31, bars), bars);
        for (String name : new String[] {"obImbalance", "premiumPct", "fundingRate", "openInterest", "spreadBps"}) {
            int available = table.availableCount(table.schema().indexOf(name));
            assertThat(available).as(name).isBetween(1, bars.size() - 1);
        }
    }

    @Test
    void everyCatalogueEntryHasAnIncrementalForm() {
        for (IndicatorDefinition d : IncrementalCatalog.BUILT_IN.all()) {
            assertThat(IncrementalCatalog.supports(d.name())).as(d.name()).isTrue();
            double[] defaults = d.args().stream().mapToDouble(a -> a.defaultValue()).toArray();
            assertThat(IncrementalCatalog.create(d.name(), defaults, 3_600_000L).outputCount()).as(d.name())
                    .isEqualTo(d.outputs().size());
        }
    }

    @Test
    void updatingAllocatesNothing() {
        BarSeries bars = Bars.random(21, 2_000, 3_600_000L);
        FeatureSchema schema = SideInputsFixture.everything();
        FeatureStream stream = new FeatureStream(schema, SideInputsFixture.random(22, bars),
                Timeframe.ofMillis(bars.intervalMs()));
        double[] sink = new double[1];
        Runnable run = () -> {
            stream.reset();
            for (int i = 0; i < bars.size(); i++) {
                stream.update(bars.timestamp(i), bars.open(i), bars.high(i), bars.low(i), bars.close(i),
                        bars.volume(i));
                sink[0] += stream.isAvailable(0) ? stream.value(0) : 0.0;
            }
        };
        run.run();
        long bytes = Allocation.bytesAllocatedBy(() -> {
            for (int k = 0; k < 10; k++) {
                run.run();
            }
        });
        assertThat(bytes).as("bytes allocated by 20,000 updates of %d features", schema.size())
                .isLessThan(64 * 1024);
    }

    static void assertAgree(FeatureTable table, FeatureStream stream, BarSeries bars) {
        FeatureSchema schema = table.schema();
        for (int i = 0; i < bars.size(); i++) {
            FeatureVector v = stream.update(bars, i);
            FeatureVector row = table.row(i);
            assertThat(v.closeTime()).isEqualTo(row.closeTime());
            for (int j = 0; j < schema.size(); j++) {
                double a = row.value(j);
                double b = v.value(j);
                if (Double.doubleToRawLongBits(a) != Double.doubleToRawLongBits(b)
                        || row.isAvailable(j) != v.isAvailable(j)) {
                    fail("%s at bar %d: table %s (%s), stream %s (%s)", schema.name(j), i, a,
                            row.isAvailable(j) ? "available" : "missing", b,
                            v.isAvailable(j) ? "available" : "missing");
                }
                if (row.isAvailable(j) == Double.isNaN(a) || !Double.isNaN(a) && !Double.isFinite(a)) {
                    fail("%s at bar %d: availability %s but value %s", schema.name(j), i, row.isAvailable(j), a);
                }
            }
        }
    }
}
