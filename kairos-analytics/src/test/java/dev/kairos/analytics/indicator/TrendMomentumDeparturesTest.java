package dev.kairos.analytics.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import dev.kairos.analytics.indicator.BatchMatchesIncrementalTest.Bars;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The documented departures from TA-Lib, each shown against TA-Lib itself: exact zero tests instead of
 * TA-Lib's 1e-8 threshold (so the indicators are scale-invariant and work for coins priced far below one unit
 * of the quote currency), and exact zeros for flat windows where TA-Lib divides rounding residues.
 */
class TrendMomentumDeparturesTest {
    private static final double NaN = Double.NaN;
    private static final double TINY = 1e-12;
    private final Core core = new Core();

    /** A random walk near 100 and the same walk scaled to a price near 1e-10. */
    private static Bars walk(long seed) {
        return BatchMatchesIncrementalTest.Bars.random(new SplittableRandom(seed), 600);
    }

    private static double[] scaled(double[] x) {
        return Arrays.stream(x).map(v -> v * TINY).toArray();
    }

    private static void assertSameUpToRounding(String what, double[] expected, double[] actual) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertThat(actual[i]).as("%s at %d", what, i).isNaN();
            } else {
                assertThat(actual[i]).as("%s at %d", what, i)
                        .isCloseTo(expected[i], within(1e-9 * Math.max(1, Math.abs(expected[i]))));
            }
        }
    }

    @Test
    void kamaOfATinyPricedCoinIsTheScaledKama() {
        Bars bars = walk(1);
        double[] tiny = scaled(bars.close());
        double[] ours = Kama.batch(tiny, 10);
        double[] reference = Kama.batch(bars.close(), 10);
        for (int i = 0; i < reference.length; i++) {
            reference[i] *= TINY;
        }
        assertSameUpToRounding("KAMA", reference, ours);
        // TA-Lib takes every window of this coin as a perfect trend (sum of changes < 1e-8): a different line
        double[] talib = new double[tiny.length];
        core.kama(0, tiny.length - 1, tiny, 10, new MInteger(), new MInteger(), talib);
        assertThat(Math.abs(talib[100] - ours[110])).isGreaterThan(1e-6 * Math.abs(ours[110]));
    }

    @Test
    void ultimateOscillatorOfATinyPricedCoinIsUnchanged() {
        Bars bars = walk(2);
        double[] h = scaled(bars.high());
        double[] l = scaled(bars.low());
        double[] c = scaled(bars.close());
        double[] ours = UltimateOscillator.batch(h, l, c, 7, 14, 28);
        assertSameUpToRounding("ULTOSC", UltimateOscillator.batch(bars.high(), bars.low(), bars.close(), 7, 14, 28),
                ours);
        // TA-Lib drops every window as "zero range" and returns 0
        double[] talib = new double[c.length];
        core.ultOsc(0, c.length - 1, h, l, c, 7, 14, 28, new MInteger(), new MInteger(), talib);
        assertThat(talib[0]).isZero();
        assertThat(ours[28]).isGreaterThan(1);
    }

    @Test
    void cciOfAFlatWindowIsZero() {
        // the mean of seven equal typical prices of 42.42 is off by an ulp: TA-Lib divides that ulp by the
        // deviation it leaves and reports -66.7 for a window without any movement
        double[] flat = new double[8];
        Arrays.fill(flat, 42.42);
        double[] talib = new double[flat.length];
        MInteger begin = new MInteger();
        core.cci(0, flat.length - 1, flat, flat, flat, 7, begin, new MInteger(), talib);
        assertThat(begin.value).isEqualTo(6);
        assertThat(talib[0]).isCloseTo(-200.0 / 3, within(1e-9));
        assertThat(Cci.batch(flat, flat, flat, 7)).containsExactly(NaN, NaN, NaN, NaN, NaN, NaN, 0.0, 0.0);
        assertThat(TalibGoldenTest.incremental(new Cci(7), flat, flat, flat))
                .containsExactly(NaN, NaN, NaN, NaN, NaN, NaN, 0.0, 0.0);
    }

    @Test
    void stochasticRsiOfAFlatStretchIsZero() {
        // a rise, then a flat stretch: the RSI is constant in exact arithmetic but not in its last bits
        double[] x = new double[60];
        for (int i = 0; i < x.length; i++) {
            x[i] = i < 20 ? 100 + Math.sin(i) * 3 : x[19];
        }
        StochasticRsi.Batch ours = StochasticRsi.batch(x, 5, 5, 3);
        double[] talibK = new double[x.length];
        double[] talibD = new double[x.length];
        MInteger begin = new MInteger();
        core.stochRsi(0, x.length - 1, x, 5, 5, 3, MAType.Sma, begin, new MInteger(), talibK, talibD);
        boolean talibNoise = false;
        for (int i = 24; i < x.length; i++) {
            assertThat(ours.k()[i]).as("%%K at %d", i).isZero();
            talibNoise |= talibK[i - begin.value] != 0.0;
        }
        assertThat(talibNoise).as("TA-Lib reads rounding as range somewhere in the flat stretch").isTrue();
        assertThat(ours.d()[x.length - 1]).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void flatWindowsGiveExactValues() {
        double[] flat = new double[50];
        Arrays.fill(flat, 0.1);
        assertThat(LinearRegressionSlope.batch(flat, 7)[49]).isZero();
        assertThat(ZScore.batch(flat, 7)[49]).isZero();
        // a flat window is a perfect trend for KAMA's rule (ER = 1): the KAMA moves at the fast speed, and
        // here stays at the price
        assertThat(Kama.batch(flat, 10)[49]).isEqualTo(0.1);
        assertThat(UltimateOscillator.batch(flat, flat, flat, 2, 3, 4)[49]).isZero();
        assertThat(WilliamsR.batch(flat, flat, flat, 5)[49]).isZero();
        assertThat(Stochastic.batch(flat, flat, flat, 5, 3, 3).k()[49]).isZero();
    }
}
