package dev.kairos.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EquityCurveTest {

    @Test
    void keepsEverySampleUpToItsCapacity() {
        EquityCurve c = new EquityCurve(8);
        assertThat(c.times()).isEmpty();
        assertThat(c.values()).isEmpty();
        for (int i = 0; i < 8; i++) {
            c.add(1_000 + i, 100 + i);
        }
        assertThat(c.times()).containsExactly(1_000, 1_001, 1_002, 1_003, 1_004, 1_005, 1_006, 1_007);
        assertThat(c.values()).containsExactly(100, 101, 102, 103, 104, 105, 106, 107);
    }

    @ParameterizedTest
    @ValueSource(ints = {9, 10, 17, 100, 1_000, 4_097, 100_003})
    void decimationKeepsABoundedEvenlySpacedCurveEndingWithTheNewestSample(int n) {
        int capacity = 16;
        EquityCurve c = new EquityCurve(capacity);
        for (int i = 0; i < n; i++) {
            c.add(i * 10L, i * 0.5);
        }
        long[] t = c.times();
        double[] v = c.values();
        assertThat(t).hasSameSizeAs(v);
        // at most the kept points plus the newest sample
        assertThat(t.length).isBetween(capacity / 2, capacity + 1);
        assertThat(t[0]).as("first sample kept").isZero();
        assertThat(t[t.length - 1]).as("ends with the newest sample").isEqualTo((n - 1) * 10L);
        assertThat(v[v.length - 1]).isEqualTo((n - 1) * 0.5);
        assertThat(t).isSorted();
        for (int i = 0; i < t.length; i++) {
            assertThat(v[i]).as("value matches its time").isEqualTo(t[i] / 10 * 0.5);
        }
        // the kept points (all but a possibly appended newest one) are evenly spaced
        int kept = t[t.length - 1] % (t[1] - t[0]) == 0 ? t.length : t.length - 1;
        long step = t[1] - t[0];
        for (int i = 1; i < kept; i++) {
            assertThat(t[i] - t[i - 1]).isEqualTo(step);
        }
    }

    @Test
    void capacityMustBeEven() {
        assertThatThrownBy(() -> new EquityCurve(7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EquityCurve(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
