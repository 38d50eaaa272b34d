package dev.kairos.analytics.indicator;

import static dev.kairos.analytics.indicator.IndicatorAssertions.assertBitwiseEqual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed cases of the TA-Lib indicators of this family (SAR's start rule, Bollinger %B and
 * bandwidth, flat and volume-less windows, where this package documents its own value) and argument
 * validation for every indicator of the family.
 */
class VolatilityVolumeEdgeCasesTest {
    private static final double NaN = Double.NaN;

    @Test
    void sarStartsLongOnATieAndWithoutMinusDm() {
        // bar 1: up move 1, down move -1, no -DM: long, SAR = low[0] = 8, extreme point = high[1] = 11
        double[] high = {10, 11, 12, 11, 11.5};
        double[] low = {8, 9, 10, 8, 9};
        // 1: output 8; SAR += 0.02 × (11 - 8) = 8.06
        // 2: new high 12: af 0.04, output 8.06, SAR = 8.06 + 0.04 × (12 - 8.06) = 8.2176
        // 3: low 8 ≤ 8.2176: reverse to short at the extreme point 12; SAR = 12 + 0.02 × (8 - 12) = 11.92,
        //    raised to the range of bars 2 and 3 (12)
        // 4: high 11.5 < 12: output 12
        double[] expected = {NaN, 8, 8.06, 12, 12};
        double[] batch = ParabolicSar.batch(high, low, 0.02, 0.2);
        IndicatorAssertions.assertClose("batch", expected, batch, 1e-12);
        ParabolicSar sar = new ParabolicSar(0.02, 0.2);
        double[] inc = TalibGoldenTest.incremental(sar, high, low, low);
        assertBitwiseEqual("incremental", batch, inc);
        assertThat(sar.isLong()).isFalse();

        // a tie of up and down moves (1 and 1) starts long too
        assertThat(ParabolicSar.batch(new double[] {10, 11}, new double[] {8, 7}, 0.02, 0.2)[1])
                .as("long, then penetrated by bar 1's own low: reversed at the extreme point 11").isEqualTo(11);
    }

    @Test
    void sarStartsShortOnMinusDm() {
        // bar 1: up move -0.5, down move 1: -DM, short; SAR = high[0] = 10, extreme point = low[1] = 7
        ParabolicSar sar = new ParabolicSar(0.02, 0.2);
        assertThat(sar.update(10, 8, 9)).isNaN();
        assertThat(sar.isReady()).isFalse();
        assertThat(sar.update(9.5, 7, 8)).isEqualTo(10);
        assertThat(sar.isLong()).isFalse();
        assertThat(sar.isReady()).isTrue();
        sar.reset();
        assertThat(sar.isReady()).isFalse();
        assertThat(sar.value()).isNaN();
    }

    @Test
    void bollingerPercentBAndBandwidthHandComputed() {
        // window 1..5: mean 3, population variance 2
        double[] values = {1, 2, 3, 4, 5};
        BollingerBands.Batch b = BollingerBands.batch(values, 5, 1.0);
        double sd = Math.sqrt(2);
        assertThat(b.middle()[4]).isEqualTo(3);
        assertThat(b.upper()[4]).isCloseTo(3 + sd, within(1e-12));
        assertThat(b.lower()[4]).isCloseTo(3 - sd, within(1e-12));
        assertThat(b.percentB()[4]).as("(5 - lower) / (upper - lower)").isCloseTo((2 + sd) / (2 * sd), within(1e-12));
        assertThat(b.bandwidth()[4]).as("(upper - lower) / middle × 100").isCloseTo(2 * sd / 3 * 100, within(1e-12));
        assertThat(StdDev.batch(values, 5)[4]).isCloseTo(sd, within(1e-12));
        BollingerBands bb = new BollingerBands(5, 1.0);
        for (double v : values) {
            bb.update(v);
        }
        assertThat(bb.outputCount()).isEqualTo(5);
        assertThat(new double[] {bb.upper(), bb.middle(), bb.lower(), bb.percentB(), bb.bandwidth()})
                .containsExactly(b.upper()[4], b.middle()[4], b.lower()[4], b.percentB()[4], b.bandwidth()[4]);
        assertThat(bb.value()).isEqualTo(bb.upper());
    }

