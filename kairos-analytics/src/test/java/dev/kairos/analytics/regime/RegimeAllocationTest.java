package dev.kairos.analytics.regime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.analytics.testsupport.Allocation;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.Timeframe;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Per-bar updates of the rule-based ensemble allocate nothing once warmed up. (The fitted detectors allocate
 * when they refit, every few hundred bars; between refits they do not: see FittedDetectorsTest.)
 *
 * <p>"Warmed up" covers the JIT too. While it is still compiling, a switch between compiled forms
 * (deoptimisation) re-creates on the heap a few objects that compiled code had kept in registers: a few
 * hundred bytes at moments that depend on the machine's load, nothing to do with the updates. So the test
 * runs up to five rounds with fresh instances (the compiled code carries over) and asks for one round of
 * 3,000 bars without a byte allocated. An update that allocated on every bar (boxing, a record per bar)
 * would show at least 48,000 bytes in every round.
 */
class RegimeAllocationTest {

    private static final int ROUNDS = 5;

    @Test
    void ensembleAndMultiTimeframeUpdatesDoNotAllocate() {
        BarSeries bars = RegimeSwitchingSeries.generate(11, 6000).bars();
        RegimeDetectors registry = RegimeDetectors.standard();
        RegimeEnsembleConfig config = RegimeEnsembleConfig.defaults();
        double[] p = new double[4];
        List<Long> rounds = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            RegimeEnsemble ensemble = registry.ensemble(RegimeDetectors.RULE_BASED, config);
            MultiTimeframeRegime multi = new MultiTimeframeRegime(
                    registry.ensemble(RegimeDetectors.RULE_BASED, config),
                    registry.ensemble(RegimeDetectors.RULE_BASED, config), Timeframe.ONE_DAY);
            // warm up the detectors' windows on the first 3000 bars
            for (int i = 0; i < 3000; i++) {
                ensemble.update(bars, i);
                multi.update(bars, i);
            }
            long bytes = Allocation.bytesAllocatedBy(() -> {
                for (int i = 3000; i < 6000; i++) {
                    ensemble.update(bars, i);
                    multi.update(bars, i);
                    ensemble.probabilities(p);
                    ensemble.regime();
                    ensemble.confidence();
                }
            });
            rounds.add(bytes);
            if (bytes == 0) {
                break;
            }
        }
        assertTrue(rounds.get(rounds.size() - 1) == 0,
                "bytes allocated over 3000 bars, round by round (one round of 0 expected): " + rounds);
    }
}
