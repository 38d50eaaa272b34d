package dev.kairos.analytics.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RegimeTimelineSummaryTest {

    @Test
    void sharesSegmentsTransitionsAndConfidenceByHand() {
        // -1 -1 | 0 0 0 | 2 | 0 0 | 3
        int[] regime = {-1, -1, 0, 0, 0, 2, 0, 0, 3};
        double[] confidence = {0, 0, 0.5, 0.7, Double.NaN, 0.2, 0.4, 0.6, 1.0};

        RegimeTimelineSummary s = RegimeTimelineSummary.of(regime, confidence);

        assertThat(s.bars()).isEqualTo(9);
        assertThat(s.unknownBars()).isEqualTo(2);
        assertThat(s.share()).containsExactly(5 / 7.0, 0, 1 / 7.0, 1 / 7.0);
        assertThat(s.segments()).containsExactly(2, 0, 1, 1);
        assertThat(s.totalSegments()).isEqualTo(4);
        assertThat(s.meanSegmentBars()).containsExactly(2.5, 0, 1, 1);
        // from bull (0): 0->0 three times, 0->2 once, 0->3 once
        assertThat(s.transitions()[0]).containsExactly(3 / 5.0, 0, 1 / 5.0, 1 / 5.0);
        assertThat(s.transitions()[2]).containsExactly(1, 0, 0, 0);
        assertThat(s.transitions()[3]).as("the last bar has no successor").containsExactly(0, 0, 0, 0);
        assertThat(s.meanConfidence()).isCloseTo((0.5 + 0.7 + 0.2 + 0.4 + 0.6 + 1.0) / 6, within(1e-12));
    }

    @Test
    void aWarmUpBarEndsASegment() {
        RegimeTimelineSummary s = RegimeTimelineSummary.of(new int[] {1, 1, -1, 1}, new double[4]);
        assertThat(s.segments()[1]).isEqualTo(2);
        assertThat(s.transitions()[1]).containsExactly(0, 1, 0, 0);
    }

    @Test
    void anEmptyTimelineIsAllZeros() {
        RegimeTimelineSummary s = RegimeTimelineSummary.of(new int[0], new double[0]);
        assertThat(s.share()).containsOnly(0.0);
        assertThat(s.meanConfidence()).isZero();
    }

    @Test
    void badInputIsAClearError() {
        assertThatThrownBy(() -> RegimeTimelineSummary.of(new int[] {4}, new double[1]))
                .hasMessageContaining("got 4 at bar 0");
        assertThatThrownBy(() -> RegimeTimelineSummary.of(new int[1], new double[2]))
                .hasMessageContaining("one confidence per bar");
    }
}
