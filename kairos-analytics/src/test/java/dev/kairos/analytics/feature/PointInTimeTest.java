package dev.kairos.analytics.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.Timeframe;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Features are point in time: a bar's features use only bars up to it and side-input values stamped at or
 * before its close. Perturbing anything known later leaves them unchanged.
 */
class PointInTimeTest {
    private static final BarSeries BARS = Bars.random(41, 400, Bars.HOUR);
    private static final SideInputs INPUTS = SideInputsFixture.random(42, BARS);
    private static final FeatureSchema SCHEMA = SideInputsFixture.everything();

    @ParameterizedTest(name = "cut after bar {0}")
    @ValueSource(ints = {0, 1, 17, 63, 200, 398})
    void sideInputsStampedAfterACloseDoNotChangeThatBarOrEarlierOnes(int k) {
        long cutoff = BARS.closeTime(k);
        SplittableRandom rnd = new SplittableRandom(k);
        SideInputs perturbed = new SideInputs(perturbAfter(INPUTS.orderBookImbalance(), cutoff, rnd),
                perturbAfter(INPUTS.referencePrice(), cutoff, rnd), perturbAfter(INPUTS.fundingRate(), cutoff, rnd),
                perturbAfter(INPUTS.openInterest(), cutoff, rnd), perturbAfter(INPUTS.spreadBps(), cutoff, rnd));
        FeatureTable before = FeatureTable.compute(SCHEMA, INPUTS, BARS);
        FeatureTable after = FeatureTable.compute(SCHEMA, perturbed, BARS);
        assertSameRows(before, after, k + 1);
        // the stream fed the same bars with the perturbed inputs agrees up to bar k as well
        FeatureStream stream = new FeatureStream(SCHEMA, perturbed, Timeframe.ofMillis(BARS.intervalMs()));
        for (int i = 0; i <= k; i++) {
            FeatureVector v = stream.update(BARS, i);
            for (int j = 0; j < SCHEMA.size(); j++) {
                assertThat(Double.doubleToRawLongBits(v.value(j))).as("%s at bar %d", SCHEMA.name(j), i)
                        .isEqualTo(Double.doubleToRawLongBits(before.value(i, j)));
            }
        }
        // and the perturbation is real: some later bar does change
        if (k < BARS.size() - 2) {
            assertThat(differs(before, after, k + 1)).as("a later bar changed").isTrue();
        }
    }

    @Test
    void aValueStampedExactlyAtTheCloseIsUsedAndOneMillisecondLaterIsNot() {
        int k = 100;
        long close = BARS.closeTime(k);
        for (FeatureSpec.AsOfFeature f : List.of(new FeatureSpec.ObImbalance(), new FeatureSpec.PremiumPct(),
                new FeatureSpec.FundingRate(), new FeatureSpec.OpenInterest(), new FeatureSpec.SpreadBps())) {
            FeatureSchema schema = FeatureSchema.of(f);
            double atClose = f.valueAt(BARS.close(k), 5.0);
            SideInputs at = inputsWith(f, TimedSeries.of(new long[] {close - 1, close, close + 1},
                    new double[] {4.0, 5.0, 6.0}));
            FeatureTable table = FeatureTable.compute(schema, at, BARS);
            assertThat(table.value(k, 0)).as("%s reads the value stamped at the close", f.name()).isEqualTo(atClose);
            FeatureStream stream = new FeatureStream(schema, at, Timeframe.ofMillis(BARS.intervalMs()));
            for (int i = 0; i <= k; i++) {
                stream.update(BARS, i);
            }
            assertThat(stream.value(0)).isEqualTo(atClose);
        }
    }

    @Test
    void laterBarsDoNotChangeEarlierRows() {
        FeatureTable full = FeatureTable.compute(SCHEMA, INPUTS, BARS);
        for (int k : new int[] {1, 15, 40, 250}) {
            BarSeries prefix = BARS.slice(BARS.timestamp(0), BARS.timestamp(k) + 1);
            assertThat(prefix.size()).isEqualTo(k + 1);
            assertThat(prefix.intervalMs()).isEqualTo(BARS.intervalMs());
            assertSameRows(full, FeatureTable.compute(SCHEMA, INPUTS, prefix), k + 1);
        }
    }

    private static SideInputs inputsWith(FeatureSpec.AsOfFeature f, TimedSeries series) {
        SideInputs none = SideInputs.none();
        return switch (f) {
            case FeatureSpec.ObImbalance o -> none.withOrderBookImbalance(series);
            case FeatureSpec.PremiumPct p -> none.withReferencePrice(series);
            case FeatureSpec.FundingRate r -> none.withFundingRate(series);
            case FeatureSpec.OpenInterest o -> none.withOpenInterest(series);
            case FeatureSpec.SpreadBps s -> none.withSpreadBps(series);
        };
    }

    /**
     * The series with every value stamped after {@code cutoff} replaced, and new points inserted 1 ms after
     * the cutoff and at random later times.
     */
    private static TimedSeries perturbAfter(TimedSeries s, long cutoff, SplittableRandom rnd) {
        List<double[]> points = new ArrayList<>(); // {time, value}; times below 2^53 are exact as doubles
        for (int i = 0; i < s.size(); i++) {
            double v = s.time(i) > cutoff ? s.value(i) * 3 + 1 + rnd.nextDouble() : s.value(i);
            points.add(new double[] {s.time(i), v});
        }
        points.add(new double[] {cutoff + 1, 123.0});
        for (int k = 0; k < 50; k++) {
            points.add(new double[] {cutoff + 1 + rnd.nextLong(0, 400L * Bars.HOUR), rnd.nextGaussian() * 100});
        }
        points.sort(Comparator.comparingDouble(p -> p[0]));
        long[] t = new long[points.size()];
        double[] v = new double[points.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = (long) points.get(i)[0];
            v[i] = points.get(i)[1];
        }
        return TimedSeries.of(t, v);
    }

    private static void assertSameRows(FeatureTable a, FeatureTable b, int rows) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < a.schema().size(); j++) {
                if (Double.doubleToRawLongBits(a.value(i, j)) != Double.doubleToRawLongBits(b.value(i, j))
                        || a.isAvailable(i, j) != b.isAvailable(i, j)) {
                    fail("%s at bar %d changed: %s -> %s", a.schema().name(j), i, a.value(i, j), b.value(i, j));
                }
            }
        }
    }

    private static boolean differs(FeatureTable a, FeatureTable b, int fromRow) {
        for (int i = fromRow; i < a.rows(); i++) {
            for (int j = 0; j < a.schema().size(); j++) {
                if (Double.doubleToRawLongBits(a.value(i, j)) != Double.doubleToRawLongBits(b.value(i, j))) {
                    return true;
                }
            }
        }
        return false;
    }
}
