package dev.kairos.analytics.regime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.Timeframe;
import dev.kairos.model.regime.Regime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No output up to bar t depends on a bar after t: every detector, the ensemble and the multi-timeframe pair are run
 * over a series and over a copy whose bars after t are replaced, and must agree bit for bit up to t.
 */
class LookaheadTest {
    private static final int N = 1600;
    private static final int[] CUTS = {350, 777, 1203};

    /** Per bar: the probabilities, the confidence and (for ensembles) the published regime and factors. */
    private static List<double[]> trace(RegimeDetector d, BarSeries bars) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            d.update(bars, i);
            out.add(row(d));
        }
        return out;
    }

    private static double[] row(RegimeDetector d) {
        double[] p = new double[Regime.COUNT];
        d.probabilities(p);
        if (d instanceof RegimeEnsemble e) {
            return new double[] {p[0], p[1], p[2], p[3], e.confidence(), e.regimeOrdinal(), e.agreement(),
                    e.historicalAccuracy(), e.dataQuality(), e.boundaryDistance(), e.volatilityModifier()};
        }
        return new double[] {p[0], p[1], p[2], p[3], d.confidence(), d.isReady() ? 1 : 0};
    }

    private static void assertSameUpTo(List<double[]> a, List<double[]> b, int t, String what) {
        for (int i = 0; i <= t; i++) {
            assertArrayEquals(a.get(i), b.get(i), 0.0, what + " at bar " + i + " (cut " + t + ")");
        }
    }

    @Test
    void detectorsAndEnsembleSeeNoFutureBar() {
        BarSeries bars = RegimeSwitchingSeries.generate(3, N).bars();
        RegimeDetectors registry = RegimeDetectors.standard();
        for (int t : CUTS) {
            BarSeries other = RegimeBars.perturbedAfter(bars, t, t);
            for (String name : registry.names()) {
                List<double[]> a = trace(registry.create(name), bars);
                List<double[]> b = trace(registry.create(name), other);
                assertSameUpTo(a, b, t, name);
                assertNotEquals(a.get(N - 1)[4], b.get(N - 1)[4], name + ": the perturbation must matter later");
            }
            for (RegimeEnsembleConfig.WeightsMode mode : RegimeEnsembleConfig.WeightsMode.values()) {
                RegimeEnsembleConfig config = RegimeEnsembleConfig.defaults().withWeights(mode);
                List<double[]> a = trace(registry.ensemble(registry.names(), config), bars);
                List<double[]> b = trace(registry.ensemble(registry.names(), config), other);
                assertSameUpTo(a, b, t, "ensemble " + mode);
            }
        }
    }

    @Test
    void higherTimeframeSeesOnlyClosedBarsOfThePast() {
        BarSeries bars = RegimeSwitchingSeries.generate(4, N).bars();
        RegimeDetectors registry = RegimeDetectors.standard();
        for (int t : CUTS) {
            BarSeries other = RegimeBars.perturbedAfter(bars, t, 99 + t);
            MultiTimeframeRegime a = new MultiTimeframeRegime(registry.ensemble(), registry.ensemble(),
                    Timeframe.ONE_DAY);
            MultiTimeframeRegime b = new MultiTimeframeRegime(registry.ensemble(), registry.ensemble(),
                    Timeframe.ONE_DAY);
            for (int i = 0; i <= t; i++) {
                a.update(bars, i);
                b.update(other, i);
                assertArrayEquals(row(a.base()), row(b.base()), 0.0, "base at " + i);
                assertArrayEquals(row(a.higher()), row(b.higher()), 0.0, "higher at " + i);
                assertEquals(a.higherBarsFed(), b.higherBarsFed());
            }
        }
    }
}
