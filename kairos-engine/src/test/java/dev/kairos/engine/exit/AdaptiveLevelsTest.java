package dev.kairos.engine.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Rolling hit rates and the adaptive scales they move, step by step. */
class AdaptiveLevelsTest {
    private static final ExitConfig.Adaptive ON = new ExitConfig.Adaptive(true, 4, 0.5, 1.5, 0.75, 1.5, 0.5);

    @Test
    void ratesAreMeasuredOnTheLatestWindowOnly() {
        RollingHitRates r = new RollingHitRates(4);
        assertThat(r.takeProfitRate(0)).isNaN();
        r.record(0, true);
        r.record(1, false);
        r.record(3, false);
        assertThat(r.samples()).isEqualTo(3);
        assertThat(r.takeProfitRate(0)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.takeProfitRate(2)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(r.stopOutRate()).isCloseTo(1.0 / 3, within(1e-12));
        r.record(2, false);
        r.record(0, false);   // pushes out the first (stopped-out) plan
        assertThat(r.samples()).isEqualTo(4);
        // window: 1, 3, 2, 0 take-profits; none stopped out
        assertThat(r.takeProfitRate(0)).isEqualTo(0.75);
        assertThat(r.takeProfitRate(1)).isEqualTo(0.5);
        assertThat(r.takeProfitRate(2)).isEqualTo(0.25);
        assertThat(r.stopOutRate()).isZero();
        assertThatThrownBy(() -> r.record(4, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0..3");
    }

    @Test
    void missedTargetsAndFrequentStopOutsBringTargetsInAndGiveTheStopRoom() {
        RollingHitRates r = new RollingHitRates(4);
        AdaptiveLevels a = new AdaptiveLevels(ON);
        for (int n = 0; n < 3; n++) {
            r.record(0, true);
            assertThat(a.update(r, 1.0)).as("below the minimum sample").isFalse();
        }
        r.record(0, true);
        // TP1 rate 0 < 0.4: targets × (1 − 0.05); stop-out rate 1 > 0.45: stop × (1 + 0.05)
        assertThat(a.update(r, 1.0)).isTrue();
        assertThat(a.tpScale()).isCloseTo(0.95, within(1e-12));
        assertThat(a.stopScale()).isCloseTo(1.05, within(1e-12));
        assertThat(a.update(r, 0.49)).as("frozen while health is below 0.5").isFalse();
        assertThat(a.tpScale()).isCloseTo(0.95, within(1e-12));
        for (int n = 0; n < 30; n++) {
            a.update(r, 1.0);
        }
        assertThat(a.tpScale()).as("lower bound").isCloseTo(0.5, within(1e-12));
        assertThat(a.stopScale()).as("upper bound").isCloseTo(1.5, within(1e-12));
        assertThat(a.update(r, 1.0)).as("at the bounds nothing moves").isFalse();
    }

    @Test
    void easyTargetsAndRareStopOutsPushTargetsOutAndTightenTheStop() {
        RollingHitRates r = new RollingHitRates(4);
        AdaptiveLevels a = new AdaptiveLevels(ON);
        for (int n = 0; n < 4; n++) {
            r.record(2, false);
        }
        assertThat(a.update(r, 1.0)).isTrue();
        assertThat(a.tpScale()).isCloseTo(1.05, within(1e-12));
        assertThat(a.stopScale()).isCloseTo(0.95, within(1e-12));
        // inside both bands: TP1 rate 0.5, stop-out rate 0.25 → nothing moves
        r.record(0, true);
        r.record(0, false);
        assertThat(r.takeProfitRate(0)).isEqualTo(0.5);
        assertThat(r.stopOutRate()).isEqualTo(0.25);
        assertThat(a.update(r, 1.0)).isFalse();
        assertThat(a.adjustments()).isEqualTo(1);
        AdaptiveLevels off = new AdaptiveLevels(ExitConfig.Adaptive.off());
        assertThat(off.update(r, 1.0)).isFalse();
        assertThat(off.tpScale()).isEqualTo(1.0);
    }
}
