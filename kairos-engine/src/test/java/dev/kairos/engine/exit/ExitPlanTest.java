package dev.kairos.engine.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One exit plan, by hand: entry 100, R = 5, fee 10 bps a side, take-profits 1 / 2.5 / 4 R, breakeven after
 * TP1, hard stop at 1.5 R. Every level is worked out in a comment.
 */
class ExitPlanTest {
    private static final double FEE = 0.001;
    /** 100 × 1.001 / 0.999: closing there pays back the entry's and the exit's fee. */
    private static final double LONG_BREAKEVEN = 100 * 1.001 / 0.999;

    static ExitConfig config(ExitConfig.Trailing trailing, int timeStopBars) {
        return new ExitConfig(true, new ExitConfig.InitialStop.Percent(5), 14, List.of(1.0, 2.5, 4.0),
                List.of(0.4, 0.4, 0.2), 1, trailing, timeStopBars, 1.5, ExitConfig.Adaptive.off());
    }

    private static ExitPlan longPlan(ExitConfig.Trailing trailing, int timeStopBars) {
        ExitPlan p = new ExitPlan(config(trailing, timeStopBars), FEE);
        p.open(1, 100, 5, 1.0);
        return p;
    }

    @Test
    void aLongsLevelsComeFromTheEntryAndR() {
        ExitPlan p = longPlan(new ExitConfig.Trailing.Atr(2, 2), 0);
        assertThat(p.stop()).isEqualTo(95.0);
        assertThat(p.stopReason()).isEqualTo(ExitReason.STOP);
        assertThat(new double[] {p.takeProfit(0), p.takeProfit(1), p.takeProfit(2)}).containsExactly(105, 112.5, 120);
        assertThat(p.breakevenPrice()).isCloseTo(100.2002002002, within(1e-9));
        // safety net: 95 − (1.5 − 1) × 5
        assertThat(p.hardStop()).isEqualTo(92.5);
        assertThat(p.trailArmed()).isFalse();
    }

    @Test
    void aShortsLevelsAreMirrored() {
        ExitPlan p = new ExitPlan(config(new ExitConfig.Trailing.Off(), 0), FEE);
        p.open(-1, 200, 10, 1.0);
        assertThat(p.stop()).isEqualTo(210.0);
        assertThat(new double[] {p.takeProfit(0), p.takeProfit(1), p.takeProfit(2)}).containsExactly(190, 175, 160);
        // 200 × 0.999 / 1.001: buying back there pays back both fees
        assertThat(p.breakevenPrice()).isCloseTo(199.6003996004, within(1e-9));
        assertThat(p.hardStop()).isEqualTo(215.0);
        // a close at or above the stop closes it
        assertThat(p.onBar(211, 205, 210, 3)).contains(ExitReason.STOP);
    }

    @Test
    void theAdaptiveScaleMovesTheTargetsOnly() {
        ExitPlan p = new ExitPlan(config(new ExitConfig.Trailing.Off(), 0), FEE);
        p.open(1, 100, 5, 0.8);
        // 100 + 0.8 × {1, 2.5, 4} × 5
        assertThat(new double[] {p.takeProfit(0), p.takeProfit(1), p.takeProfit(2)}).containsExactly(104, 110, 116);
        assertThat(p.stop()).isEqualTo(95.0);
    }

    @Test
    void tp1MovesTheStopToBreakevenAndTp2ArmsTheTrail() {
        ExitPlan p = longPlan(new ExitConfig.Trailing.Atr(2, 2), 0);
        assertThat(p.takeProfitHit(0)).isTrue();
        assertThat(p.stop()).isCloseTo(LONG_BREAKEVEN, within(1e-12));
        assertThat(p.stopReason()).isEqualTo(ExitReason.BREAKEVEN);
        assertThat(p.hardStop()).isCloseTo(LONG_BREAKEVEN - 2.5, within(1e-12));
        assertThat(p.takeProfitHit(0)).as("a leg counts once").isFalse();
        assertThat(p.hits()).isEqualTo(1);
        assertThat(p.trailArmed()).isFalse();
        assertThat(p.takeProfitHit(1)).as("already at breakeven").isFalse();
        assertThat(p.trailArmed()).isTrue();
        // best 115, ATR 1.5: trail at 115 − 2 × 1.5 = 112, above breakeven
        assertThat(p.onBar(115, 110, 114, 1.5)).isEmpty();
        assertThat(p.stop()).isEqualTo(112.0);
        assertThat(p.stopReason()).isEqualTo(ExitReason.TRAILING);
        // a wider ATR would put the trail at 115 − 10 = 105: the stop stays
        assertThat(p.onBar(114, 112.5, 113, 5)).isEmpty();
        assertThat(p.stop()).isEqualTo(112.0);
        // the close 111.5 is through 112
        assertThat(p.onBar(113, 111, 111.5, 1.5)).contains(ExitReason.TRAILING);
        assertThat(p.best()).isEqualTo(115.0);
    }

