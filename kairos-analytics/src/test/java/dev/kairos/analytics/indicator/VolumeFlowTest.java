package dev.kairos.analytics.indicator;

import static dev.kairos.analytics.indicator.IndicatorAssertions.assertBitwiseEqual;
import static dev.kairos.analytics.indicator.IndicatorAssertions.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Chaikin money flow, rolling VWAP and session VWAP, which TA-Lib lacks: hand-computed cases, the
 * no-volume conventions, and two-pass references on random series.
 */
class VolumeFlowTest {
    private static final double NaN = Double.NaN;
    private static final long DAY = 86_400_000L;
    private static final long HOUR = 3_600_000L;

    @Test
    void chaikinMoneyFlowHandComputed() {
        // bar 0: multiplier ((9.5-8) - (10-9.5)) / 2 = 0.5, flow 50;  bar 1: (0 - 2) / 2 = -1, flow -200
        // bar 2: 0.5 × 50 = 25;  bar 3: no range, flow 0;  bar 4 and 5: no volume
        double[] high = {10, 11, 12, 11, 12, 12};
        double[] low = {8, 9, 10, 11, 10, 10};
        double[] close = {9.5, 9, 11.5, 11, 11, 11};
        double[] volume = {100, 200, 50, 300, 0, 0};
        // CMF(2): (50 - 200) / 300, (-200 + 25) / 250, (25 + 0) / 350, 0 / 300, no volume: 0
        double[] expected = {NaN, -0.5, -0.7, 25.0 / 350, 0, 0};
        assertClose("batch", expected, ChaikinMoneyFlow.batch(high, low, close, volume, 2), 1e-15);
        double[][] inc = bars(high, low, close, volume).run(new ChaikinMoneyFlow(2));
        assertClose("incremental", expected, inc[0], 1e-15);
        assertThat(inc[0][5]).as("a window without volume").isZero();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void chaikinMoneyFlowEqualsItsDefinitionAndStaysWithinOne(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int trial = 0; trial < 20; trial++) {
            int n = rnd.nextInt(0, 300);
            int period = rnd.nextInt(1, 40);
            Ohlcv b = trial % 2 == 0 ? Ohlcv.random(rnd, n) : Ohlcv.randomWithFlatStretches(rnd, n);
            double[] expected = new double[n];
            for (int i = 0; i < n; i++) {
                if (i < period - 1) {
                    expected[i] = NaN;
                    continue;
                }
                double flow = 0;
                double vol = 0;
                for (int j = i - period + 1; j <= i; j++) {
                    double range = b.high()[j] - b.low()[j];
                    flow += range > 0 ? ((b.close()[j] - b.low()[j]) - (b.high()[j] - b.close()[j])) / range
                            * b.volume()[j] : 0;
                    vol += b.volume()[j];
                }
                expected[i] = vol == 0 ? 0 : flow / vol;
            }
            double[] cmf = ChaikinMoneyFlow.batch(b.high(), b.low(), b.close(), b.volume(), period);
            assertClose("seed " + seed + " trial " + trial + " CMF(" + period + ")", expected, cmf, 1e-9);
            for (int i = period - 1; i < n; i++) {
                assertThat(cmf[i]).as("CMF in [-1, 1]").isBetween(-1.0, 1.0);
            }
        }
    }

    @Test
    void rollingVwapHandComputed() {
        // typical prices 10, 12, 9, 7 with volumes 1, 3, 0, 0
        double[] high = {12, 14, 11, 9};
        double[] low = {8, 10, 8, 6};
        double[] close = {10, 12, 8, 6};
        double[] volume = {1, 3, 0, 0};
        // VWAP(2): (10 + 36) / 4, (36 + 0) / 3, and with no volume in the window the mean (9 + 7) / 2
        double[] expected = {NaN, 11.5, 12, 8};
        assertBitwiseEqual("batch", expected, RollingVwap.batch(high, low, close, volume, 2));
        assertBitwiseEqual("incremental", expected, bars(high, low, close, volume).run(new RollingVwap(2))[0]);
        // VWAP(1) is the typical price
        assertBitwiseEqual("VWAP(1)", new double[] {10, 12, 9, 7}, RollingVwap.batch(high, low, close, volume, 1));
    }

