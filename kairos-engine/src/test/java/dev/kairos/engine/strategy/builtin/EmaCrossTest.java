package dev.kairos.engine.strategy.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.engine.strategy.StrategyParams;
import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.event.Direction;
import dev.kairos.model.market.BarSeries;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmaCrossTest {

    private static BarSeries closes(double... c) {
        double[][] rows = new double[c.length][];
        for (int i = 0; i < c.length; i++) {
            rows[i] = Bars.bar(c[i], c[i] * 1.01, c[i] * 0.99, c[i], 100);
        }
        return Bars.series(InstrumentId.of("TST-USD"), Bars.HOUR, rows);
    }

    @Test
    void entersAndReversesAtTheCrossesOfTheEmas() {
        //          i:  0   1   2   3   4   5   6     7     8     9
        BarSeries s = closes(10, 10, 10, 13, 13, 10, 10.5, 11.5, 11.4, 11.0);
        RecordingContext ctx = RecordingContext.run(new EmaCross(), Map.of("fast", "2", "slow", "3"), s);
        // EMA2 (k 2/3, seeded with the SMA of closes 0..1) / EMA3 (k 1/2, seeded with the SMA of 0..2):
        //  i2: 10 / 10 → diff 0, the first (no signal)
        //  i3: 10 + 3 × 2/3 = 12 / 10 + 3/2 = 11.5 → +0.5: LONG; close 13 above both, EMA3 rose: 1.0
        //  i4: 12.667 / 12.25 → +0.417
        //  i5: 10.889 / 11.125 → −0.236: SHORT; close 10 below both, EMA3 fell: 1.0
        //  i6: 10.630 / 10.8125 → −0.183
        //  i7: 11.210 / 11.156 → +0.054: LONG (1.0);  i8: 11.337 / 11.278 → +0.059
        //  i9: 11.112 / 11.139 → −0.027: SHORT (1.0)
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::index).containsExactly(3, 5, 7, 9);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::direction)
                .containsExactly(Direction.LONG, Direction.SHORT, Direction.LONG, Direction.SHORT);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::confidence).containsExactly(1.0, 1.0, 1.0, 1.0);
        assertThat(ctx.signals.get(0).reasons()).containsExactly("EMA2 12.0000 crossed above EMA3 11.5000",
                "close 13.0000 above both averages", "slow EMA rising");
        assertThat(ctx.signals.get(1).reasons().get(0)).contains("EMA2").contains("crossed below").contains("EMA3");
    }

    @Test
    void confidenceDropsWhenPriceDoesNotConfirm() {
        // fast 1: the "fast EMA" is the close itself, so the close is never strictly beyond both averages
        //  EMA3: i2 10, i3 10.15, i4 10.1, i5 10.3
        //  i3: 10.3 > 10.15 → LONG, EMA3 rose: 0.75;  i4: 10.05 < 10.1 → SHORT, EMA3 fell: 0.75
        //  i5: 10.5 > 10.3 → LONG, 0.75;  i6: 10.49 vs EMA3 10.395 → still above, nothing
        BarSeries s = closes(10, 10, 10, 10.3, 10.05, 10.5, 10.49);
        RecordingContext ctx = RecordingContext.run(new EmaCross(), Map.of("fast", "1", "slow", "3"), s);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::index).containsExactly(3, 4, 5);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::confidence).containsExactly(0.75, 0.75, 0.75);
        assertThat(ctx.signals.get(1).reasons()).containsExactly("EMA1 10.0500 crossed below EMA3 10.1000",
                "close 10.0500 not beyond both averages", "slow EMA falling");
    }

    @Test
    void fastMustBeShorterThanSlow() {
        EmaCross ema = new EmaCross();
        StrategyParams p = StrategyParams.resolve(ema.name(), ema.params(), Map.of("fast", "26", "slow", "26"))
                .params();
        assertThat(ema.validate(p)).singleElement().asString().contains("fast=26").contains("slow=26");
        assertThat(ema.validate(StrategyParams.resolve(ema.name(), ema.params(), Map.of()).params())).isEmpty();
    }
}