    @Test
    void flatWindowHasZeroDeviationAndCollapsedBands() {
        // volatile BTC-like prices, then 20 equal closes: the running sums' residue must not show
        Ohlcv bars = Ohlcv.random(new SplittableRandom(1), 50, 42_000);
        double[] close = Arrays.copyOf(bars.close(), 80);
        Arrays.fill(close, 50, 80, 42_123.45);
        double[] sd = StdDev.batch(close, 20);
        BollingerBands.Batch b = BollingerBands.batch(close, 20, 2);
        assertThat(sd[68]).isPositive();
        for (int i = 69; i < 80; i++) {
            assertThat(sd[i]).as("stddev at %d", i).isZero();
            assertThat(b.upper()[i]).isEqualTo(b.middle()[i]).isEqualTo(b.lower()[i]);
            assertThat(b.percentB()[i]).as("%%B of collapsed bands").isEqualTo(0.5);
            assertThat(b.bandwidth()[i]).isZero();
        }
        StdDev incremental = new StdDev(20);
        for (double c : close) {
            incremental.update(c);
        }
        assertThat(incremental.value()).isZero();
        assertThat(incremental.mean()).isEqualTo(Sma.batch(close, 20)[79]);
    }

    @Test
    void mfiOfAWindowWithoutMoneyFlowIsZero() {
        // after moving bars, typical prices stop changing: no positive and no negative flow
        Ohlcv bars = Ohlcv.random(new SplittableRandom(2), 40);
        int n = 70;
        double[] high = Arrays.copyOf(bars.high(), n);
        double[] low = Arrays.copyOf(bars.low(), n);
        double[] close = Arrays.copyOf(bars.close(), n);
        double[] volume = Arrays.copyOf(bars.volume(), n);
        for (int i = 40; i < n; i++) {
            high[i] = 101;
            low[i] = 99;
            close[i] = 100;
            volume[i] = 1_000;
        }
        double[] mfi = Mfi.batch(high, low, close, volume, 14);
        for (int i = 55; i < n; i++) {
            assertThat(mfi[i]).as("MFI at %d", i).isZero();
        }
        // only rises: 100
        double[] rising = new double[20];
        Arrays.setAll(rising, i -> 100 + i);
        double[] ones = new double[20];
        Arrays.fill(ones, 1);
        assertThat(Mfi.batch(rising, rising, rising, ones, 5)[19]).isEqualTo(100);
    }

    @Test
    void adxOfFlatBarsIsZero() {
        double[] flat = new double[40];
        Arrays.fill(flat, 100);
        Adx.Batch adx = Adx.batch(flat, flat, flat, 5);
        for (int i = 5; i < 40; i++) {
            assertThat(adx.plusDi()[i]).isZero();
            assertThat(adx.minusDi()[i]).isZero();
        }
        for (int i = 9; i < 40; i++) {
            assertThat(adx.adx()[i]).isZero();
        }
        assertThat(adx.adx()[8]).isNaN();
        assertThat(adx.plusDi()[4]).isNaN();
    }

    @Test
    void obvAndAdHandComputed() {
        double[] high = {11, 12, 12, 13};
        double[] low = {9, 10, 10, 11};
        double[] close = {10, 11.5, 11.5, 11};
        double[] volume = {100, 200, 300, 400};
        // OBV: first volume, up +200, unchanged, down -400
        assertBitwiseEqual("OBV", new double[] {100, 300, 300, -100}, Obv.batch(close, volume));
        // A/D with the last close at 11.5: multipliers ((C - L) - (H - C)) / (H - L) = 0, 0.5, 0.5, -0.5
        double[] adClose = {10, 11.5, 11.5, 11.5};
        assertBitwiseEqual("AD", new double[] {0, 100, 250, 50},
                AccumulationDistribution.batch(high, low, adClose, volume));
    }