    @Test
    void sessionVwapRestartsAtEachUtcDay() {
        long d = 19_723 * DAY; // 2024-01-01 00:00 UTC
        long[] t = {d - 4 * HOUR, d, d + 4 * HOUR, d + DAY, d + DAY + 4 * HOUR, d + DAY + 8 * HOUR};
        double[] high = {12, 14, 11, 9, 12, 14};
        double[] low = {8, 10, 8, 6, 8, 10};
        double[] close = {10, 12, 8, 6, 10, 12};
        double[] volume = {1, 3, 0, 0, 0, 1};
        // typical prices 10, 12, 9, 7, 10, 12
        // bar 0 (previous day): 10; bar 1 starts a session: 12; bar 2: (36 + 0) / 3 = 12
        // bar 3 starts a session without volume: 7; bar 4: still none, mean (7 + 10) / 2; bar 5: 12 / 1
        double[] expected = {10, 12, 12, 7, 8.5, 12};
        assertBitwiseEqual("batch", expected, SessionVwap.batch(t, high, low, close, volume));
        SessionVwap vwap = new SessionVwap();
        assertBitwiseEqual("incremental", expected,
                new Ohlcv(t, close, high, low, close, volume).run(vwap)[0]);
        assertThat(vwap.sessionBars()).isEqualTo(3);
        assertThat(vwap.lookback()).isZero();
    }

    @Test
    void sessionVwapBeforeTheEpochUsesTheSameUtcDays() {
        // -1 ms is 1969-12-31 23:59:59.999, another day than 0
        long[] t = {-2 * HOUR, -1, 0};
        double[] price = {1, 2, 4};
        double[] volume = {1, 1, 1};
        assertBitwiseEqual("across 1970-01-01", new double[] {1, 1.5, 4},
                SessionVwap.batch(t, price, price, price, volume));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {4, 5, 6})
    void vwapsEqualTheirDefinitions(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int trial = 0; trial < 20; trial++) {
            int n = rnd.nextInt(0, 300);
            int period = rnd.nextInt(1, 40);
            Ohlcv b = trial % 2 == 0 ? Ohlcv.random(rnd, n) : Ohlcv.randomWithFlatStretches(rnd, n);
            double[] rolling = new double[n];
            double[] session = new double[n];
            int sessionStart = 0;
            for (int i = 0; i < n; i++) {
                if (i > 0 && Math.floorDiv(b.timestamp()[i], DAY) != Math.floorDiv(b.timestamp()[i - 1], DAY)) {
                    sessionStart = i;
                }
                rolling[i] = i < period - 1 ? NaN : twoPassVwap(b, i - period + 1, i);
                session[i] = twoPassVwap(b, sessionStart, i);
            }
            String ctx = "seed " + seed + " trial " + trial;
            assertClose(ctx + " VWAP(" + period + ")", rolling,
                    RollingVwap.batch(b.high(), b.low(), b.close(), b.volume(), period), 1e-9);
            assertClose(ctx + " session VWAP", session,
                    SessionVwap.batch(b.timestamp(), b.high(), b.low(), b.close(), b.volume()), 1e-9);
        }
    }

    private static double twoPassVwap(Ohlcv b, int from, int to) {
        double pv = 0;
        double v = 0;
        double tp = 0;
        for (int j = from; j <= to; j++) {
            double typical = (b.high()[j] + b.low()[j] + b.close()[j]) / 3;
            pv += typical * b.volume()[j];
            v += b.volume()[j];
            tp += typical;
        }
        return v == 0 ? tp / (to - from + 1) : pv / v;
    }

    private static Ohlcv bars(double[] high, double[] low, double[] close, double[] volume) {
        return new Ohlcv(new long[close.length], close, high, low, close, volume);
    }
}
