package dev.kairos.analytics.indicator;

import static dev.kairos.analytics.indicator.IndicatorAssertions.assertBitwiseEqual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SmaTest {
    private static final double NaN = Double.NaN;

    @Test
    void handComputed() {
        // SMA(3) of 2, 4, 6, 8, 12: (2+4+6)/3 = 4, (4+6+8)/3 = 6, (6+8+12)/3 = 26/3
        double[] expected = {NaN, NaN, 4.0, 6.0, 26.0 / 3};
        double[] in = {2, 4, 6, 8, 12};
        assertBitwiseEqual("batch", expected, Sma.batch(in, 3));
        assertBitwiseEqual("incremental", expected, TalibGoldenTest.incremental(new Sma(3), in));
    }

    @Test
    void periodOneIsTheInput() {
        double[] in = {3.5, -1, 7};
        assertBitwiseEqual("SMA(1)", in, Sma.batch(in, 1));
        assertBitwiseEqual("SMA(1) incremental", in, TalibGoldenTest.incremental(new Sma(1), in));
    }

    @Test
    void warmUpAndReset() {
        Sma sma = new Sma(3);
        assertThat(sma.lookback()).isEqualTo(2);
        assertThat(sma.isReady()).isFalse();
        assertThat(sma.value()).isNaN();
        assertThat(sma.update(1)).isNaN();
        assertThat(sma.update(2)).isNaN();
        assertThat(sma.isReady()).isFalse();
        assertThat(sma.update(3)).isEqualTo(2.0);
        assertThat(sma.isReady()).isTrue();
        assertThat(sma.value()).isEqualTo(2.0);
        sma.reset();
        assertThat(sma.isReady()).isFalse();
        assertThat(sma.value()).isNaN();
        assertThat(sma.update(10)).isNaN();
        assertThat(sma.update(20)).isNaN();
        assertThat(sma.update(30)).isEqualTo(20.0);
    }

    @Test
    void shorterThanThePeriodIsAllNaN() {
        assertThat(Sma.batch(new double[] {1, 2}, 3)).containsExactly(NaN, NaN);
        assertThat(Sma.batch(new double[0], 3)).isEmpty();
    }

    @Test
    void rejectsBadPeriod() {
        assertThatThrownBy(() -> new Sma(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SMA period must be >= 1, got 0");
        assertThatThrownBy(() -> Sma.batch(new double[3], -2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SMA period must be >= 1, got -2");
    }
}
