package dev.kairos.analytics.indicator;

import static dev.kairos.analytics.indicator.IndicatorAssertions.assertBitwiseEqual;
import static dev.kairos.analytics.indicator.IndicatorAssertions.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Keltner and Donchian Channels: hand-computed cases and a brute-force reference. */
class ChannelsTest {
    private static final double NaN = Double.NaN;

    //                                bar:   0    1    2     3    4     5
    private static final double[] HIGH = {10, 11, 12, 11, 9, 12};
    private static final double[] LOW = {8, 9, 10, 7, 8, 11};
    private static final double[] CLOSE = {9, 10, 11.5, 8, 8.5, 11.5};
    // ATR(2), from AtrTest: NaN, NaN, 2, 3.25, 2.125, 2.8125

    @Test
    void keltnerWithAnEmaOfOneIsTheCloseAroundTheAtr() {
        // EMA(1) is the close; ATR(2) decides the lookback (2); bands = close ± 2 × ATR
        double[] upper = {NaN, NaN, 11.5 + 4, 8 + 6.5, 8.5 + 4.25, 11.5 + 5.625};
        double[] middle = {NaN, NaN, 11.5, 8, 8.5, 11.5};
        double[] lower = {NaN, NaN, 11.5 - 4, 8 - 6.5, 8.5 - 4.25, 11.5 - 5.625};
        KeltnerChannels.Batch batch = KeltnerChannels.batch(HIGH, LOW, CLOSE, 1, 2, 2.0);
        assertBitwiseEqual("upper", upper, batch.upper());
        assertBitwiseEqual("middle", middle, batch.middle());
        assertBitwiseEqual("lower", lower, batch.lower());
        KeltnerChannels kc = new KeltnerChannels(1, 2, 2.0);
        assertThat(kc.lookback()).isEqualTo(2);
        double[][] inc = run(kc);
        assertBitwiseEqual("incremental upper", upper, inc[0]);
        assertBitwiseEqual("incremental middle", middle, inc[1]);
        assertBitwiseEqual("incremental lower", lower, inc[2]);
    }

    @Test
    void keltnerWaitsForTheLongerWarmUp() {
        // EMA(4): seed at index 3 = (9 + 10 + 11.5 + 8) / 4 = 9.625, k = 0.4
        // index 4: (8.5 - 9.625) * 0.4 + 9.625 = 9.175; index 5: (11.5 - 9.175) * 0.4 + 9.175 = 10.105
        // ATR(2) at 3, 4, 5: 3.25, 2.125, 2.8125; multiplier 1.5
        double[] upper = {NaN, NaN, NaN, 9.625 + 4.875, 9.175 + 3.1875, 10.105 + 4.21875};
        double[] middle = {NaN, NaN, NaN, 9.625, 9.175, 10.105};
        double[] lower = {NaN, NaN, NaN, 9.625 - 4.875, 9.175 - 3.1875, 10.105 - 4.21875};
        KeltnerChannels.Batch batch = KeltnerChannels.batch(HIGH, LOW, CLOSE, 4, 2, 1.5);
        assertClose("upper", upper, batch.upper(), 1e-12);
        assertClose("middle", middle, batch.middle(), 1e-12);
        assertClose("lower", lower, batch.lower(), 1e-12);
        KeltnerChannels kc = new KeltnerChannels(4, 2, 1.5);
        assertThat(kc.lookback()).isEqualTo(3);
        assertThat(kc.outputCount()).isEqualTo(3);
        double[][] inc = run(kc);
        assertThat(kc.upper()).isEqualTo(inc[0][5]);
        assertThat(kc.middle()).isEqualTo(inc[1][5]);
        assertThat(kc.lower()).isEqualTo(inc[2][5]);
        assertThat(kc.emaPeriod()).isEqualTo(4);
        assertThat(kc.atrPeriod()).isEqualTo(2);
        assertThat(kc.multiplier()).isEqualTo(1.5);
    }

    @Test
    void donchianHandComputed() {
        // period 3: highest of the highs and lowest of the lows of bars i-2..i
        double[] upper = {NaN, NaN, 12, 12, 12, 12};
        double[] lower = {NaN, NaN, 8, 7, 7, 7};
        double[] middle = {NaN, NaN, 10, 9.5, 9.5, 9.5};
        DonchianChannels.Batch batch = DonchianChannels.batch(HIGH, LOW, CLOSE, 3);
        assertBitwiseEqual("upper", upper, batch.upper());
        assertBitwiseEqual("middle", middle, batch.middle());
        assertBitwiseEqual("lower", lower, batch.lower());
        // period 2: the 12 of bar 2 leaves the window at bar 4
        DonchianChannels dc = new DonchianChannels(2);
        double[][] inc = run(dc);
        assertBitwiseEqual("upper(2)", new double[] {NaN, 11, 12, 12, 11, 12}, inc[0]);
        assertBitwiseEqual("lower(2)", new double[] {NaN, 8, 9, 7, 7, 8}, inc[2]);
        // period 1: the bar itself
        DonchianChannels.Batch one = DonchianChannels.batch(HIGH, LOW, CLOSE, 1);
        assertBitwiseEqual("upper(1)", HIGH, one.upper());
        assertBitwiseEqual("lower(1)", LOW, one.lower());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void donchianEqualsTheExtremesOfEachWindow(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int trial = 0; trial < 20; trial++) {
            int n = rnd.nextInt(0, 300);
            int period = rnd.nextInt(1, 50);
            Ohlcv bars = Ohlcv.random(rnd, n);
            // round to a coarse tick so that equal highs and lows (ties) are frequent
            double[] high = tick(bars.high());
            double[] low = tick(bars.low());
            double[] upper = new double[n];
            double[] lower = new double[n];
            double[] middle = new double[n];
            for (int i = 0; i < n; i++) {
                if (i < period - 1) {
                    upper[i] = lower[i] = middle[i] = NaN;
                    continue;
                }
                double hi = Double.NEGATIVE_INFINITY;
                double lo = Double.POSITIVE_INFINITY;
                for (int j = i - period + 1; j <= i; j++) {
                    hi = Math.max(hi, high[j]);
                    lo = Math.min(lo, low[j]);
                }
                upper[i] = hi;
                lower[i] = lo;
                middle[i] = (hi + lo) / 2;
            }
            DonchianChannels.Batch batch = DonchianChannels.batch(high, low, bars.close(), period);
            String ctx = "seed " + seed + " trial " + trial + " period " + period;
            assertBitwiseEqual(ctx + " upper", upper, batch.upper());
            assertBitwiseEqual(ctx + " middle", middle, batch.middle());
            assertBitwiseEqual(ctx + " lower", lower, batch.lower());
            double[][] inc = new Ohlcv(bars.timestamp(), bars.open(), high, low, bars.close(), bars.volume())
                    .run(new DonchianChannels(period));
            assertBitwiseEqual(ctx + " incremental upper", upper, inc[0]);
            assertBitwiseEqual(ctx + " incremental lower", lower, inc[2]);
        }
    }

    private static double[] tick(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.rint(x[i]);
        }
        return y;
    }

    private static double[][] run(Indicator indicator) {
        long[] t = new long[CLOSE.length];
        return new Ohlcv(t, CLOSE, HIGH, LOW, CLOSE, new double[CLOSE.length]).run(indicator);
    }
}
