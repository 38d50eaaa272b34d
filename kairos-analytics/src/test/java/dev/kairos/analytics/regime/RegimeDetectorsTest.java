package dev.kairos.analytics.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegimeDetectorsTest {

    @Test
    void standardRegistryBuildsFreshDetectorsByName() {
        RegimeDetectors r = RegimeDetectors.standard();
        assertEquals(List.of("volatility", "trend", "momentum", "kmeans", "hmm"), r.names());
        assertEquals(RegimeDetectors.RULE_BASED, r.names().subList(0, 3));
        for (String n : r.names()) {
            RegimeDetector a = r.create(n);
            assertEquals(n, a.name());
            assertNotSame(a, r.create(n));
        }
        RegimeEnsemble e = r.ensemble(List.of("trend", "momentum"), RegimeEnsembleConfig.defaults());
        assertEquals(2, e.detectorCount());
        assertEquals("momentum", e.detector(1).name());
    }

    @Test
    void withAddsAFactoryWithoutChangingTheOriginal() {
        RegimeDetectors base = RegimeDetectors.standard();
        RegimeDetectors more = base.with("trend-slow", () -> new NamedTrend());
        assertEquals(List.of("volatility", "trend", "momentum", "kmeans", "hmm", "trend-slow"), more.names());
        assertEquals(5, base.names().size());
        assertEquals("trend-slow", more.create("trend-slow").name());
        assertEquals(6, more.ensemble().detectorCount());
    }

    @Test
    void unknownNamesAndMisnamedFactoriesAreRefused() {
        RegimeDetectors r = RegimeDetectors.standard();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.create("garch"));
        assertTrue(e.getMessage().contains("known: volatility, trend, momentum, kmeans, hmm"), e.getMessage());
        RegimeDetectors wrong = r.with("kmeans", TrendDetector::new);
        IllegalArgumentException m = assertThrows(IllegalArgumentException.class, () -> wrong.create("kmeans"));
        assertTrue(m.getMessage().contains("named 'trend'"), m.getMessage());
        assertThrows(IllegalArgumentException.class, () -> r.with("Bad Name", TrendDetector::new));
        assertThrows(IllegalArgumentException.class, () -> r.with("ok", null));
        assertThrows(IllegalArgumentException.class, () -> r.create(List.of()));
    }

    /** A trend detector under another name, as a second configuration would be registered. */
    private static final class NamedTrend implements RegimeDetector {
        private final TrendDetector inner = new TrendDetector(new TrendDetector.Params(14, 20, 60, 40, 14, 25, 6, 4));

        @Override
        public String name() {
            return "trend-slow";
        }

        @Override
        public void update(dev.kairos.model.market.BarSeries bars, int i) {
            inner.update(bars, i);
        }

        @Override
        public boolean isReady() {
            return inner.isReady();
        }

        @Override
        public double probability(dev.kairos.model.regime.Regime regime) {
            return inner.probability(regime);
        }

        @Override
        public double confidence() {
            return inner.confidence();
        }
    }
}
