package dev.kairos.analytics.feature;

import static dev.kairos.analytics.feature.Bars.HOUR;
import static dev.kairos.analytics.feature.Bars.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.Timeframe;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Every seed feature on hand-built 1h bars, with the arithmetic in the comments. Bar i opens at
 * T0 + i h and closes (its decision time) at T0 + (i + 1) h. Each case checks the batch table and the
 * incremental stream.
 */
class SeedFeaturesTest {
    private static final double EPS = 1e-12;

    /** open, high, low, close, volume. */
    private static final BarSeries BARS = Bars.of(T0, HOUR,
            new double[] {10.0, 11.0, 9.0, 10.5, 10},
            new double[] {10.5, 12.0, 10.0, 11.5, 20},
            new double[] {11.5, 12.0, 11.0, 11.0, 30},
            new double[] {11.0, 11.5, 10.0, 10.2, 60},
            new double[] {10.2, 11.0, 10.0, 10.8, 60});

    private static long close(int i) {
        return T0 + (i + 1) * HOUR;
    }

    @Test
    void bodyOverAtrIsTheSignedBodyInAtrs() {
        // true ranges (TA-Lib: none for bar 0):
        //   TR1 = max(12 - 10, |12 - 10.5|, |10 - 10.5|) = 2
        //   TR2 = max(12 - 11, |12 - 11.5|, |11 - 11.5|) = 1
        //   TR3 = max(11.5 - 10, |11.5 - 11|, |10 - 11|) = 1.5
        //   TR4 = max(11 - 10, |11 - 10.2|, |10 - 10.2|) = 1
        // ATR(3) at bar 3 = (2 + 1 + 1.5) / 3 = 1.5; at bar 4 = (1.5 * 2 + 1) / 3 = 4/3
        // bar 3: (10.2 - 11) / 1.5 = -0.5333..; bar 4: (10.8 - 10.2) / (4/3) = 0.45
        double[] expected = {Double.NaN, Double.NaN, Double.NaN, -0.8 / 1.5, 0.6 / (4.0 / 3)};
        FeatureSchema schema = FeatureSchema.of(new FeatureSpec.BodyOverAtr(3));
        assertColumn(schema, SideInputs.none(), "bodyOverAtr_3", expected);
    }

    @Test
    void volumeZIsThePopulationZScoreOfTheVolume() {
        // window 4 at bar 3: {10, 20, 30, 60}, mean 30, population variance (400 + 100 + 0 + 900) / 4 = 350
        //   -> z = (60 - 30) / sqrt(350) = 1.6036
        // bar 4: {20, 30, 60, 60}, mean 42.5, variance (506.25 + 156.25 + 306.25 + 306.25) / 4 = 318.75
        //   -> z = (60 - 42.5) / sqrt(318.75) = 0.9802
        double[] expected = {Double.NaN, Double.NaN, Double.NaN, 30 / Math.sqrt(350), 17.5 / Math.sqrt(318.75)};
        assertColumn(FeatureSchema.of(new FeatureSpec.VolumeZ(4)), SideInputs.none(), "volumeZ_4", expected);
    }

    @Test
    void realizedVolIsTheSampleStdevOfLogReturns() {
        // returns r1 = ln(11.5/10.5), r2 = ln(11/11.5), r3 = ln(10.2/11), r4 = ln(10.8/10.2)
        // two returns a, b: mean (a + b) / 2, sample variance ((a - b)/2)^2 * 2 / 1 = (a - b)^2 / 2
        //   -> stdev |a - b| / sqrt(2)
        double r1 = Math.log(11.5 / 10.5);
        double r2 = Math.log(11 / 11.5);
        double r3 = Math.log(10.2 / 11);
        double r4 = Math.log(10.8 / 10.2);
        double[] expected = {Double.NaN, Double.NaN, Math.abs(r1 - r2) / Math.sqrt(2), Math.abs(r2 - r3) / Math.sqrt(2),
                Math.abs(r3 - r4) / Math.sqrt(2)};
        assertColumn(FeatureSchema.of(new FeatureSpec.RealizedVol(2)), SideInputs.none(), "realizedVol_2", expected);
    }

