package dev.kairos.analytics.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kairos.analytics.testsupport.Allocation;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.Timeframe;
import org.junit.jupiter.api.Test;

/**
 * Per-bar updates of the rule-based ensemble allocate nothing once warmed up. (The fitted detectors allocate
 * when they refit, every few hundred bars; between refits they do not: see FittedDetectorsTest.)
 */
class RegimeAllocationTest {

    @Test
    void ensembleAndMultiTimeframeUpdatesDoNotAllocate() {
        BarSeries bars = RegimeSwitchingSeries.generate(11, 6000).bars();
        RegimeDetectors registry = RegimeDetectors.standard();
        RegimeEnsembleConfig config = RegimeEnsembleConfig.defaults();
        RegimeEnsemble ensemble = registry.ensemble(RegimeDetectors.RULE_BASED, config);
        MultiTimeframeRegime multi = new MultiTimeframeRegime(registry.ensemble(RegimeDetectors.RULE_BASED, config),
                registry.ensemble(RegimeDetectors.RULE_BASED, config), Timeframe.ONE_DAY);
        double[] p = new double[4];
        // warm up (and let the JIT compile) on the first 3000 bars
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
        assertEquals(0, bytes, "bytes allocated over 3000 bars");
    }
}
