package dev.kairos.analytics.regime;

import static dev.kairos.model.regime.Regime.BEAR_TREND;
import static dev.kairos.model.regime.Regime.BULL_TREND;
import static dev.kairos.model.regime.Regime.QUIET_RANGE;
import static dev.kairos.model.regime.Regime.VOLATILE_RANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kairos.model.regime.Regime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RegimeEvaluationTest {

    @Test
    void handComputedScores() {
        // truth: 30 bull then 30 quiet; calls: not ready for 2 bars, then bull, after the switch bull for 5
        // more bars, then quiet, except a volatile blip at bar 50
        Regime[] truth = new Regime[60];
        int[] calls = new int[60];
        for (int i = 0; i < 60; i++) {
            truth[i] = i < 30 ? BULL_TREND : QUIET_RANGE;
            calls[i] = i < 2 ? -1 : (i < 35 ? BULL_TREND.ordinal() : QUIET_RANGE.ordinal());
        }
        calls[50] = VOLATILE_RANGE.ordinal();
        RegimeEvaluation e = RegimeEvaluation.of(truth, calls, 0);
        assertEquals(60, e.bars());
        // wrong: bars 0, 1 (no call), 30..34 (late), 50 (blip) = 8
        assertEquals(52.0 / 60, e.accuracy(), 1e-12);
        // settled: bars 21..29 (9 bars) and 51..59 (9 bars), all right
        assertEquals(18, e.settledBars());
        assertEquals(1.0, e.settledAccuracy(), 1e-12);
        // bull: tp 28, true 30, called 33 -> 56/63; quiet: tp 24, true 30, called 24 -> 48/54
        assertEquals(56.0 / 63, e.f1(BULL_TREND), 1e-12);
        assertEquals(48.0 / 54, e.f1(QUIET_RANGE), 1e-12);
        assertEquals(0.0, e.f1(VOLATILE_RANGE), 1e-12, "called once, never true");
        assertEquals(Double.NaN, e.f1(BEAR_TREND), "neither true nor called");
        // switches: bar 0 (found at bar 2, delay 2) and bar 30 (found at 35, delay 5)
        assertEquals(2, e.switches());
        assertEquals(2, e.detected());
        assertEquals(3.5, e.meanDelay(), 1e-12);
        // call changes: -1 -> bull (2), bull -> quiet (35), quiet -> volatile (50), volatile -> quiet (51)
        assertEquals(4, e.calledChanges());
        assertEquals((56.0 / 63 + 48.0 / 54 + 0.0) / 3, e.macroF1(), 1e-12);
    }

    @Test
    void warmUpIsLeftOutAndMissedSwitchesAreCounted() {
        Regime[] truth = new Regime[40];
        Arrays.fill(truth, 0, 20, BEAR_TREND);
        Arrays.fill(truth, 20, 40, VOLATILE_RANGE);
        int[] calls = new int[40];
        Arrays.fill(calls, BEAR_TREND.ordinal());
        RegimeEvaluation e = RegimeEvaluation.of(truth, calls, 10);
        assertEquals(30, e.bars());
        assertEquals(10.0 / 30, e.accuracy(), 1e-12);
        assertEquals(1, e.switches(), "the start is before the counted bars");
        assertEquals(0, e.detected());
        assertEquals(Double.NaN, e.meanDelay());
        assertEquals(0, e.settledBars());
        assertEquals(Double.NaN, e.settledAccuracy());
    }

    @Test
    void rejectsMismatchedInput() {
        assertThrows(IllegalArgumentException.class, () -> RegimeEvaluation.of(new Regime[3], new int[2], 0));
        Regime[] t = {BULL_TREND, BULL_TREND};
        assertThrows(IllegalArgumentException.class, () -> RegimeEvaluation.of(t, new int[2], 2));
    }
}
