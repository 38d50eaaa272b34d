package dev.kairos.engine.strategy.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.event.Direction;
import dev.kairos.model.market.BarSeries;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeltnerSqueezeTest {
    private static final Map<String, String> SMALL = Map.of("bb_period", "4", "bb_dev", "2", "kc_period", "4",
            "atr_period", "2", "kc_mult", "1");

    /** Bars opening at their close with a high one above and a low one below it. */
    private static BarSeries closes(double... c) {
        double[][] rows = new double[c.length][];
        for (int i = 0; i < c.length; i++) {
            rows[i] = Bars.bar(c[i], c[i] + 1, c[i] - 1, c[i], 100);
        }
        return Bars.series(InstrumentId.of("TST-USD"), Bars.HOUR, rows);
    }

    @Test
    void entersWhenTheSqueezeReleasesAndExitsAtTheEma() {
        BarSeries s = closes(
                100, 100.2, 99.9, 100.1, 100, 100.2, 99.9, // i0-6: quiet; ready at i3, squeeze on i3..i6
                104, 105, 103, 101,                        // i7 release up; i10 close below the EMA
                99, 99.1, 98.9, 99, 99.1, 99,              // i11-16: quiet again, squeeze on i13..i16
                95, 94, 97.5);                             // i17 release down; i19 close above the EMA
        RecordingContext ctx = RecordingContext.run(new KeltnerSqueeze(), SMALL, s);
        // BB(4, 2σ) vs Keltner(EMA4 ± 1 × ATR2); every bar's range is 2, so the ATR is at least 2 while the
        // quiet closes have σ ≈ 0.1: the bands sit inside the channels.
        //  i7: close 104 → σ 1.72, BB [97.58, 104.47] while KC is [98.06, 105.16]: the lower band left the
        //      channel, the squeeze (4 bars) fires; close above the EMA 101.61 → LONG,
        //      0.5 + 0.25 × min(1, 4/4) + 0.25 × (104 − 101.61)/3.55 = 0.9182
        //  i10: close 101 < EMA 102.19 → FLAT
        //  i17: close 95 → BB upper 101.52 > KC upper 101.02 after a 4-bar squeeze; close below the EMA 97.50 →
        //       SHORT, 0.5 + 0.25 + 0.25 × (97.50 − 95)/3.515 = 0.9279
        //  i19: close 97.5 > EMA 96.66 → FLAT
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::index).containsExactly(7, 10, 17, 19);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::direction)
                .containsExactly(Direction.LONG, Direction.FLAT, Direction.SHORT, Direction.FLAT);
        assertThat(ctx.signals.get(0).confidence()).isCloseTo(0.91822, within(1e-5));
        assertThat(ctx.signals.get(2).confidence()).isCloseTo(0.92791, within(1e-5));
        assertThat(ctx.signals.get(0).reasons().get(0)).startsWith("squeeze released after 4 bars")
                .contains("Bollinger bands [97.5830, 104.467]").contains("Keltner channels [98.0613, 105.161]");
        assertThat(ctx.signals.get(0).reasons().get(1)).isEqualTo(
                "close 104.000 above the Keltner EMA 101.611 (67% of the way to the band)");
        assertThat(ctx.signals.get(1).reasons()).singleElement().asString().contains("below the Keltner EMA")
                .contains("exit long");
        assertThat(ctx.signals.get(2).reasons().get(1)).contains("below the Keltner EMA");
        assertThat(ctx.signals.get(3).reasons()).singleElement().asString().contains("exit short");
    }

    @Test
    void noEntryWithoutASqueezeFirst() {
        // a steady trend of 1 per bar with bars 2 wide: ATR 2, so the channels are EMA ± 2, while the closes' σ is
        // 1.118 and the Bollinger bands SMA ± 2.236 (SMA and EMA agree on a straight line): never inside
        BarSeries s = closes(100, 101, 102, 103, 104, 105, 106, 107, 108, 109);
        assertThat(RecordingContext.run(new KeltnerSqueeze(), SMALL, s).signals).isEmpty();
    }
}
