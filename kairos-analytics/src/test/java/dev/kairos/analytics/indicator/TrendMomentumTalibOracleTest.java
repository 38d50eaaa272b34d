package dev.kairos.analytics.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import dev.kairos.analytics.indicator.BatchMatchesIncrementalTest.Bars;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * TA-Lib 0.4.0's Java build ({@code com.tictactec:ta-lib}, test scope) as a live oracle: on seeded random
 * bar series, with and without flat stretches, and random periods within TA-Lib's ranges, every trend and
 * momentum indicator that TA-Lib has (MIN, MAX, LINEARREG_SLOPE, STOCHRSI and AROONOSC included) agrees with
 * it to 1e-9 relative error from TA-Lib's first output ({@code outBegIdx}) on, in batch and incremental
 * form, is NaN before it, and has TA-Lib's lookback.
 *
 * <p>The indicators do TA-Lib's floating-point operations, up to roundings (reciprocals instead of divisions by
 * constants, ratios over one denominator: see the package documentation), with two documented departures,
 * whose indices are left out: CCI over a window of equal typical
 * prices and STOCHRSI %K over a window of equal inputs (and the %D bars that average it), where TA-Lib
 * divides a rounding residue by a rounding residue and we return 0 (see {@link Cci}, {@link StochasticRsi}).
 *
 * <p>Two get an absolute allowance besides the relative one, 1e-11 times the largest |value| of the series.
 * LINEARREG_SLOPE: its sums are updated in O(1) between exact re-summations, so a slope near zero differs
 * from TA-Lib's by rounding (seen: below 1e-15 times the price), a large relative error of a tiny number.
 * STOCHRSI %D: after a departure the SMA's running sum (TA-Lib's too) keeps a different residue of about
 * 1e-14 points, which is all of a %D that is otherwise 0.
 */
class TrendMomentumTalibOracleTest {
    private static final double RELATIVE_TOLERANCE = 1e-9;

    private final Core core = new Core();

    /** One TA-Lib call over the whole series, filling one array per output. */
    @FunctionalInterface
    interface TalibCall {
        RetCode call(int endIdx, MInteger begIdx, MInteger nbElement, double[][] out);
    }

