package dev.kairos.analytics.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.Timeframe;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MultiTimeframeRegimeTest {

    @Test
    void feedsEachDailyBarOnceItsLastFourHourBarHasClosed() {
        // 4h bars from midnight UTC: the daily bar of bars 6k..6k+5 closes with bar 6k+5
        BarSeries bars = RegimeSwitchingSeries.generate(8, 1200).bars();
        RegimeDetectors registry = RegimeDetectors.standard();
        MultiTimeframeRegime m = new MultiTimeframeRegime(registry.ensemble(), registry.ensemble(), Timeframe.ONE_DAY);
        assertEquals(Optional.empty(), m.lastHigherBarTime());
        for (int i = 0; i < bars.size(); i++) {
            m.update(bars, i);
            assertEquals((i + 1) / 6, m.higherBarsFed(), "bar " + i);
        }
        assertEquals(Optional.of(bars.timestamp(1194)), m.lastHigherBarTime());
        assertTrue(m.higher().isReady(), "200 daily bars warm the daily ensemble up");
        assertTrue(m.base().isReady());
        assertEquals(m.base().regimeOrdinal() == m.higher().regimeOrdinal(), m.aligned());
        assertEquals(m.higher().regime(), m.higherRegime());
    }

    @Test
    void theDailyEnsembleMatchesOneFedDailyBarsDirectly() {
        BarSeries bars = RegimeSwitchingSeries.generate(9, 1800).bars();
        RegimeDetectors registry = RegimeDetectors.standard();
        MultiTimeframeRegime m = new MultiTimeframeRegime(registry.ensemble(), registry.ensemble(), Timeframe.ONE_DAY);
        for (int i = 0; i < bars.size(); i++) {
            m.update(bars, i);
        }
        // the same daily bars built by hand: open of the first 4h bar, extremes, close of the last, volume sum
        BarSeries.Builder daily = new BarSeries.Builder(bars.instrument(), 300);
        for (int d = 0; d < 300; d++) {
            int a = 6 * d;
            double hi = Double.NEGATIVE_INFINITY;
            double lo = Double.POSITIVE_INFINITY;
            double v = 0;
            for (int k = a; k < a + 6; k++) {
                hi = Math.max(hi, bars.high(k));
                lo = Math.min(lo, bars.low(k));
                v += bars.volume(k);
            }
            daily.add(bars.timestamp(a), bars.open(a), hi, lo, bars.close(a + 5), v);
        }
        BarSeries dailyBars = daily.build(Timeframe.ONE_DAY.millis());
        RegimeEnsemble direct = registry.ensemble();
        for (int d = 0; d < dailyBars.size(); d++) {
            direct.update(dailyBars, d);
        }
        for (dev.kairos.model.regime.Regime r : dev.kairos.model.regime.Regime.values()) {
            assertEquals(direct.probability(r), m.higher().probability(r), 0.0, r.toString());
        }
        assertEquals(direct.regimeOrdinal(), m.higher().regimeOrdinal());
        assertEquals(direct.confidence(), m.higher().confidence(), 0.0);
    }

    @Test
    void rejectsBadWiring() {
        RegimeEnsemble e = RegimeDetectors.standard().ensemble();
        assertThrows(IllegalArgumentException.class, () -> new MultiTimeframeRegime(e, e, Timeframe.ONE_DAY));
        MultiTimeframeRegime m = new MultiTimeframeRegime(RegimeDetectors.standard().ensemble(), e,
                Timeframe.parse("5h"));
        BarSeries bars = RegimeSwitchingSeries.generate(1, 50).bars();
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> m.update(bars, 0));
        assertTrue(x.getMessage().contains("not a whole multiple"), x.getMessage());
    }
}
