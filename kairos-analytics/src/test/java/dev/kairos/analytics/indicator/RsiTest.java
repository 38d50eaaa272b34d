package dev.kairos.analytics.indicator;

import static dev.kairos.analytics.indicator.IndicatorAssertions.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RsiTest {
    private static final double NaN = Double.NaN;

    @Test
    void wilderSmoothingSeededWithSimpleAverages() {
        // closes 1, 2, 1.5, 2.5, 2 -> changes +1, -0.5, +1, -0.5; RSI(2)
        // index 2: avgGain = (1 + 0) / 2 = 0.5, avgLoss = (0 + 0.5) / 2 = 0.25 -> 100 * 0.5 / 0.75 = 66.666...
        // index 3 (+1):   gain = (0.5 * 1 + 1) / 2 = 0.75,  loss = (0.25 * 1 + 0) / 2 = 0.125
        //                 -> 100 * 0.75 / 0.875 = 85.714285...
        // index 4 (-0.5): gain = (0.75 + 0) / 2 = 0.375,   loss = (0.125 + 0.5) / 2 = 0.3125
        //                 -> 100 * 0.375 / 0.6875 = 54.5454...
        double[] in = {1, 2, 1.5, 2.5, 2};
        double[] expected = {NaN, NaN, 200.0 / 3, 600.0 / 7, 600.0 / 11};
        assertClose("batch", expected, Rsi.batch(in, 2), 1e-12);
        assertClose("incremental", expected, TalibGoldenTest.incremental(new Rsi(2), in), 1e-12);
    }

    @Test
    void flatSeriesIsZeroAndRisingSeriesIsHundred() {
        assertThat(Rsi.batch(new double[] {5, 5, 5, 5}, 2)).containsExactly(NaN, NaN, 0.0, 0.0);
        assertThat(Rsi.batch(new double[] {1, 2, 3, 4}, 2)).containsExactly(NaN, NaN, 100.0, 100.0);
        assertThat(Rsi.batch(new double[] {4, 3, 2, 1}, 2)).containsExactly(NaN, NaN, 0.0, 0.0);
    }

    @Test
    void tinyPricesStillHaveAnRsi() {
        // changes of 1e-10: TA-Lib would call gain + loss "zero" (< 1e-8) and print 0; we print 100 * 2/3
        double[] in = {1e-9, 1.2e-9, 1.1e-9};
        assertThat(Rsi.batch(in, 2)[2]).isCloseTo(200.0 / 3, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void firstValueAtIndexPeriod() {
        Rsi rsi = new Rsi(3);
        assertThat(rsi.lookback()).isEqualTo(3);
        for (double x : new double[] {1, 2, 3}) {
            assertThat(rsi.update(x)).isNaN();
            assertThat(rsi.isReady()).isFalse();
        }
        assertThat(rsi.update(2)).isCloseTo(200.0 / 3, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(rsi.isReady()).isTrue();
        rsi.reset();
        assertThat(rsi.isReady()).isFalse();
        assertThat(rsi.value()).isNaN();
        assertThat(Rsi.batch(new double[] {1, 2, 3}, 3)).containsExactly(NaN, NaN, NaN);
    }

    @Test
    void rejectsBadPeriod() {
        assertThatThrownBy(() -> new Rsi(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RSI period must be >= 1, got 0");
    }
}
