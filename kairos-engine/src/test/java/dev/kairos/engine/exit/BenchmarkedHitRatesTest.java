package dev.kairos.engine.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.engine.performance.PerformanceBenchmarker;
import org.junit.jupiter.api.Test;

/** The exit brain's hit rates live in the performance benchmarker's per-leg windows. */
class BenchmarkedHitRatesTest {

    @Test
    void closedPlansBecomeLegOutcomesAndReadBack() {
        PerformanceBenchmarker b = new PerformanceBenchmarker(1, 10, 6);
        BenchmarkedHitRates rates = new BenchmarkedHitRates(b, 3);
        assertThat(rates.samples()).isZero();
        assertThat(rates.stopOutRate()).isNaN();

        rates.record(0, true);   // stopped before TP1
        rates.record(1, false);  // TP1, then breakeven
        rates.record(3, false);  // the whole ladder
        rates.record(2, false);  // TP1 and TP2, then trailing

        assertThat(rates.samples()).isEqualTo(4);
        assertThat(rates.takeProfitRate(0)).isEqualTo(0.75);
        assertThat(rates.takeProfitRate(1)).isEqualTo(0.5);
        assertThat(rates.takeProfitRate(2)).isEqualTo(0.25);
        assertThat(rates.stopOutRate()).isEqualTo(0.25);
        assertThat(rates.takeProfitRate(3)).as("no fourth leg").isNaN();
        // the same numbers as the benchmarker reports them
        assertThat(b.hitRate("tp1")).isEqualTo(0.75);
        assertThat(b.samples("stop")).isEqualTo(4);
        assertThatThrownBy(() -> new BenchmarkedHitRates(b, 0)).hasMessageContaining("at least one");
    }
}
