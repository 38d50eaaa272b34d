package dev.kairos.analytics.regime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.Timeframe;
import dev.kairos.model.regime.Regime;
import org.junit.jupiter.api.Test;

class RegimeSwitchingSeriesTest {

    @Test
    void sameSeedSameBarsAndLabels() {
        RegimeSwitchingSeries a = RegimeSwitchingSeries.generate(42, 2000);
        RegimeSwitchingSeries b = RegimeSwitchingSeries.generate(42, 2000);
        assertArrayEquals(a.bars().closes(), b.bars().closes(), 0.0);
        assertArrayEquals(a.bars().highs(), b.bars().highs(), 0.0);
        assertArrayEquals(a.bars().lows(), b.bars().lows(), 0.0);
        assertArrayEquals(a.bars().volumes(), b.bars().volumes(), 0.0);
        assertArrayEquals(a.bars().timestamps(), b.bars().timestamps());
        assertArrayEquals(a.labels(), b.labels());
        RegimeSwitchingSeries c = RegimeSwitchingSeries.generate(43, 2000);
        assertFalse(java.util.Arrays.equals(a.bars().closes(), c.bars().closes()));
    }

    @Test
    void stretchesRespectTheDwellBoundsAndAlwaysChangeRegime() {
        RegimeSwitchingSeries.Spec spec = RegimeSwitchingSeries.Spec.defaults();
        for (long seed = 1; seed <= 10; seed++) {
            RegimeSwitchingSeries s = RegimeSwitchingSeries.generate(seed, 5000, spec);
            Regime[] l = s.labels();
            int start = 0;
            int stretches = 0;
            for (int i = 1; i <= l.length; i++) {
                if (i == l.length || l[i] != l[i - 1]) {
                    int length = i - start;
                    if (i < l.length) {
                        assertTrue(length >= spec.minDwell() && length <= spec.maxDwell(), "stretch " + length);
                        assertNotEquals(l[i], l[i - 1]);
                        stretches++;
                    } else {
                        assertTrue(length <= spec.maxDwell());
                    }
                    start = i;
                }
            }
            assertTrue(stretches >= 5000 / spec.maxDwell() - 1, "stretches " + stretches);
        }
    }

    @Test
    void barsSitOnTheGridAndRegimesMoveAsSpecified() {
        RegimeSwitchingSeries s = RegimeSwitchingSeries.generate(5, 20_000);
        BarSeries bars = s.bars();
        assertEquals(Timeframe.FOUR_HOURS.millis(), bars.intervalMs());
        double[] sum = new double[Regime.COUNT];
        double[] sumSq = new double[Regime.COUNT];
        int[] n = new int[Regime.COUNT];
        for (int i = 1; i < bars.size(); i++) {
            assertEquals(bars.timestamp(i - 1) + Timeframe.FOUR_HOURS.millis(), bars.timestamp(i));
            assertEquals(bars.close(i - 1), bars.open(i), 0.0, "open is the previous close");
            assertTrue(bars.volume(i) > 0);
            int r = s.label(i).ordinal();
            double x = Math.log(bars.close(i) / bars.close(i - 1));
            sum[r] += x;
            sumSq[r] += x * x;
            n[r]++;
        }
        double bullMean = sum[0] / n[0];
        double bearMean = sum[1] / n[1];
        assertEquals(0.005, bullMean, 0.0015, "bull drift");
        assertEquals(-0.006, bearMean, 0.0015, "bear drift");
        double volatileSd = Math.sqrt(sumSq[2] / n[2]);
        double quietSd = Math.sqrt(sumSq[3] / n[3]);
        assertEquals(0.024, volatileSd, 0.005, "volatile range volatility (less a little mean reversion)");
        assertEquals(0.006, quietSd, 0.0015, "quiet range volatility");
        assertEquals(0.0, sum[2] / n[2], 0.001, "ranges have no drift");
    }

    @Test
    void specIsValidated() {
        RegimeSwitchingSeries.Dynamics ok = new RegimeSwitchingSeries.Dynamics(0, 0.01, 0);
        assertThrows(IllegalArgumentException.class, () -> new RegimeSwitchingSeries.Dynamics(0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new RegimeSwitchingSeries.Dynamics(0.6, 0.01, 0));
        assertThrows(IllegalArgumentException.class, () -> new RegimeSwitchingSeries.Dynamics(0, 0.01, 1));
        assertThrows(IllegalArgumentException.class, () -> RegimeSwitchingSeries.Spec.defaults().withDwell(0, 10));
        assertThrows(IllegalArgumentException.class, () -> RegimeSwitchingSeries.Spec.defaults().withDwell(10, 5));
        assertThrows(IllegalArgumentException.class, () -> new RegimeSwitchingSeries.Spec(ok, ok, ok, ok, 5, 10, 0,
                12, Timeframe.FOUR_HOURS, 1, 100));
        assertThrows(IllegalArgumentException.class, () -> RegimeSwitchingSeries.generate(1, 0));
    }
}
