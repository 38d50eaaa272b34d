package dev.kairos.engine.strategy.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.event.Direction;
import dev.kairos.model.market.BarSeries;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmaCrossTest {

    private static BarSeries closes(double... c) {
        double[][] rows = new double[c.length][];
        for (int i = 0; i < c.length; i++) {
            rows[i] = Bars.bar(c[i], c[i] * 1.01, c[i] * 0.99, c[i], 100);
        }
        return Bars.series(InstrumentId.of("TST-USD"), Bars.HOUR, rows);
    }

    @Test
    void signalsExactlyAtTheCrossesWithDocumentedConfidence() {
        //          i:  0   1   2   3   4   5   6  7  8   9   10  11
        BarSeries s = closes(10, 10, 10, 12, 14, 12, 9, 8, 9, 12, 11, 10.6);
        RecordingContext ctx = RecordingContext.run(new SmaCross(), Map.of("fast", "2", "slow", "3"), s);
        // SMA2 / SMA3 / diff:
        //  i2: 10 / 10 / 0 (first ready value: no previous diff, no signal)
        //  i3: 11 / 10.667 / +0.333 → crosses up from 0: LONG; close 12 above both (+0.25), slow rose (+0.25)
        //  i4: 13 / 12 / +1;  i5: 13 / 12.667 / +0.333
        //  i6: 10.5 / 11.667 / −1.167 → SHORT; close 9 below both, slow fell 12.667 → 11.667: 1.0
        //  i7: 8.5 / 9.667 / −1.167;  i8: 8.5 / 8.667 / −0.167
        //  i9: 10.5 / 9.667 / +0.833 → LONG; close 12 above both, slow rose 8.667 → 9.667: 1.0
        //  i10: 11.5 / 10.667 / +0.833
        //  i11: 10.8 / 11.2 / −0.4 → SHORT; close 10.6 below both (+0.25), but slow rose 10.667 → 11.2: 0.75
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::index).containsExactly(3, 6, 9, 11);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::direction)
                .containsExactly(Direction.LONG, Direction.SHORT, Direction.LONG, Direction.SHORT);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::confidence).containsExactly(1.0, 1.0, 1.0, 0.75);
        for (RecordingContext.Emitted e : ctx.signals) {
            assertThat(e.confidence()).isBetween(0.0, 1.0);
            assertThat(e.reasons()).isNotEmpty().allSatisfy(r -> assertThat(r).isNotBlank());
        }
        assertThat(ctx.signals.get(0).reasons().get(0)).contains("SMA2").contains("above").contains("SMA3");
        assertThat(ctx.signals.get(1).reasons().get(0)).contains("below");
        assertThat(ctx.signals.get(3).reasons().get(2)).contains("not moving");
    }

    @Test
    void aCrossAgainstPriceAndTrendScoresOneHalf() {
        // fast 1 (the close itself), slow 3: diff = close − SMA3. The close equals the fast average, so it is
        // never strictly beyond both averages: no price bonus with fast = 1.
        //  i2: SMA3 10 → diff 0 (first value)
        //  i3: close 10.3, SMA3 (10 + 10 + 10.3)/3 = 10.1 → LONG; slow rose 10 → 10.1 (+0.25): 0.75
        //  i4: close 10.05, SMA3 (10 + 10.3 + 10.05)/3 = 10.1167 → SHORT; slow rose again, against a short: 0.5
        //  i5: close 10.5, SMA3 (10.3 + 10.05 + 10.5)/3 = 10.2833 → LONG; slow rose: 0.75
        //  i6: close 10.49, SMA3 (10.05 + 10.5 + 10.49)/3 = 10.3467 → diff +0.143: no signal
        BarSeries s = closes(10, 10, 10, 10.3, 10.05, 10.5, 10.49);
        RecordingContext ctx = RecordingContext.run(new SmaCross(), Map.of("fast", "1", "slow", "3"), s);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::index).containsExactly(3, 4, 5);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::direction)
                .containsExactly(Direction.LONG, Direction.SHORT, Direction.LONG);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::confidence).containsExactly(0.75, 0.5, 0.75);
        assertThat(ctx.signals.get(1).reasons()).containsExactly(
                "SMA1 10.0500 crossed below SMA3 10.1167", "close 10.0500 not beyond both averages",
                "slow SMA not moving the signal's way");
    }

    @Test
    void noSignalBeforeTheSlowAverageIsReadyOrWithoutACross() {
        BarSeries rising = closes(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(RecordingContext.run(new SmaCross(), Map.of("fast", "2", "slow", "4"), rising).signals).isEmpty();
        assertThat(RecordingContext.run(new SmaCross(), Map.of("fast", "2", "slow", "3"), closes(10, 12)).signals)
                .isEmpty();
    }

    @Test
    void confidenceStaysInTheUnitInterval() {
        BarSeries s = Bars.randomWalk(InstrumentId.of("TST-USD"), Bars.HOUR, 800, 3, -1, 0);
        RecordingContext ctx = RecordingContext.run(new SmaCross(), Map.of("fast", "5", "slow", "20"), s);
        assertThat(ctx.signals).hasSizeGreaterThan(5);
        assertThat(ctx.signals).allSatisfy(e -> {
            assertThat(e.confidence()).isBetween(0.5, 1.0);
            assertThat(e.reasons()).hasSize(3);
        });
        // long and short alternate: a cross can only follow the opposite cross
        for (int i = 1; i < ctx.signals.size(); i++) {
            assertThat(ctx.signals.get(i).direction()).isNotEqualTo(ctx.signals.get(i - 1).direction());
        }
    }
}