    /** What to compare: our outputs in both forms, TA-Lib's call and lookback, and any exempt indices. */
    private record Case(String what, int talibLookback, double[][] batch, double[][] incremental, TalibCall call,
                        boolean absoluteAllowance, boolean[][] exempt) {
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 2024, -1})
    void agreesWithTalib(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int trial = 0; trial < 15; trial++) {
            int n = rnd.nextInt(0, 500);
            Bars bars = TrendMomentumRuns.randomBars(rnd, n);
            double[] h = bars.high();
            double[] l = bars.low();
            double[] c = bars.close();
            int p = rnd.nextInt(2, 40);
            int q = rnd.nextInt(1, 12);
            int r = rnd.nextInt(1, 12);
            String ctx = "seed " + seed + ", trial " + trial + ", n " + n + ", periods " + p + "/" + q + "/" + r;

            single(ctx + " WMA", new Wma(p), core.wmaLookback(p), c, Wma.batch(c, p),
                    (e, b, nb, o) -> core.wma(0, e, c, p, b, nb, o[0]));
            single(ctx + " DEMA", new Dema(p), core.demaLookback(p), c, Dema.batch(c, p),
                    (e, b, nb, o) -> core.dema(0, e, c, p, b, nb, o[0]));
            single(ctx + " TEMA", new Tema(p), core.temaLookback(p), c, Tema.batch(c, p),
                    (e, b, nb, o) -> core.tema(0, e, c, p, b, nb, o[0]));
            single(ctx + " TRIX", new Trix(p), core.trixLookback(p), c, Trix.batch(c, p),
                    (e, b, nb, o) -> core.trix(0, e, c, p, b, nb, o[0]));
            single(ctx + " KAMA", new Kama(p), core.kamaLookback(p), c, Kama.batch(c, p),
                    (e, b, nb, o) -> core.kama(0, e, c, p, b, nb, o[0]));
            int fast = q + 1;
            int slow = fast + p;
            int signal = r + 1; // TA-Lib accepts a signal period of 1 but then counts its EMA's lookback as -1
            Macd.Batch macd = Macd.batch(c, fast, slow, signal);
            verify(new Case(ctx + " MACD", core.macdLookback(fast, slow, signal),
                    new double[][] {macd.macd(), macd.signal(), macd.histogram()},
                    checkedRun(new Macd(fast, slow, signal), core.macdLookback(fast, slow, signal), c),
                    (e, b, nb, o) -> core.macd(0, e, c, fast, slow, signal, b, nb, o[0], o[1], o[2]), false, null));
            single(ctx + " ROC", new Roc(q), core.rocLookback(q), c, Roc.batch(c, q),
                    (e, b, nb, o) -> core.roc(0, e, c, q, b, nb, o[0]));
            single(ctx + " MOM", new Momentum(q), core.momLookback(q), c, Momentum.batch(c, q),
                    (e, b, nb, o) -> core.mom(0, e, c, q, b, nb, o[0]));
            single(ctx + " MIN", new RollingMin(p), core.minLookback(p), c, RollingMin.batch(c, p),
                    (e, b, nb, o) -> core.min(0, e, c, p, b, nb, o[0]));
            single(ctx + " MAX", new RollingMax(p), core.maxLookback(p), c, RollingMax.batch(c, p),
                    (e, b, nb, o) -> core.max(0, e, c, p, b, nb, o[0]));
            verify(new Case(ctx + " LINEARREG_SLOPE", core.linearRegSlopeLookback(p),
                    new double[][] {LinearRegressionSlope.batch(c, p)},
                    checkedRun(new LinearRegressionSlope(p), core.linearRegSlopeLookback(p), c),
                    (e, b, nb, o) -> core.linearRegSlope(0, e, c, p, b, nb, o[0]), true, null));
            // Not over long flat stretches: there Wilder's averages decay below TA-Lib's 1e-8 "zero", where
            // TA-Lib's RSI turns 0 and ours (see Rsi) keeps the ratio.
            double[] walk = Bars.random(rnd, n).close();
            StochasticRsi.Batch stochRsi = StochasticRsi.batch(walk, p, q, r);
            int stochRsiLookback = core.stochRsiLookback(p, q, r, MAType.Sma);
            boolean[] flatK = flatWindows(walk, q);
            verify(new Case(ctx + " STOCHRSI", stochRsiLookback, new double[][] {stochRsi.k(), stochRsi.d()},
                    checkedRun(new StochasticRsi(p, q, r), stochRsiLookback, walk),
                    (e, b, nb, o) -> core.stochRsi(0, e, walk, p, q, r, MAType.Sma, b, nb, o[0], o[1]), true,
                    new boolean[][] {flatK, spread(flatK, r)}));

            hlc(ctx + " WILLR", new WilliamsR(p), core.willRLookback(p), bars, WilliamsR.batch(h, l, c, p),
                    (e, b, nb, o) -> core.willR(0, e, h, l, c, p, b, nb, o[0]));
            double[] typical = new double[n];
            for (int i = 0; i < n; i++) {
                typical[i] = (h[i] + l[i] + c[i]) / 3;
            }
            verify(new Case(ctx + " CCI", core.cciLookback(p), new double[][] {Cci.batch(h, l, c, p)},
                    checkedRun(new Cci(p), core.cciLookback(p), bars),
                    (e, b, nb, o) -> core.cci(0, e, h, l, c, p, b, nb, o[0]), false,
                    new boolean[][] {flatWindows(typical, p)}));
            Stochastic.Batch stoch = Stochastic.batch(h, l, c, p, q, r);
            int stochLookback = core.stochLookback(p, q, MAType.Sma, r, MAType.Sma);
            verify(new Case(ctx + " STOCH", stochLookback, new double[][] {stoch.k(), stoch.d()},
                    checkedRun(new Stochastic(p, q, r), stochLookback, bars),
                    (e, b, nb, o) -> core.stoch(0, e, h, l, c, p, q, MAType.Sma, r, MAType.Sma, b, nb, o[0], o[1]),
                    false, null));
            StochasticFast.Batch stochF = StochasticFast.batch(h, l, c, p, q);
            int stochFLookback = core.stochFLookback(p, q, MAType.Sma);
            verify(new Case(ctx + " STOCHF", stochFLookback, new double[][] {stochF.k(), stochF.d()},
                    checkedRun(new StochasticFast(p, q), stochFLookback, bars),
                    (e, b, nb, o) -> core.stochF(0, e, h, l, c, p, q, MAType.Sma, b, nb, o[0], o[1]), false, null));
            Aroon.Batch aroon = Aroon.batch(h, l, p);
            double[][] aroonRun = checkedRun(new Aroon(p), core.aroonLookback(p), bars);
            // TA-Lib's AROON outputs down, then up; AROONOSC is a separate function
            verify(new Case(ctx + " AROON", core.aroonLookback(p), new double[][] {aroon.up(), aroon.down()},
                    new double[][] {aroonRun[0], aroonRun[1]},
                    (e, b, nb, o) -> core.aroon(0, e, h, l, p, b, nb, o[1], o[0]), false, null));
            verify(new Case(ctx + " AROONOSC", core.aroonOscLookback(p), new double[][] {aroon.oscillator()},
                    new double[][] {aroonRun[2]}, (e, b, nb, o) -> core.aroonOsc(0, e, h, l, p, b, nb, o[0]), false,
                    null));
            int s1 = q;
            int s2 = q + r;
            int s3 = q + r + p;
            hlc(ctx + " ULTOSC", new UltimateOscillator(s1, s2, s3), core.ultOscLookback(s1, s2, s3), bars,
                    UltimateOscillator.batch(h, l, c, s1, s2, s3),
                    (e, b, nb, o) -> core.ultOsc(0, e, h, l, c, s1, s2, s3, b, nb, o[0]));
        }
    }

    private void single(String what, SingleInputIndicator indicator, int talibLookback, double[] values,
                        double[] batch, TalibCall call) {
        verify(new Case(what, talibLookback, new double[][] {batch}, checkedRun(indicator, talibLookback, values),
                call, false, null));
    }

    private void hlc(String what, HlcIndicator indicator, int talibLookback, Bars bars, double[] batch,
                     TalibCall call) {
        verify(new Case(what, talibLookback, new double[][] {batch}, checkedRun(indicator, talibLookback, bars),
                call, false, null));
    }

    private static double[][] checkedRun(SingleInputIndicator indicator, int talibLookback, double[] values) {
        assertThat(indicator.lookback()).as("%s lookback", indicator).isEqualTo(talibLookback);
        return TrendMomentumRuns.run(indicator, values);
    }

    private static double[][] checkedRun(HlcIndicator indicator, int talibLookback, Bars bars) {
        assertThat(indicator.lookback()).as("%s lookback", indicator).isEqualTo(talibLookback);
        return TrendMomentumRuns.run(indicator, bars.high(), bars.low(), bars.close());
    }

    /** {@code flat[i]}: the {@code window} values ending at {@code i} are all equal. */
    private static boolean[] flatWindows(double[] values, int window) {
        boolean[] flat = new boolean[values.length];
        int run = 0;
        for (int i = 0; i < values.length; i++) {
            run = i > 0 && values[i] == values[i - 1] ? run + 1 : 1;
            flat[i] = run >= window;
        }
        return flat;
    }

    /** {@code spread[i]}: some {@code flags[i - window + 1 .. i]} is set (an SMA over those bars uses it). */
    private static boolean[] spread(boolean[] flags, int window) {
        boolean[] out = new boolean[flags.length];
        for (int i = 0; i < flags.length; i++) {
            for (int j = Math.max(0, i - window + 1); j <= i && !out[i]; j++) {
                out[i] = flags[j];
            }
        }
        return out;
    }

    /** Calls TA-Lib and compares each output, in both forms, with it. */
    private static void verify(Case c) {
        int outputs = c.batch().length;
        int n = c.batch()[0].length;
        double[][] expected = new double[outputs][n];
        for (double[] e : expected) {
            Arrays.fill(e, Double.NaN);
        }
        if (n > 0) {
            MInteger begIdx = new MInteger();
            MInteger nbElement = new MInteger();
            double[][] out = new double[outputs][n];
            RetCode rc = c.call().call(n - 1, begIdx, nbElement, out);
            assertThat(rc).as("%s TA-Lib return code", c.what()).isEqualTo(RetCode.Success);
            if (nbElement.value > 0) {
                assertThat(begIdx.value).as("%s TA-Lib outBegIdx", c.what()).isEqualTo(c.talibLookback());
            }
            assertThat(nbElement.value).as("%s TA-Lib outNBElement", c.what())
                    .isEqualTo(Math.max(0, n - c.talibLookback()));
            for (int o = 0; o < outputs; o++) {
                System.arraycopy(out[o], 0, expected[o], begIdx.value, nbElement.value);
            }
        }
        for (int o = 0; o < outputs; o++) {
            boolean[] exempt = c.exempt() == null ? null : c.exempt()[o];
            String what = c.what() + " output " + o;
            compare(what + " batch", expected[o], c.batch()[o], c.absoluteAllowance(), exempt);
            compare(what + " incremental", expected[o], c.incremental()[o], c.absoluteAllowance(), exempt);
        }
    }

    private static void compare(String what, double[] expected, double[] actual, boolean absoluteAllowance,
                                boolean[] exempt) {
        assertThat(actual).as("%s length", what).hasSize(expected.length);
        double scale = 0.0;
        for (double v : actual) {
            scale = Double.isNaN(v) ? scale : Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < expected.length; i++) {
            double e = expected[i];
            double a = actual[i];
            if (Double.isNaN(e) || Double.isNaN(a)) {
                if (Double.isNaN(e) != Double.isNaN(a)) {
                    fail(what + " at index " + i + ": TA-Lib " + e + " but ours " + a);
                }
                continue;
            }
            if (exempt != null && exempt[i]) {
                continue;
            }
            double allowed = RELATIVE_TOLERANCE * Math.abs(e) + (absoluteAllowance ? 1e-11 * scale : 0.0);
            if (!(Math.abs(a - e) <= allowed)) {
                fail(what + " at index " + i + ": TA-Lib " + e + " but ours " + a + ", relative error "
                        + Math.abs(a - e) / Math.abs(e));
            }
        }
    }
}
