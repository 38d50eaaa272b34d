package dev.kairos.analytics.indicator;

import static dev.kairos.analytics.indicator.IndicatorAssertions.assertBitwiseEqual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmaTest {
    private static final double NaN = Double.NaN;

    @Test
    void seededWithTheSmaThenSmoothed() {
        // EMA(3): k = 2 / (3 + 1) = 0.5; seed at index 2 = (2 + 4 + 6) / 3 = 4
        // index 3: (8 - 4) * 0.5 + 4 = 6; index 4: (12 - 6) * 0.5 + 6 = 9; index 5: (1 - 9) * 0.5 + 9 = 5
        double[] in = {2, 4, 6, 8, 12, 1};
        double[] expected = {NaN, NaN, 4.0, 6.0, 9.0, 5.0};
        assertBitwiseEqual("batch", expected, Ema.batch(in, 3));
        assertBitwiseEqual("incremental", expected, TalibGoldenTest.incremental(new Ema(3), in));
    }

    @Test
    void fractionalSmoothing() {
        // EMA(4): k = 2 / 5 = 0.4; seed = (1 + 2 + 3 + 4) / 4 = 2.5; next: (10 - 2.5) * 0.4 + 2.5 = 5.5
        Ema ema = new Ema(4);
        assertThat(ema.smoothing()).isEqualTo(0.4);
        assertThat(ema.lookback()).isEqualTo(3);
        for (double x : new double[] {1, 2, 3}) {
            assertThat(ema.update(x)).isNaN();
            assertThat(ema.isReady()).isFalse();
        }
        assertThat(ema.update(4)).isEqualTo(2.5);
        assertThat(ema.isReady()).isTrue();
        assertThat(ema.update(10)).isCloseTo(5.5, org.assertj.core.api.Assertions.within(1e-15));
        ema.reset();
        assertThat(ema.value()).isNaN();
        assertThat(ema.isReady()).isFalse();
    }

    @Test
    void periodOneIsTheInput() {
        double[] in = {3.5, -1, 7};
        assertBitwiseEqual("EMA(1)", in, Ema.batch(in, 1));
    }

    @Test
    void rejectsBadPeriod() {
        assertThatThrownBy(() -> new Ema(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("EMA period must be >= 1, got 0");
    }
}
