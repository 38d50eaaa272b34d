package dev.kairos.engine.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What an exit configuration may be, and the reasons' labels. */
class ExitConfigTest {

    private static ExitConfig with(List<Double> r, List<Double> shares, int breakevenAfter, int armAfter,
                                   double hardMultiple) {
        return new ExitConfig(true, new ExitConfig.InitialStop.AtrMultiple(2), 14, r, shares, breakevenAfter,
                new ExitConfig.Trailing.Atr(2, armAfter), 0, hardMultiple, ExitConfig.Adaptive.off());
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        ExitConfig d = ExitConfig.defaults();
        assertThat(d.enabled()).isTrue();
        assertThat(d.takeProfitR()).containsExactly(1.0, 2.5, 4.0);
        assertThat(d.takeProfitShares()).containsExactly(0.4, 0.4, 0.2);
        assertThat(d.stop()).isEqualTo(new ExitConfig.InitialStop.AtrMultiple(2.0));
        assertThat(d.hasHardStop()).isTrue();
        assertThat(ExitConfig.disabled().enabled()).isFalse();
    }

    @Test
    void inconsistentLaddersAreRefusedWithTheirValues() {
        assertThatThrownBy(() -> with(List.of(1.0, 2.5), List.of(0.4, 0.4, 0.2), 1, 1, 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one take-profit share per level");
        assertThatThrownBy(() -> with(List.of(1.0, 2.5, 4.0), List.of(0.4, 0.4, 0.3), 1, 1, 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("add up to 1");
        assertThatThrownBy(() -> with(List.of(2.5, 1.0), List.of(0.5, 0.5), 1, 1, 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strictly increasing");
        assertThatThrownBy(() -> with(List.of(1.0, 2.0, 3.0, 4.0), List.of(0.25, 0.25, 0.25, 0.25), 1, 1, 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 3");
        assertThatThrownBy(() -> with(List.of(1.0, 2.0), List.of(0.5, 0.5), 3, 1, 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("breakeven after take-profit");
        assertThatThrownBy(() -> with(List.of(1.0, 2.0), List.of(0.5, 0.5), 1, 3, 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trailing arm after");
        assertThatThrownBy(() -> with(List.of(1.0), List.of(1.0), 1, 1, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hard stop multiple");
        assertThat(with(List.of(1.0), List.of(1.0), 1, 1, 0).hasHardStop()).isFalse();
        assertThatThrownBy(() -> new ExitConfig.InitialStop.Percent(100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(0, 100)");
        assertThatThrownBy(() -> new ExitConfig.Adaptive(true, 10, 1.2, 1.5, 0.75, 1.5, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 < min <= 1 <= max");
    }

    @Test
    void reasonsHaveStableLabels() {
        assertThat(ExitReason.values()).extracting(ExitReason::label).containsExactly("tp1", "tp2", "tp3", "stop",
                "breakeven", "trailing", "time", "hard_stop", "signal", "risk");
        assertThat(ExitReason.of("hard_stop")).contains(ExitReason.HARD_STOP);
        assertThat(ExitReason.of("end_of_data")).isEmpty();
        assertThat(ExitReason.takeProfit(2)).isEqualTo(ExitReason.TP3);
    }
}
