package dev.kairos.engine.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.analytics.indicator.Atr;
import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.market.BarSeries;
import org.junit.jupiter.api.Test;

/** The exit brain's ATR: the analytics ATR once warm, the mean of the true ranges so far before. */
class WilderAtrTest {

    @Test
    void warmUpAveragesTheTrueRangesSeen() {
        WilderAtr atr = new WilderAtr(1, 3);
        // bar 0: high − low = 2
        assertThat(atr.update(0, 101, 99, 100)).isEqualTo(2.0);
        // bar 1: TR = max(103, 100) − min(100, 100) = 3 → mean of bar 1's TR only (bar 0 has none)
        assertThat(atr.update(0, 103, 100, 102)).isEqualTo(3.0);
        // bar 2: TR = 102 − 98 = 4 → (3 + 4) / 2
        assertThat(atr.update(0, 101, 98, 99)).isEqualTo(3.5);
        // bar 3: TR = 104 − 99 = 5 → (3 + 4 + 5) / 3 = 4, the first real ATR(3)
        assertThat(atr.update(0, 104, 100, 103)).isEqualTo(4.0);
        // bar 4: TR = 103 − 101 = 2 → Wilder (4 × 2 + 2) / 3
        assertThat(atr.update(0, 103, 101, 102)).isCloseTo(10.0 / 3, within(1e-12));
    }

    @Test
    void onceWarmItEqualsTheAnalyticsAtrOnEachInstrument() {
        BarSeries a = Bars.randomWalk(InstrumentId.of("AAA-USD"), Bars.HOUR, 500, 7, -1, 0);
        BarSeries b = Bars.randomWalk(InstrumentId.of("BBB-USD"), Bars.HOUR, 500, 8, -1, 0);
        int period = 14;
        double[] refA = Atr.batch(a.highs(), a.lows(), a.closes(), period);
        double[] refB = Atr.batch(b.highs(), b.lows(), b.closes(), period);
        WilderAtr atr = new WilderAtr(2, period);
        for (int i = 0; i < a.size(); i++) {
            double x = atr.update(0, a.high(i), a.low(i), a.close(i));
            double y = atr.update(1, b.high(i), b.low(i), b.close(i));
            if (i >= period) {
                assertThat(x).as("bar %d of A", i).isEqualTo(refA[i]);
                assertThat(y).as("bar %d of B", i).isEqualTo(refB[i]);
            } else {
                assertThat(x).as("warm-up value of bar %d", i).isPositive();
            }
        }
        assertThat(atr.value(1)).isEqualTo(refB[refB.length - 1]);
    }
}
