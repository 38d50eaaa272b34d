package dev.kairos.analytics.indicator;

import static dev.kairos.analytics.indicator.IndicatorAssertions.assertBitwiseEqual;
import static dev.kairos.analytics.indicator.IndicatorAssertions.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Small cases worked by hand, documenting the conventions the golden and oracle tests check at scale. */
class TrendMomentumHandComputedTest {
    private static final double NaN = Double.NaN;

    @Test
    void wmaWeightsTheNewestMost() {
        // WMA(3) of 1, 2, 3, 6: (1*1 + 2*2 + 3*3) / 6 = 14/6; (2*1 + 3*2 + 6*3) / 6 = 26/6
        double[] in = {1, 2, 3, 6};
        double[] expected = {NaN, NaN, 14.0 / 6, 26.0 / 6};
        assertClose("batch", expected, Wma.batch(in, 3), 1e-12);
        assertClose("incremental", expected, TalibGoldenTest.incremental(new Wma(3), in), 1e-12);
        assertBitwiseEqual("WMA(1) is the input", in, Wma.batch(in, 1));
    }

    @Test
    void rocAndMomentumCompareWithTheInputPeriodBarsAgo() {
        double[] in = {50, 0, 55, 40};
        // ROC(2): (55 / 50 - 1) * 100 = 10; from 0 TA-Lib gives 0 rather than infinity
        assertClose("ROC", new double[] {NaN, NaN, 10, 0}, Roc.batch(in, 2), 1e-12);
        assertBitwiseEqual("MOM", new double[] {NaN, NaN, 5, 40}, Momentum.batch(in, 2));
        assertBitwiseEqual("MOM incremental", Momentum.batch(in, 2), TalibGoldenTest.incremental(new Momentum(2), in));
    }

    @Test
    void demaAndTemaOfALineAreTheLine() {
        // EMAs of a straight line lag it; DEMA and TEMA remove the lag exactly (up to rounding)
        double[] line = new double[40];
        for (int i = 0; i < line.length; i++) {
            line[i] = 10 + 0.5 * i;
        }
        double[] dema = Dema.batch(line, 5);
        double[] tema = Tema.batch(line, 5);
        for (int i = 12; i < line.length; i++) {
            assertThat(dema[i]).as("DEMA at %d", i).isCloseTo(line[i], org.assertj.core.api.Assertions.within(0.02));
            assertThat(tema[i]).as("TEMA at %d", i).isCloseTo(line[i], org.assertj.core.api.Assertions.within(1e-3));
        }
    }

    @Test
    void macdLookbackAndSeeding() {
        // MACD(2, 3, 2) over 1, 2, 4, 8, 16: slow EMA seeded at index 2 with (1 + 2 + 4) / 3 = 7/3, fast EMA with
        // the mean of x[1..2] = 3 (not of x[0..1]); line[2] = 3 - 7/3 = 2/3.
        // index 3: slow = (8 - 7/3) * 0.5 + 7/3 = 31/6, fast = (8 - 3) * 2/3 + 3 = 19/3, line = 7/6;
        // the signal EMA(2) is seeded at index 3 with (2/3 + 7/6) / 2 = 11/12; histogram 7/6 - 11/12 = 1/4
        Macd.Batch batch = Macd.batch(new double[] {1, 2, 4, 8, 16}, 2, 3, 2);
        assertThat(new Macd(2, 3, 2).lookback()).isEqualTo(3);
        assertClose("line", new double[] {NaN, NaN, NaN, 7.0 / 6, batch.macd()[4]}, batch.macd(), 1e-12);
        assertClose("signal", new double[] {NaN, NaN, NaN, 11.0 / 12, batch.signal()[4]}, batch.signal(), 1e-12);
        assertClose("histogram", new double[] {NaN, NaN, NaN, 0.25, batch.histogram()[4]}, batch.histogram(), 1e-12);
    }

