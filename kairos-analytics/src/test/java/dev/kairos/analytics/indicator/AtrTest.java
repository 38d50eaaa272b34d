package dev.kairos.analytics.indicator;

import static dev.kairos.analytics.indicator.IndicatorAssertions.assertBitwiseEqual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AtrTest {
    private static final double NaN = Double.NaN;

    //                                bar:   0    1    2     3    4     5
    private static final double[] HIGH = {10, 11, 12, 11, 9, 12};
    private static final double[] LOW = {8, 9, 10, 7, 8, 11};
    private static final double[] CLOSE = {9, 10, 11.5, 8, 8.5, 11.5};

    // TR[0]: none (no previous close)
    // TR[1] = max(11 - 9, |11 - 9|, |9 - 9|)          = 2
    // TR[2] = max(12 - 10, |12 - 10|, |10 - 10|)      = 2
    // TR[3] = max(11 - 7, |11 - 11.5|, |7 - 11.5|)    = 4.5  (gap below the previous close)
    // TR[4] = max(9 - 8, |9 - 8|, |8 - 8|)            = 1
    // TR[5] = max(12 - 11, |12 - 8.5|, |11 - 8.5|)    = 3.5  (gap up)
    private static final double[] TR = {NaN, 2, 2, 4.5, 1, 3.5};

    @Test
    void trueRangeHandComputed() {
        assertBitwiseEqual("batch", TR, TrueRange.batch(HIGH, LOW, CLOSE));
        assertBitwiseEqual("incremental", TR, TalibGoldenTest.incremental(new TrueRange(), HIGH, LOW, CLOSE));
        assertThat(TrueRange.of(12, 11, 8.5)).isEqualTo(3.5);
    }

    @Test
    void atrHandComputed() {
        // ATR(2): index 2 = (TR1 + TR2) / 2 = (2 + 2) / 2 = 2; TR[0] is not used
        // index 3 = (2 * 1 + 4.5) / 2 = 3.25; index 4 = (3.25 + 1) / 2 = 2.125; index 5 = (2.125 + 3.5) / 2 = 2.8125
        double[] expected = {NaN, NaN, 2, 3.25, 2.125, 2.8125};
        assertBitwiseEqual("batch", expected, Atr.batch(HIGH, LOW, CLOSE, 2));
        assertBitwiseEqual("incremental", expected, TalibGoldenTest.incremental(new Atr(2), HIGH, LOW, CLOSE));
    }

    @Test
    void atrOfPeriodOneIsTheTrueRange() {
        assertBitwiseEqual("ATR(1)", TR, Atr.batch(HIGH, LOW, CLOSE, 1));
    }

    @Test
    void warmUpAndReset() {
        Atr atr = new Atr(2);
        assertThat(atr.lookback()).isEqualTo(2);
        assertThat(atr.update(HIGH[0], LOW[0], CLOSE[0])).isNaN();
        assertThat(atr.update(HIGH[1], LOW[1], CLOSE[1])).isNaN();
        assertThat(atr.isReady()).isFalse();
        assertThat(atr.update(HIGH[2], LOW[2], CLOSE[2])).isEqualTo(2.0);
        assertThat(atr.isReady()).isTrue();
        atr.reset();
        assertThat(atr.isReady()).isFalse();
        assertThat(atr.value()).isNaN();

        TrueRange tr = new TrueRange();
        assertThat(tr.lookback()).isEqualTo(1);
        assertThat(tr.update(10, 8, 9)).isNaN();
        assertThat(tr.isReady()).isFalse();
        assertThat(tr.update(11, 9, 10)).isEqualTo(2.0);
        assertThat(tr.isReady()).isTrue();
        tr.reset();
        assertThat(tr.isReady()).isFalse();
        assertThat(tr.value()).isNaN();
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> new Atr(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ATR period must be >= 1, got 0");
        assertThatThrownBy(() -> Atr.batch(new double[3], new double[2], new double[3], 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("high, low and close must have the same length, got 3, 2 and 3");
        assertThatThrownBy(() -> TrueRange.batch(new double[3], new double[3], new double[4]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