    @Test
    void premiumPctIsThePerpCloseOverTheReferenceAsOfTheClose() {
        // reference (spot) closes stamped at the perp bars' close times, except bar 2's, which is missing:
        //   bar 0: (10.5 - 10.4) / 10.4 * 100 = 0.961538..%
        //   bar 1: (11.5 - 11.6) / 11.6 * 100 = -0.862068..%
        //   bar 2: reference as of the close is bar 1's 11.6, one bar (1 h) old: the default max age
        //          (1 bar) allows it: (11 - 11.6) / 11.6 * 100 = -5.172413..%
        //   bar 3: a reference stamped 1 ms after the close is not used; the last known is 11.6 from
        //          close(1), 2 h old: missing
        //   bar 4: (10.8 - 10.0) / 10.0 * 100 = 8%
        TimedSeries reference = TimedSeries.of(new long[] {close(0), close(1), close(3) + 1, close(4)},
                new double[] {10.4, 11.6, 10.1, 10.0});
        double[] expected = {0.1 / 10.4 * 100, -0.1 / 11.6 * 100, -0.6 / 11.6 * 100, Double.NaN, 0.8 / 10.0 * 100};
        assertColumn(FeatureSchema.of(new FeatureSpec.PremiumPct()), SideInputs.none().withReferencePrice(reference),
                "premiumPct", expected);
    }

    @Test
    void fundingRateIsTheLastRateWhoseFundingTimeIsAtOrBeforeTheClose() {
        // 0.0001 at T0 (before bar 0's close T0 + 1h); -0.0002 at T0 + 2h + 17 ms (after bar 1's close at
        // T0 + 2h: Binance's millisecond jitter), so bar 1 still sees 0.0001 and bar 2 sees -0.0002
        TimedSeries funding = TimedSeries.of(new long[] {T0, T0 + 2 * HOUR + 17}, new double[] {0.0001, -0.0002});
        double[] expected = {0.0001, 0.0001, -0.0002, -0.0002, -0.0002};
        assertColumn(FeatureSchema.of(new FeatureSpec.FundingRate()), SideInputs.none().withFundingRate(funding),
                "fundingRate", expected);
    }

