package dev.kairos.analytics.feature;

import static dev.kairos.analytics.feature.Bars.HOUR;
import static dev.kairos.analytics.feature.Bars.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.Timeframe;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A feature whose inputs are missing is NaN and marked missing, never 0. */
class MissingValuesTest {
    private static final Timeframe H1 = Timeframe.ofMillis(HOUR);

    @Test
    void absentSideInputsAreMissingOnEveryBarNeverZero() {
        BarSeries bars = Bars.random(1, 300, HOUR);
        FeatureSchema schema = FeatureSchema.seed();
        FeatureTable table = FeatureTable.compute(schema, SideInputs.none(), bars);
        FeatureStream stream = new FeatureStream(schema, SideInputs.none(), H1);
        for (String name : new String[] {"obImbalance", "premiumPct", "fundingRate", "openInterest", "spreadBps"}) {
            assertThat(table.availableCount(schema.indexOf(name))).as(name).isZero();
            assertThat(java.util.Arrays.stream(table.column(name)).allMatch(Double::isNaN)).as(name).isTrue();
        }
        for (int i = 0; i < bars.size(); i++) {
            FeatureVector v = stream.update(bars, i);
            for (int j = 0; j < schema.size(); j++) {
                assertThat(v.isAvailable(j)).isEqualTo(Double.isFinite(v.value(j)));
                if (!v.isAvailable(j)) {
                    assertThat(v.value(j)).as("%s at bar %d", schema.name(j), i).isNaN();
                }
            }
        }
        assertThat(stream.availableCount()).as("only the three bar features at the last bar").isEqualTo(3);
    }

    @Test
    void warmUpIsMissing() {
        double[][] rows = new double[40][];
        for (int i = 0; i < rows.length; i++) {
            double open = 100 + (i % 5); // never flat: every bar has a range, a body and a volume
            rows[i] = new double[] {open, open + 2, open - 1, open + 1, 1 + i % 3};
        }
        BarSeries bars = Bars.of(T0, HOUR, rows);
        FeatureTable table = FeatureTable.compute(FeatureSchema.seed(), SideInputs.none(), bars);
        // ATR(14) first at bar 14, z-score(20) at bar 19, volatility of 20 returns at bar 20
        assertFirstAvailable(table, "bodyOverAtr", 14);
        assertFirstAvailable(table, "volumeZ", 19);
        assertFirstAvailable(table, "realizedVol", 20);
    }

    @Test
    void aSideInputBeforeItsFirstValueIsMissing() {
        BarSeries bars = Bars.random(3, 5, HOUR);
        // first funding at bar 2's close + 1 ms: bars 0..2 have nothing yet
        TimedSeries funding = TimedSeries.of(new long[] {T0 + 3 * HOUR + 1}, new double[] {0.0001});
        FeatureTable table = FeatureTable.compute(FeatureSchema.of(new FeatureSpec.FundingRate()),
                SideInputs.none().withFundingRate(funding), bars);
        assertThat(table.availability("fundingRate")).containsExactly(false, false, false, true, true);
        assertThat(table.column("fundingRate")[2]).isNaN();
    }