    @Test
    void aPercentTrailArmedFromTheEntryFollowsTheHighs() {
        ExitPlan p = longPlan(new ExitConfig.Trailing.Percent(5, 0), 0);
        assertThat(p.trailArmed()).isTrue();
        // best 102: 102 × 0.95 = 96.9 tightens the stop from 95
        assertThat(p.onBar(102, 99, 101, Double.NaN)).isEmpty();
        assertThat(p.stop()).isCloseTo(96.9, within(1e-12));
        // best 110: 104.5
        assertThat(p.onBar(110, 101, 108, Double.NaN)).isEmpty();
        assertThat(p.stop()).isCloseTo(104.5, within(1e-12));
        assertThat(p.onBar(108, 103, 104, Double.NaN)).contains(ExitReason.TRAILING);
    }

    @Test
    void theTimeStopClosesAfterItsBarsUnlessTheStopComesFirst() {
        ExitPlan p = longPlan(new ExitConfig.Trailing.Off(), 3);
        assertThat(p.onBar(101, 99, 100, 1)).isEmpty();
        assertThat(p.onBar(101, 99, 100, 1)).isEmpty();
        assertThat(p.onBar(101, 99, 100, 1)).contains(ExitReason.TIME);
        assertThat(p.bars()).isEqualTo(3);
        ExitPlan q = longPlan(new ExitConfig.Trailing.Off(), 2);
        assertThat(q.onBar(101, 99, 100, 1)).isEmpty();
        assertThat(q.onBar(100, 94, 94.5, 1)).as("stop and time due together: the stop's reason")
                .contains(ExitReason.STOP);
    }

    @Test
    void anAlertTightensTowardBreakevenButNeverLoosens() {
        ExitPlan p = longPlan(new ExitConfig.Trailing.Off(), 0);
        // halfway from 95 to 100.2002
        assertThat(p.tightenTowardBreakeven(0.5)).isTrue();
        assertThat(p.stop()).isCloseTo(95 + 0.5 * (LONG_BREAKEVEN - 95), within(1e-12));
        assertThat(p.stopReason()).isEqualTo(ExitReason.STOP);
        assertThat(p.tightenTowardBreakeven(1.0)).isTrue();
        assertThat(p.stop()).isCloseTo(LONG_BREAKEVEN, within(1e-12));
        assertThat(p.stopReason()).isEqualTo(ExitReason.BREAKEVEN);
        assertThat(p.tightenTowardBreakeven(0.5)).isFalse();
        assertThat(p.tighten(99, ExitReason.STOP)).as("a looser stop is refused").isFalse();
        assertThat(p.stop()).isCloseTo(LONG_BREAKEVEN, within(1e-12));
        assertThatThrownBy(() -> p.tightenTowardBreakeven(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(0, 1]");
    }

    @Test
    void reanchoringFollowsTheNewEntryWithoutLooseningTheStop() {
        ExitPlan p = longPlan(new ExitConfig.Trailing.Off(), 0);
        p.reanchor(102);
        // 102 − 5 = 97 tightens; targets 102 + {5, 12.5, 20}
        assertThat(p.stop()).isEqualTo(97.0);
        assertThat(new double[] {p.takeProfit(0), p.takeProfit(1), p.takeProfit(2)}).containsExactly(107, 114.5, 122);
        assertThat(p.breakevenPrice()).isCloseTo(102 * 1.001 / 0.999, within(1e-12));
        p.reanchor(98);
        assertThat(p.stop()).as("98 − 5 = 93 would loosen it").isEqualTo(97.0);
        p.takeProfitHit(0);
        p.reanchor(99);
        assertThat(p.stop()).as("breakeven of the new entry, TP1 being reached").isCloseTo(99 * 1.001 / 0.999,
                within(1e-12));
    }

    @Test
    void badInputIsRefused() {
        ExitPlan p = new ExitPlan(config(new ExitConfig.Trailing.Off(), 0), FEE);
        assertThatThrownBy(() -> p.onBar(1, 1, 1, 1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not active");
        assertThatThrownBy(() -> p.open(0, 100, 5, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("side");
        assertThatThrownBy(() -> p.open(1, 100, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("risk 0.0");
        assertThatThrownBy(() -> new ExitPlan(config(new ExitConfig.Trailing.Off(), 0), 0.6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fee rate");
        p.open(1, 100, 5, 1);
        assertThatThrownBy(() -> p.takeProfitHit(3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0..2");
        p.close();
        assertThat(p.isActive()).isFalse();
    }
}