    @Test
    void openInterestIsTheValueAsOfTheClose() {
        // published every 10 minutes from T0 + 50 min: 1000, 1010, ..., the last at or before each close is at the
        // close itself (T0 + 60 min, ...); default max age 15 min
        int n = 30;
        long[] t = new long[n];
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = T0 + (50 + 10L * k) * 60_000L;
            v[k] = 1000 + 10 * k;
        }
        // close(i) = T0 + 60(i + 1) min -> k = (60(i + 1) - 50) / 10 = 6i + 1 -> 1010 + 60 i
        double[] expected = {1010, 1070, 1130, 1190, 1250};
        assertColumn(FeatureSchema.of(new FeatureSpec.OpenInterest()),
                SideInputs.none().withOpenInterest(TimedSeries.of(t, v)), "openInterest", expected);
    }

    @Test
    void spreadBpsAndObImbalanceAreTheQuotesAsOfTheClose() {
        // quotes at close(i) - 30 s; bid 99.99 / ask 100.01: (100.01 - 99.99) / 100 * 10^4 = 2 bps;
        // sizes 30 bid / 10 ask: (30 - 10) / (30 + 10) = 0.5. Bar 4's quote is 90 s old: missing (max 60 s).
        long[] t = {close(0) - 30_000, close(1) - 30_000, close(2) - 30_000, close(3) - 30_000, close(4) - 90_000};
        double spread = FeatureSpec.SpreadBps.of(99.99, 100.01);
        assertThat(spread).isCloseTo(2.0, within(1e-9));
        double imbalance = FeatureSpec.ObImbalance.of(30, 10);
        assertThat(imbalance).isEqualTo(0.5);
        SideInputs inputs = SideInputs.none()
                .withSpreadBps(TimedSeries.of(t, new double[] {spread, 1, 2, 3, 4}))
                .withOrderBookImbalance(TimedSeries.of(t, new double[] {imbalance, -0.25, 0, 1, -1}));
        assertColumn(FeatureSchema.of(new FeatureSpec.SpreadBps()), inputs, "spreadBps",
                new double[] {spread, 1, 2, 3, Double.NaN});
        assertColumn(FeatureSchema.of(new FeatureSpec.ObImbalance()), inputs, "obImbalance",
                new double[] {0.5, -0.25, 0, 1, Double.NaN});
    }

    @Test
    void catalogueIndicatorsAreFeaturesByColumnName() {
        // mom_2 = close - close 2 bars ago: bar 2: 11 - 10.5 = 0.5; bar 3: 10.2 - 11.5 = -1.3; bar 4: 10.8 - 11 = -0.2
        // sma_3 of the close: bar 2: (10.5 + 11.5 + 11) / 3 = 11; bar 3: (11.5 + 11 + 10.2) / 3 = 10.9
        FeatureSchema schema = FeatureSchema.parse(java.util.List.of("mom_2", "sma_3"));
        assertColumn(schema, SideInputs.none(), "mom_2", new double[] {Double.NaN, Double.NaN, 0.5, 10.2 - 11.5,
                10.8 - 11});
        assertColumn(schema, SideInputs.none(), "sma_3", new double[] {Double.NaN, Double.NaN, 11, 32.7 / 3, 32.0 / 3});
    }

    @Test
    void defaultWindowsAndMaximumAges() {
        assertThat(new FeatureSpec.BodyOverAtr().period()).isEqualTo(14);
        assertThat(new FeatureSpec.VolumeZ().period()).isEqualTo(20);
        assertThat(new FeatureSpec.RealizedVol().period()).isEqualTo(20);
        assertThat(new FeatureSpec.ObImbalance().maxAge()).isEqualTo(MaxAge.of(Duration.ofSeconds(60)));
        assertThat(new FeatureSpec.SpreadBps().maxAge()).isEqualTo(MaxAge.of(Duration.ofSeconds(60)));
        assertThat(new FeatureSpec.PremiumPct().maxAge()).isEqualTo(MaxAge.bars(1));
        assertThat(new FeatureSpec.FundingRate().maxAge()).isEqualTo(MaxAge.of(Duration.ofHours(9)));
        assertThat(new FeatureSpec.OpenInterest().maxAge()).isEqualTo(MaxAge.of(Duration.ofMinutes(15)));
        assertThat(FeatureSchema.seed().names()).containsExactly("bodyOverAtr", "volumeZ", "obImbalance",
                "premiumPct", "fundingRate", "openInterest", "realizedVol", "spreadBps");
    }

    /** The feature's column in the table, and bar by bar in the stream, against the expected values. */
    private static void assertColumn(FeatureSchema schema, SideInputs inputs, String name, double[] expected) {
        FeatureTable table = FeatureTable.compute(schema, inputs, BARS);
        FeatureStream stream = new FeatureStream(schema, inputs, Timeframe.ofMillis(HOUR));
        int j = schema.indexOf(name);
        for (int i = 0; i < BARS.size(); i++) {
            FeatureVector v = stream.update(BARS, i);
            assertThat(v.closeTime()).isEqualTo(close(i)).isEqualTo(table.closeTime(i));
            if (Double.isNaN(expected[i])) {
                assertThat(table.isAvailable(i, j)).as("%s at bar %d available in the table", name, i).isFalse();
                assertThat(table.value(i, j)).as("%s at bar %d", name, i).isNaN();
                assertThat(v.isAvailable(name)).as("%s at bar %d available in the stream", name, i).isFalse();
                assertThat(v.value(name)).as("%s at bar %d", name, i).isNaN();
            } else {
                assertThat(table.isAvailable(i, j)).as("%s at bar %d available in the table", name, i).isTrue();
                assertThat(table.value(i, j)).as("%s at bar %d", name, i).isCloseTo(expected[i], within(EPS));
                assertThat(v.isAvailable(name)).as("%s at bar %d available in the stream", name, i).isTrue();
                assertThat(v.value(name)).as("%s at bar %d", name, i).isEqualTo(table.value(i, j));
            }
        }
    }
}