    @Test
    void staleSideInputsAreMissingFromJustPastTheMaximumAge() {
        BarSeries bars = Bars.random(4, 4, HOUR);
        // one imbalance stamped at T0 + 1h (bar 0's close); at later closes it is 1 h, 2 h, 3 h old
        TimedSeries imbalance = TimedSeries.of(new long[] {T0 + HOUR}, new double[] {0.3});
        SideInputs inputs = SideInputs.none().withOrderBookImbalance(imbalance);
        assertThat(FeatureTable.compute(FeatureSchema.of(new FeatureSpec.ObImbalance()), inputs, bars)
                .availability(0)).as("default max age 60 s").containsExactly(true, false, false, false);
        FeatureSchema twoHours = FeatureSchema.of(new FeatureSpec.ObImbalance(MaxAge.of(Duration.ofHours(2))));
        assertThat(FeatureTable.compute(twoHours, inputs, bars).availability(0))
                .as("max age 2 h: a value exactly 2 h old is used").containsExactly(true, true, true, false);
        FeatureSchema twoHoursLess1ms = FeatureSchema.of(new FeatureSpec.ObImbalance(
                MaxAge.of(Duration.ofHours(2).minusMillis(1))));
        assertThat(FeatureTable.compute(twoHoursLess1ms, inputs, bars).availability(0))
                .containsExactly(true, true, false, false);
        FeatureSchema twoBars = FeatureSchema.of(new FeatureSpec.ObImbalance(MaxAge.bars(2)));
        assertThat(FeatureTable.compute(twoBars, inputs, bars).availability(0)).containsExactly(true, true, true,
                false);
        FeatureSchema unlimited = FeatureSchema.of(new FeatureSpec.ObImbalance(MaxAge.unlimited()));
        assertThat(FeatureTable.compute(unlimited, inputs, bars).column(0)).containsExactly(0.3, 0.3, 0.3, 0.3);
    }

    @Test
    void undefinedRatiosAreMissing() {
        // flat bars: every true range 0, so ATR 0 and the body 0: 0 / 0 is undefined, not 0
        double[] flat = {5, 5, 5, 5, 1};
        BarSeries bars = Bars.of(T0, HOUR, flat, flat, flat, flat, flat);
        FeatureTable table = FeatureTable.compute(FeatureSchema.of(new FeatureSpec.BodyOverAtr(2)), SideInputs.none(),
                bars);
        assertThat(table.availability(0)).containsOnly(false);
        // a reference price of 0 gives no premium
        TimedSeries zero = TimedSeries.of(new long[] {T0}, new double[] {0.0});
        FeatureTable premium = FeatureTable.compute(FeatureSchema.of(new FeatureSpec.PremiumPct(MaxAge.unlimited())),
                SideInputs.none().withReferencePrice(zero), bars);
        assertThat(premium.availability(0)).containsOnly(false);
        assertThat(FeatureSpec.ObImbalance.of(0, 0)).isNaN();
    }

    @Test
    void aZeroValueIsAvailableAndDistinctFromMissing() {
        BarSeries bars = Bars.random(5, 2, HOUR);
        TimedSeries zeros = TimedSeries.of(new long[] {T0 + HOUR}, new double[] {0.0});
        FeatureTable table = FeatureTable.compute(FeatureSchema.of(new FeatureSpec.FundingRate()),
                SideInputs.none().withFundingRate(zeros), bars);
        assertThat(table.isAvailable(0, 0)).isTrue();
        assertThat(table.value(0, 0)).isZero();
    }

    @Test
    void streamRefusesBarsOutOfOrderAndNonFiniteInputs() {
        FeatureStream stream = new FeatureStream(FeatureSchema.seed(), SideInputs.none(), H1);
        stream.update(T0, 1, 1, 1, 1, 1);
        assertThatThrownBy(() -> stream.update(T0, 1, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not after");
        assertThatThrownBy(() -> stream.update(T0 + HOUR, 1, Double.NaN, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not finite");
    }

    @Test
    void beforeTheFirstBarEverythingIsMissing() {
        FeatureStream stream = new FeatureStream(FeatureSchema.seed(), SideInputs.none(), H1);
        assertThat(stream.closeTime()).isEqualTo(Long.MIN_VALUE);
        assertThat(stream.availableCount()).isZero();
        assertThat(stream.value("bodyOverAtr")).isNaN();
        assertThatThrownBy(() -> stream.value("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bodyOverAtr");
    }

    private static void assertFirstAvailable(FeatureTable table, String name, int first) {
        boolean[] ok = table.availability(name);
        for (int i = 0; i < first; i++) {
            assertThat(ok[i]).as("%s at bar %d, in warm-up", name, i).isFalse();
            assertThat(table.value(i, name)).isNaN();
        }
        assertThat(ok[first]).as("%s at bar %d", name, first).isTrue();
    }
}