    @Test
    void rejectsBadArguments() {
        assertRejected(() -> new Natr(0), "NATR period must be >= 1, got 0");
        assertRejected(() -> new StdDev(1), "STDDEV period must be >= 2, got 1");
        assertRejected(() -> StdDev.batch(new double[3], 1), "STDDEV period must be >= 2, got 1");
        assertRejected(() -> new BollingerBands(1, 2), "Bollinger period must be >= 2, got 1");
        assertRejected(() -> new BollingerBands(20, 0), "Bollinger deviations must be positive and finite, got 0.0");
        assertRejected(() -> BollingerBands.batch(new double[3], 20, Double.NaN),
                "Bollinger deviations must be positive and finite, got NaN");
        assertRejected(() -> new KeltnerChannels(0, 10, 2), "Keltner periods must be >= 1, got EMA 0 and ATR 10");
        assertRejected(() -> new KeltnerChannels(20, 10, -1), "Keltner multiplier must be positive and finite, got -1.0");
        assertRejected(() -> new DonchianChannels(0), "Donchian period must be >= 1, got 0");
        assertRejected(() -> new Adx(1), "ADX period must be >= 2, got 1");
        assertRejected(() -> new ParabolicSar(0.3, 0.2),
                "SAR needs 0 < acceleration <= maximum, both finite, got 0.3 and 0.2");
        assertRejected(() -> new ParabolicSar(0, 0.2), "SAR needs 0 < acceleration <= maximum, both finite, got 0.0 and 0.2");
        assertRejected(() -> new ChaikinOscillator(1, 10), "ADOSC periods must be >= 2, got 1 and 10");
        assertRejected(() -> new Mfi(0), "MFI period must be >= 1, got 0");
        assertRejected(() -> new ChaikinMoneyFlow(0), "CMF period must be >= 1, got 0");
        assertRejected(() -> new RollingVwap(0), "VWAP period must be >= 1, got 0");
        assertRejected(() -> new CloseToCloseVolatility(1), "close-to-close volatility period must be >= 2, got 1");
        assertRejected(() -> new CloseToCloseVolatility(20, 0), "periods per year must be positive and finite, got 0.0");
        assertRejected(() -> new ParkinsonVolatility(0), "Parkinson volatility period must be >= 1, got 0");
        assertRejected(() -> new GarmanKlassVolatility(20, Double.POSITIVE_INFINITY),
                "periods per year must be positive and finite, got Infinity");

        double[] three = new double[3];
        double[] two = new double[2];
        assertRejected(() -> Natr.batch(three, two, three, 14), "high, low and close must have the same length, got 3, 2 and 3");
        assertRejected(() -> Adx.batch(three, three, two, 14), "high, low and close must have the same length, got 3, 3 and 2");
        assertRejected(() -> KeltnerChannels.batch(two, three, three, 20, 10, 2),
                "high, low and close must have the same length, got 2, 3 and 3");
        assertRejected(() -> DonchianChannels.batch(three, two, three, 5),
                "high, low and close must have the same length, got 3, 2 and 3");
        assertRejected(() -> ParabolicSar.batch(three, two, 0.02, 0.2), "high and low must have the same length, got 3 and 2");
        assertRejected(() -> Obv.batch(three, two), "close and volume must have the same length, got 3 and 2");
        assertRejected(() -> AccumulationDistribution.batch(three, three, three, two),
                "high, low, close and volume must have the same length, got 3, 3, 3 and 2");
        assertRejected(() -> ChaikinOscillator.batch(three, three, three, two, 3, 10),
                "high, low, close and volume must have the same length, got 3, 3, 3 and 2");
        assertRejected(() -> Mfi.batch(two, three, three, three, 14),
                "high, low, close and volume must have the same length, got 2, 3, 3 and 3");
        assertRejected(() -> ChaikinMoneyFlow.batch(three, two, three, three, 20),
                "high, low, close and volume must have the same length, got 3, 2, 3 and 3");
        assertRejected(() -> RollingVwap.batch(three, three, two, three, 14),
                "high, low, close and volume must have the same length, got 3, 3, 2 and 3");
        assertRejected(() -> SessionVwap.batch(new long[2], three, three, three, three),
                "timestamp and the price columns must have the same length, got 2 and 3");
        assertRejected(() -> ParkinsonVolatility.batch(three, two, 5, 1), "high and low must have the same length, got 3 and 2");
        assertRejected(() -> GarmanKlassVolatility.batch(three, three, three, two, 5, 1),
                "open, high, low and close must have the same length, got 3, 3, 3 and 2");
    }

    private static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }
}
