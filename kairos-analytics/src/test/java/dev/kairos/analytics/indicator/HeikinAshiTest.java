package dev.kairos.analytics.indicator;

import static dev.kairos.analytics.indicator.IndicatorAssertions.assertBitwiseEqual;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeikinAshiTest {
    //                                   bar:   0     1      2      3
    private static final double[] OPEN = {10, 11, 12, 15};
    private static final double[] HIGH = {12, 13, 12.5, 16};
    private static final double[] LOW = {9, 10, 11.75, 14.5};
    private static final double[] CLOSE = {11, 12, 12, 15.5};

    // haClose = (H + L + C + O) / 4: 42 / 4, 46 / 4, 48.25 / 4, 61 / 4
    // haOpen: seed (10 + 11) / 2 = 10.5, then (10.5 + 10.5) / 2, (10.5 + 11.5) / 2, (11 + 12.0625) / 2
    // haHigh = max(H, haOpen, haClose); haLow = min(L, haOpen, haClose): at bar 2 and 3 the HA open is below
    // the bar's low (a gap the smoothing lags behind)
    private static final double[] HA_OPEN = {10.5, 10.5, 11, 11.53125};
    private static final double[] HA_HIGH = {12, 13, 12.5, 16};
    private static final double[] HA_LOW = {9, 10, 11, 11.53125};
    private static final double[] HA_CLOSE = {10.5, 11.5, 12.0625, 15.25};

    @Test
    void handComputed() {
        HeikinAshi.Batch batch = HeikinAshi.batch(OPEN, HIGH, LOW, CLOSE);
        assertBitwiseEqual("open", HA_OPEN, batch.open());
        assertBitwiseEqual("high", HA_HIGH, batch.high());
        assertBitwiseEqual("low", HA_LOW, batch.low());
        assertBitwiseEqual("close", HA_CLOSE, batch.close());

        HeikinAshi ha = new HeikinAshi();
        assertThat(ha.lookback()).isZero();
        assertThat(ha.outputCount()).isEqualTo(4);
        double[][] inc = new Ohlcv(new long[4], OPEN, HIGH, LOW, CLOSE, new double[4]).run(ha);
        assertBitwiseEqual("incremental open", HA_OPEN, inc[0]);
        assertBitwiseEqual("incremental high", HA_HIGH, inc[1]);
        assertBitwiseEqual("incremental low", HA_LOW, inc[2]);
        assertBitwiseEqual("incremental close", HA_CLOSE, inc[3]);
        assertThat(ha.open()).isEqualTo(11.53125);
        assertThat(ha.high()).isEqualTo(16);
        assertThat(ha.low()).isEqualTo(11.53125);
        assertThat(ha.close()).isEqualTo(15.25);
        ha.reset();
        assertThat(ha.isReady()).isFalse();
        assertThat(ha.close()).isNaN();
    }

    @Test
    void rejectsColumnsOfDifferentLengths() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> HeikinAshi.batch(new double[2], new double[2], new double[1], new double[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("open, high, low and close must have the same length, got 2, 2, 1 and 2");
    }
}