    @Test
    void aroonCountsTheMostRecentOfEqualExtremes() {
        // period 3, window of 4 bars; highs 5, 7, 7, 6: the highest (7) was last seen 1 bar ago -> up = 100 * 2/3
        // lows 4, 3, 5, 3: the lowest (3) is the latest bar -> down = 100; oscillator = up - down
        double[] high = {5, 7, 7, 6};
        double[] low = {4, 3, 5, 3};
        Aroon.Batch batch = Aroon.batch(high, low, 3);
        assertClose("up", new double[] {NaN, NaN, NaN, 200.0 / 3}, batch.up(), 1e-12);
        assertClose("down", new double[] {NaN, NaN, NaN, 100}, batch.down(), 1e-12);
        assertClose("oscillator", new double[] {NaN, NaN, NaN, -100.0 / 3}, batch.oscillator(), 1e-12);
        Aroon aroon = new Aroon(3);
        for (int i = 0; i < high.length; i++) {
            aroon.update(high[i], low[i], 0);
        }
        assertThat(aroon.up()).isEqualTo(batch.up()[3]);
        assertThat(aroon.down()).isEqualTo(batch.down()[3]);
        assertThat(aroon.oscillator()).isEqualTo(batch.oscillator()[3]);
        assertThat(aroon.output(1)).isEqualTo(aroon.down());
    }

    @Test
    void stochasticAndWilliamsRAreTwoScalesOfOnePosition() {
        // range of the last 3 bars: low 8, high 12; close 11 sits at 75% of it: %K 75, %R -25
        double[] high = {10, 12, 11};
        double[] low = {8, 9, 9};
        double[] close = {9, 10, 11};
        assertThat(StochasticFast.batch(high, low, close, 3, 1).k()[2]).isEqualTo(75.0);
        assertThat(WilliamsR.batch(high, low, close, 3)[2]).isEqualTo(-25.0);
        // an empty range gives 0, as in TA-Lib
        double[] flat = {5, 5, 5};
        assertThat(StochasticFast.batch(flat, flat, flat, 3, 1).k()[2]).isZero();
        assertThat(WilliamsR.batch(flat, flat, flat, 3)[2]).isZero();
    }

    @Test
    void linearRegressionSlopeOfALineIsItsSlope() {
        double[] line = new double[30];
        for (int i = 0; i < line.length; i++) {
            line[i] = 100 - 1.5 * i;
        }
        double[] slope = LinearRegressionSlope.batch(line, 7);
        for (int i = 6; i < line.length; i++) {
            assertThat(slope[i]).as("slope at %d", i).isCloseTo(-1.5, org.assertj.core.api.Assertions.within(1e-9));
        }
        assertThat(LinearRegressionSlope.batch(new double[] {3, 3, 3, 3}, 3)).containsExactly(NaN, NaN, 0.0, 0.0);
    }

    @Test
    void rollingMinAndMax() {
        double[] in = {3, 1, 4, 1, 5, 9, 2, 6};
        assertBitwiseEqual("MIN(3)", new double[] {NaN, NaN, 1, 1, 1, 1, 2, 2}, RollingMin.batch(in, 3));
        assertBitwiseEqual("MAX(3)", new double[] {NaN, NaN, 4, 4, 5, 9, 9, 9}, RollingMax.batch(in, 3));
        assertBitwiseEqual("MIN incremental", RollingMin.batch(in, 3),
                TalibGoldenTest.incremental(new RollingMin(3), in));
    }

    @Test
    void cciOfASymmetricWindow() {
        // typical prices 1, 2, 3 (high = low = close): mean 2, mean deviation 2/3 -> (3 - 2) / (0.015 * 2/3) = 100
        double[] tp = {1, 2, 3};
        assertClose("CCI(3)", new double[] {NaN, NaN, 100}, Cci.batch(tp, tp, tp, 3), 1e-9);
    }
}
