package dev.kairos.analytics.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.model.market.BarSeries;
import dev.kairos.model.regime.Regime;
import dev.kairos.model.regime.RegimeConfidence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On seeded random series: probabilities in [0, 1] summing to 1, confidences and factors in [0, 1]. */
class ProbabilityInvariantsTest {

    private static void checkDistribution(RegimeDetector d, String where) {
        double sum = 0;
        for (Regime r : Regime.values()) {
            double p = d.probability(r);
            assertTrue(p >= 0 && p <= 1, where + " " + r + " " + p);
            sum += p;
        }
        assertEquals(1.0, sum, 1e-9, where);
        double c = d.confidence();
        assertTrue(c >= 0 && c <= 1, where + " confidence " + c);
    }

    @Test
    void everyDetectorAndTheEnsembleGiveDistributionsOnRandomSeries() {
        RegimeDetectors registry = RegimeDetectors.standard();
        for (long seed = 1; seed <= 12; seed++) {
            BarSeries bars = seed % 2 == 0 ? RegimeBars.random(seed, 1500)
                    : RegimeSwitchingSeries.generate(seed, 1500).bars();
            List<RegimeDetector> all = new ArrayList<>(registry.create(registry.names()));
            RegimeEnsemble accuracy = registry.ensemble();
            RegimeEnsemble equal = registry.ensemble(registry.names(),
                    RegimeEnsembleConfig.defaults().withWeights(RegimeEnsembleConfig.WeightsMode.EQUAL));
            for (int i = 0; i < bars.size(); i++) {
                for (RegimeDetector d : all) {
                    d.update(bars, i);
                    checkDistribution(d, d.name() + " seed " + seed + " bar " + i);
                }
                for (RegimeEnsemble e : List.of(accuracy, equal)) {
                    e.update(bars, i);
                    String where = "ensemble seed " + seed + " bar " + i;
                    checkDistribution(e, where);
                    for (double f : new double[] {e.agreement(), e.historicalAccuracy(), e.dataQuality(),
                            e.boundaryDistance(), e.volatilityModifier()}) {
                        assertTrue(f >= 0 && f <= 1, where + " factor " + f);
                    }
                    RegimeConfidence c = e.confidenceValue(); // validates every field
                    assertEquals(e.confidence(), c.score(), 0.0);
                    double sum = 0;
                    for (RegimeEnsemble.Factor f : RegimeEnsemble.Factor.values()) {
                        sum = 0;
                        for (int k = 0; k < e.detectorCount(); k++) {
                            double w = e.weight(k, f);
                            assertTrue(w >= 0 && w <= 1, where + " weight " + w);
                            sum += w;
                        }
                        if (e.isReady()) {
                            assertEquals(1.0, sum, 1e-9, where + " weights of " + f);
                        }
                    }
                }
            }
            assertTrue(accuracy.isReady() && equal.isReady());
        }
    }
}
