package dev.kairos.analytics.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property test with TA-Lib 0.4.0's Java build as a live oracle: on seeded random OHLCV series with random
 * arguments, every indicator of this family that TA-Lib has (NATR, STDDEV, BBANDS, ADX, PLUS_DI, MINUS_DI,
 * SAR, OBV, AD, ADOSC, MFI) agrees with TA-Lib to 1e-9 relative error from TA-Lib's first output on, is NaN
 * exactly before it, and has TA-Lib's lookback. Indicators TA-Lib lacks are checked against TA-Lib
 * functions they are made of: Donchian against MAX, MIN and MIDPRICE, Keltner against EMA and ATR,
 * the Heikin-Ashi close against AVGPRICE, close-to-close volatility against STDDEV of LN(ROCR).
 *
 * <p>The random prices stay near 100 so that TA-Lib's absolute zero thresholds (1e-8; 1 for MFI's money
 * flow), where this package deliberately deviates, are never reached; {@link #deviationsFromTalibAtTinyPrices}
 * shows what happens when they are.
 */
class VolatilityVolumeTalibOracleTest {
    private static final double RELATIVE_TOLERANCE = 1e-9;
    /** Largest TA-Lib MFI accepted as a rounding residue where ours is exactly 0, in points. */
    private static final double MFI_RESIDUE = 1e-9;

    private final Core talib = new Core();

    /** One TA-Lib call over the whole input, writing from index 0 of {@code out}. */
    @FunctionalInterface
    private interface TalibCall {
        RetCode call(int startIdx, int endIdx, MInteger outBegIdx, MInteger outNbElement, double[] out);
    }

    /** TA-Lib's output aligned with the input: NaN before {@code outBegIdx}. */
    private static double[] talib(int n, TalibCall call) {
        double[] raw = new double[n];
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        if (n == 0) {
            return out;
        }
        MInteger begin = new MInteger();
        MInteger count = new MInteger();
        RetCode code = call.call(0, n - 1, begin, count, raw);
        assertThat(code).as("TA-Lib return code").isEqualTo(RetCode.Success);
        System.arraycopy(raw, 0, out, begin.value, count.value);
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void agreesWithTalib(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int trial = 0; trial < 15; trial++) {
            int n = rnd.nextInt(0, 500);
            int period = rnd.nextInt(2, 50);
            Ohlcv b = Ohlcv.random(rnd, n);
            double[] h = b.high();
            double[] l = b.low();
            double[] c = b.close();
            double[] v = b.volume();
            String ctx = "seed " + seed + ", trial " + trial + ", n " + n + ", period " + period + ": ";

            assertAgrees(ctx + "NATR", talib(n, (s, e, bi, nb, o) -> talib.natr(s, e, h, l, c, period, bi, nb, o)),
                    Natr.batch(h, l, c, period), b.run(new Natr(period))[0]);
            assertThat(new Natr(period).lookback()).isEqualTo(talib.natrLookback(period));

            assertAgrees(ctx + "STDDEV", talib(n, (s, e, bi, nb, o) -> talib.stdDev(s, e, c, period, 1.0, bi, nb, o)),
                    StdDev.batch(c, period), b.run(new StdDev(period))[0]);
            assertThat(new StdDev(period).lookback()).isEqualTo(talib.stdDevLookback(period, 1.0));

            double k = rnd.nextDouble(0.5, 3.5);
            double[] upper = new double[n];
            double[] middle = new double[n];
            double[] lower = new double[n];
            talib(n, (s, e, bi, nb, o) -> {
                RetCode code = talib.bbands(s, e, c, period, k, k, MAType.Sma, bi, nb, upper, middle, lower);
                alignInPlace(bi.value, nb.value, upper, middle, lower);
                return code;
            });
            BollingerBands.Batch bands = BollingerBands.batch(c, period, k);
            double[][] bandsInc = b.run(new BollingerBands(period, k));
            assertAgrees(ctx + "BBANDS upper, k " + k, upper, bands.upper(), bandsInc[0]);
            assertAgrees(ctx + "BBANDS middle", middle, bands.middle(), bandsInc[1]);
            assertAgrees(ctx + "BBANDS lower", lower, bands.lower(), bandsInc[2]);
            assertThat(new BollingerBands(period, k).lookback())
                    .isEqualTo(talib.bbandsLookback(period, k, k, MAType.Sma));

            Adx.Batch adx = Adx.batch(h, l, c, period);
            double[][] adxInc = b.run(new Adx(period));
            assertAgrees(ctx + "ADX", talib(n, (s, e, bi, nb, o) -> talib.adx(s, e, h, l, c, period, bi, nb, o)),
                    adx.adx(), adxInc[0]);
            assertAgrees(ctx + "PLUS_DI",
                    talib(n, (s, e, bi, nb, o) -> talib.plusDI(s, e, h, l, c, period, bi, nb, o)),
                    adx.plusDi(), adxInc[1]);
            assertAgrees(ctx + "MINUS_DI",
                    talib(n, (s, e, bi, nb, o) -> talib.minusDI(s, e, h, l, c, period, bi, nb, o)),
                    adx.minusDi(), adxInc[2]);
            assertThat(new Adx(period).lookback()).isEqualTo(talib.adxLookback(period));

            double acceleration = rnd.nextDouble(0.005, 0.1);
            double maximum = rnd.nextDouble(acceleration, 0.5);
            assertAgrees(ctx + "SAR(" + acceleration + ", " + maximum + ")",
                    talib(n, (s, e, bi, nb, o) -> talib.sar(s, e, h, l, acceleration, maximum, bi, nb, o)),
                    ParabolicSar.batch(h, l, acceleration, maximum),
                    b.run(new ParabolicSar(acceleration, maximum))[0]);

            assertAgrees(ctx + "OBV", talib(n, (s, e, bi, nb, o) -> talib.obv(s, e, c, v, bi, nb, o)),
                    Obv.batch(c, v), b.run(new Obv())[0]);

            assertAgrees(ctx + "AD", talib(n, (s, e, bi, nb, o) -> talib.ad(s, e, h, l, c, v, bi, nb, o)),
                    AccumulationDistribution.batch(h, l, c, v), b.run(new AccumulationDistribution())[0]);

            int fast = rnd.nextInt(2, 20);
            int slow = rnd.nextInt(2, 40);
            assertAgrees(ctx + "ADOSC(" + fast + ", " + slow + ")",
                    talib(n, (s, e, bi, nb, o) -> talib.adOsc(s, e, h, l, c, v, fast, slow, bi, nb, o)),
                    ChaikinOscillator.batch(h, l, c, v, fast, slow), b.run(new ChaikinOscillator(fast, slow))[0]);
            assertThat(new ChaikinOscillator(fast, slow).lookback()).isEqualTo(talib.adOscLookback(fast, slow));

            // where one side of the window has no money flow, TA-Lib keeps a rounding residue (even a
            // negative MFI such as -2e-14); ours is exactly 0 there
            assertAgrees(ctx + "MFI", talib(n, (s, e, bi, nb, o) -> talib.mfi(s, e, h, l, c, v, period, bi, nb, o)),
                    Mfi.batch(h, l, c, v, period), b.run(new Mfi(period))[0], MFI_RESIDUE);
            assertThat(new Mfi(period).lookback()).isEqualTo(talib.mfiLookback(period));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {101, 102, 103, 104, 105})
    void indicatorsTalibLacksAgreeWithTheTalibFunctionsTheyAreMadeOf(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int trial = 0; trial < 15; trial++) {
            int n = rnd.nextInt(0, 500);
            int period = rnd.nextInt(2, 50);
            Ohlcv b = Ohlcv.random(rnd, n);
            double[] h = b.high();
            double[] l = b.low();
            double[] c = b.close();
            String ctx = "seed " + seed + ", trial " + trial + ", n " + n + ", period " + period + ": ";

            DonchianChannels.Batch dc = DonchianChannels.batch(h, l, c, period);
            double[][] dcInc = b.run(new DonchianChannels(period));
            assertAgrees(ctx + "Donchian upper vs MAX(high)",
                    talib(n, (s, e, bi, nb, o) -> talib.max(s, e, h, period, bi, nb, o)), dc.upper(), dcInc[0]);
            assertAgrees(ctx + "Donchian middle vs MIDPRICE",
                    talib(n, (s, e, bi, nb, o) -> talib.midPrice(s, e, h, l, period, bi, nb, o)), dc.middle(),
                    dcInc[1]);
            assertAgrees(ctx + "Donchian lower vs MIN(low)",
                    talib(n, (s, e, bi, nb, o) -> talib.min(s, e, l, period, bi, nb, o)), dc.lower(), dcInc[2]);

            int emaPeriod = rnd.nextInt(2, 40); // TA-Lib's EMA needs 2
            int atrPeriod = rnd.nextInt(1, 40);
            double multiplier = rnd.nextDouble(0.5, 4);
            double[] ema = talib(n, (s, e, bi, nb, o) -> talib.ema(s, e, c, emaPeriod, bi, nb, o));
            double[] atr = talib(n, (s, e, bi, nb, o) -> talib.atr(s, e, h, l, c, atrPeriod, bi, nb, o));
            double[] kcUpper = new double[n];
            double[] kcMiddle = new double[n];
            double[] kcLower = new double[n];
            for (int i = 0; i < n; i++) {
                boolean ready = !Double.isNaN(ema[i]) && !Double.isNaN(atr[i]);
                kcMiddle[i] = ready ? ema[i] : Double.NaN;
                kcUpper[i] = ready ? ema[i] + multiplier * atr[i] : Double.NaN;
                kcLower[i] = ready ? ema[i] - multiplier * atr[i] : Double.NaN;
            }
            KeltnerChannels.Batch kc = KeltnerChannels.batch(h, l, c, emaPeriod, atrPeriod, multiplier);
            double[][] kcInc = b.run(new KeltnerChannels(emaPeriod, atrPeriod, multiplier));
            String kcCtx = ctx + "Keltner(" + emaPeriod + ", " + atrPeriod + ", " + multiplier + ") ";
            assertAgrees(kcCtx + "upper vs EMA + m * ATR", kcUpper, kc.upper(), kcInc[0]);
            assertAgrees(kcCtx + "middle vs EMA", kcMiddle, kc.middle(), kcInc[1]);
            assertAgrees(kcCtx + "lower vs EMA - m * ATR", kcLower, kc.lower(), kcInc[2]);

            HeikinAshi.Batch ha = HeikinAshi.batch(b.open(), h, l, c);
            assertAgrees(ctx + "Heikin-Ashi close vs AVGPRICE",
                    talib(n, (s, e, bi, nb, o) -> talib.avgPrice(s, e, b.open(), h, l, c, bi, nb, o)), ha.close(),
                    b.run(new HeikinAshi())[3]);

            // sample stdev of log returns = population STDDEV(LN(ROCR(close, 1))) * sqrt(n / (n - 1))
            double[] rocr = talib(n, (s, e, bi, nb, o) -> talib.rocR(s, e, c, 1, bi, nb, o));
            double[] logReturns = n > 1 ? Arrays.copyOfRange(rocr, 1, n) : new double[0];
            double[] ln = talib(logReturns.length, (s, e, bi, nb, o) -> talib.ln(s, e, logReturns, bi, nb, o));
            double[] sd = talib(ln.length, (s, e, bi, nb, o) -> talib.stdDev(s, e, ln, period, 1.0, bi, nb, o));
            double[] rvol = new double[n];
            Arrays.fill(rvol, Double.NaN);
            double periodsPerYear = rnd.nextBoolean() ? 1.0 : 2190.0;
            for (int i = 0; i < sd.length; i++) {
                rvol[i + 1] = sd[i] * Math.sqrt(period / (period - 1.0)) * Math.sqrt(periodsPerYear);
            }
            assertAgrees(ctx + "close-to-close volatility vs STDDEV(LN(ROCR)), " + periodsPerYear + " per year",
                    rvol, CloseToCloseVolatility.batch(c, period, periodsPerYear),
                    b.run(new CloseToCloseVolatility(period, periodsPerYear))[0]);
        }
    }

    /**
     * Scaling every price by a power of two scales every floating-point step exactly, so price-valued
     * outputs scale exactly and ratios do not change. TA-Lib breaks this below its absolute thresholds;
     * this package does not (the deviation documented on the classes).
     */
    @Test
    void deviationsFromTalibAtTinyPrices() {
        Ohlcv b = Ohlcv.random(new SplittableRandom(77), 300, 100.0);
        double tiny = 0x1p-40; // prices near 1e-10, like some meme coins quoted in USD
        Ohlcv t = b.scalePrices(tiny);
        int n = b.size();

        double[] sd = StdDev.batch(b.close(), 20);
        double[] sdTiny = StdDev.batch(t.close(), 20);
        double[] talibTiny = talib(n, (s, e, bi, nb, o) -> talib.stdDev(s, e, t.close(), 20, 1.0, bi, nb, o));
        for (int i = 19; i < n; i++) {
            assertThat(sdTiny[i]).as("STDDEV scales with the price at %d", i).isEqualTo(sd[i] * tiny);
            assertThat(talibTiny[i]).as("TA-Lib's STDDEV of tiny prices at %d", i).isZero();
        }

        double[] natr = Natr.batch(b.high(), b.low(), b.close(), 14);
        IndicatorAssertions.assertBitwiseEqual("NATR is scale-free", natr,
                Natr.batch(t.high(), t.low(), t.close(), 14));
        Adx.Batch adx = Adx.batch(b.high(), b.low(), b.close(), 14);
        Adx.Batch adxTiny = Adx.batch(t.high(), t.low(), t.close(), 14);
        IndicatorAssertions.assertBitwiseEqual("ADX is scale-free", adx.adx(), adxTiny.adx());
        IndicatorAssertions.assertBitwiseEqual("+DI is scale-free", adx.plusDi(), adxTiny.plusDi());
        double[] talibPlusDi = talib(n, (s, e, bi, nb, o) -> talib.plusDI(s, e, t.high(), t.low(), t.close(), 14,
                bi, nb, o));
        assertThat(Arrays.stream(talibPlusDi, 14, n)).as("TA-Lib's +DI of tiny prices").containsOnly(0.0);

        double[] mfi = Mfi.batch(b.high(), b.low(), b.close(), b.volume(), 14);
        IndicatorAssertions.assertBitwiseEqual("MFI is scale-free", mfi,
                Mfi.batch(t.high(), t.low(), t.close(), t.volume(), 14));
        double[] talibMfi = talib(n, (s, e, bi, nb, o) -> talib.mfi(s, e, t.high(), t.low(), t.close(), t.volume(),
                14, bi, nb, o));
        assertThat(Arrays.stream(talibMfi, 14, n)).as("TA-Lib's MFI when money flow is below 1").containsOnly(0.0);
    }

    /** TA-Lib's NATR(1) is the raw true range, not normalised; ours is normalised like any other period. */
    @Test
    void natrOfPeriodOneIsNormalisedUnlikeTalibs() {
        Ohlcv b = Ohlcv.random(new SplittableRandom(9), 50);
        int n = b.size();
        double[] talibNatr = talib(n, (s, e, bi, nb, o) -> talib.natr(s, e, b.high(), b.low(), b.close(), 1, bi, nb,
                o));
        double[] trueRange = TrueRange.batch(b.high(), b.low(), b.close());
        IndicatorAssertions.assertBitwiseEqual("TA-Lib NATR(1) = TRANGE", trueRange, talibNatr);
        double[] ours = Natr.batch(b.high(), b.low(), b.close(), 1);
        for (int i = 1; i < n; i++) {
            assertThat(ours[i]).isEqualTo((trueRange[i] / b.close()[i]) * 100.0);
        }
    }

    /** Moves each TA-Lib output from index 0 to its input index, NaN before. */
    private static void alignInPlace(int begin, int count, double[]... outputs) {
        for (double[] out : outputs) {
            System.arraycopy(out, 0, out, begin, count);
            Arrays.fill(out, 0, Math.min(out.length, begin), Double.NaN);
            Arrays.fill(out, begin + count, out.length, Double.NaN);
        }
    }

    /** Batch and incremental agree with TA-Lib within 1e-9 relative and are NaN exactly where it is. */
    private static void assertAgrees(String what, double[] talib, double[] batch, double[] incremental) {
        assertAgrees(what, talib, batch, incremental, 0.0);
    }

    /** As above, but where ours is exactly 0 TA-Lib may be a rounding residue up to {@code residue} from it. */
    private static void assertAgrees(String what, double[] talib, double[] batch, double[] incremental,
                                     double residue) {
        assertClose(what + " (batch)", talib, batch, residue);
        assertClose(what + " (incremental)", talib, incremental, residue);
    }

    private static void assertClose(String what, double[] expected, double[] actual, double residue) {
        assertThat(actual).as("%s length", what).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            double e = expected[i];
            double a = actual[i];
            if (Double.isNaN(e) != Double.isNaN(a)) {
                fail(what + " at index " + i + ": TA-Lib " + e + " but ours " + a + " (warm-up differs)");
            }
            boolean residueOfZero = a == 0.0 && Math.abs(e) <= residue;
            if (!Double.isNaN(e) && a != e && !residueOfZero
                    && !(Math.abs(a - e) <= RELATIVE_TOLERANCE * Math.abs(e))) {
                fail(what + " at index " + i + ": TA-Lib " + e + " but ours " + a + ", relative error "
                        + Math.abs(a - e) / Math.abs(e));
            }
        }
    }
}
