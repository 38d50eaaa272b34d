package dev.kairos.analytics.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.regime.Regime;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Hand-built series through each rule-based detector. */
class RuleDetectorsTest {

    private static double[] runTo(RegimeDetector d, BarSeries bars, int last) {
        for (int i = 0; i <= last; i++) {
            d.update(bars, i);
        }
        double[] p = new double[Regime.COUNT];
        d.probabilities(p);
        return p;
    }

    private static Regime top(double[] p) {
        return Regime.of(RegimeFactors.argmax(p));
    }

    @Test
    void steadyUptrendIsABullTrendForTrendAndMomentum() {
        BarSeries up = RegimeBars.trend(200, 0.005);
        for (RegimeDetector d : new RegimeDetector[] {new TrendDetector(), new MomentumDetector()}) {
            double[] p = runTo(d, up, 199);
            assertTrue(d.isReady(), d.name());
            assertEquals(Regime.BULL_TREND, top(p), d.name());
            assertTrue(p[0] > 0.9, d.name() + " bull " + p[0]);
            assertTrue(d.confidence() > 0.8, d.name() + " confidence " + d.confidence());
        }
    }

    @Test
    void steadyDowntrendIsABearTrendForTrendAndMomentum() {
        BarSeries down = RegimeBars.trend(200, -0.005);
        for (RegimeDetector d : new RegimeDetector[] {new TrendDetector(), new MomentumDetector()}) {
            double[] p = runTo(d, down, 199);
            assertEquals(Regime.BEAR_TREND, top(p), d.name());
            assertTrue(p[1] > 0.9, d.name() + " bear " + p[1]);
        }
    }

    @Test
    void oscillationWithoutDriftIsARangeForTrendAndMomentum() {
        BarSeries range = RegimeBars.range(200, 0.03, 0.002);
        for (RegimeDetector d : new RegimeDetector[] {new TrendDetector(), new MomentumDetector()}) {
            double[] p = runTo(d, range, 199);
            double trendShare = p[0] + p[1];
            assertTrue(trendShare < 0.3, d.name() + " trend share " + trendShare);
            // no view on the kind of range
            assertEquals(p[2], p[3], 1e-12, d.name());
        }
    }

    @Test
    void volatilityDetectorTellsVolatileFromQuietAndLeavesDirectionNeutral() {
        // 400 bars of one volatility (wicks 0.2 %), then 100 volatile bars (wicks 3 %), then quiet again
        int n = 700;
        BarSeries.Builder b = new BarSeries.Builder(InstrumentId.of("TEST-REGIME"), n);
        for (int i = 0; i < n; i++) {
            double wick = i >= 400 && i < 500 ? 0.03 : 0.002;
            double c = 100 * (1 + 0.01 * Math.sin(i * 2 * Math.PI / 16));
            b.add(RegimeBars.T0 + i * RegimeBars.H4, c, c * (1 + wick), c * (1 - wick), c, 1_000);
        }
        BarSeries bars = b.build(RegimeBars.H4);
        VolatilityDetector d = new VolatilityDetector();
        double[] flat = runTo(d, bars, 399);
        // one volatility for 400 bars: nothing to rank it against, so no view yet
        assertEquals(0.5, RegimeFactors.volatileShare(flat), 0.05);
        double[] volatileEnd = new double[Regime.COUNT];
        for (int i = 400; i <= 499; i++) {
            d.update(bars, i);
        }
        d.probabilities(volatileEnd);
        assertEquals(Regime.VOLATILE_RANGE, top(volatileEnd));
        assertTrue(RegimeFactors.volatileShare(volatileEnd) > 0.8, "volatile " + volatileEnd[2]);
        assertEquals(0.25, volatileEnd[0], 1e-12, "bull stays neutral");
        assertEquals(0.25, volatileEnd[1], 1e-12, "bear stays neutral");
        assertTrue(d.rank() > 0.8, "rank " + d.rank());
        for (int i = 500; i <= 600; i++) {
            d.update(bars, i);
        }
        double[] after = new double[Regime.COUNT];
        d.probabilities(after);
        assertEquals(Regime.QUIET_RANGE, top(after));
    }

    @Test
    void notReadyDetectorsAreUniformWithZeroConfidence() {
        BarSeries up = RegimeBars.trend(10, 0.005);
        for (Supplier<RegimeDetector> f : RegimeDetectors.standard().names().stream()
                .map(n -> (Supplier<RegimeDetector>) () -> RegimeDetectors.standard().create(n)).toList()) {
            RegimeDetector d = f.get();
            double[] p = runTo(d, up, 9);
            assertFalse(d.isReady(), d.name());
            for (double x : p) {
                assertEquals(0.25, x, 0.0, d.name());
            }
            assertEquals(0.0, d.confidence(), 0.0, d.name());
        }
    }

    @Test
    void barsMustComeInOrder() {
        BarSeries up = RegimeBars.trend(10, 0.005);
        for (String name : RegimeDetectors.RULE_BASED) {
            RegimeDetector d = RegimeDetectors.standard().create(name);
            d.update(up, 3);
            d.update(up, 4);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.update(up, 4));
            assertTrue(e.getMessage().contains("expected 5"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> d.update(up, 7));
        }
    }

    @Test
    void parametersAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new VolatilityDetector.Params(1, 5, 60, 1000, 100, 4, 1));
        assertThrows(IllegalArgumentException.class, () -> new VolatilityDetector.Params(20, 5, 5, 1000, 100, 4, 1));
        assertThrows(IllegalArgumentException.class, () -> new VolatilityDetector.Params(20, 5, 60, 50, 100, 4, 1));
        assertThrows(IllegalArgumentException.class, () -> new VolatilityDetector.Params(20, 5, 60, 1000, 100, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new VolatilityDetector.Params(20, 5, 60, 1000, 100, 4, -1));
        assertThrows(IllegalArgumentException.class, () -> new TrendDetector.Params(1, 10, 30, 30, 14, 25, 6, 4));
        assertThrows(IllegalArgumentException.class, () -> new TrendDetector.Params(14, 30, 30, 30, 14, 25, 6, 4));
        assertThrows(IllegalArgumentException.class, () -> new TrendDetector.Params(14, 10, 30, 30, 14, 100, 6, 4));
        assertThrows(IllegalArgumentException.class, () -> new TrendDetector.Params(14, 10, 30, 30, 14, 25, 0, 4));
        assertThrows(IllegalArgumentException.class, () -> new TrendDetector.Params(14, 10, 30, 30, 14, 25, 6, -1));
        assertThrows(IllegalArgumentException.class, () -> new MomentumDetector.Params(1, 14, 30, 1, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> new MomentumDetector.Params(30, 14, 30, 0, 0, 3));
        assertThrows(IllegalArgumentException.class, () -> new MomentumDetector.Params(30, 14, 30, 1, 2, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new TrendDetector(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TrendDetector.Params(14, 30, 20, 30, 14, 25, 6, 4));
        assertTrue(e.getMessage().contains("slow EMA period 20"), e.getMessage());
    }
}
