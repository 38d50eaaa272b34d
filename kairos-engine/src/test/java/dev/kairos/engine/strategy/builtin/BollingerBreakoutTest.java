package dev.kairos.engine.strategy.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.engine.strategy.StrategyParams;
import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.event.Direction;
import dev.kairos.model.market.BarSeries;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BollingerBreakoutTest {
    private static final Map<String, String> P5 = Map.of("period", "5", "deviations", "1.5");

    private static BarSeries closes(double... c) {
        double[][] rows = new double[c.length][];
        for (int i = 0; i < c.length; i++) {
            rows[i] = Bars.bar(c[i], c[i] * 1.01, c[i] * 0.99, c[i], 100);
        }
        return Bars.series(InstrumentId.of("TST-USD"), Bars.HOUR, rows);
    }

    @Test
    void entersBeyondABandAndExitsAtTheMiddle() {
        //          i:  0   1   2   3   4   5   6     7     8     9    10   11
        BarSeries s = closes(10, 10, 10, 10, 10, 11, 11.2, 10.3, 10.2, 9.0, 8.6, 10.5);
        RecordingContext ctx = RecordingContext.run(new BollingerBreakout(), P5, s);
        // SMA5 ± 1.5 population σ:
        //  i4: flat, σ 0: bands = 10, close 10 is not beyond
        //  i5: 10,10,10,10,11 → SMA 10.2, σ 0.4, upper 10.8: close 11 above → LONG,
        //      0.5 + 0.5 × (11 − 10.8)/(10.8 − 10.2) = 0.6667
        //  i6: SMA 10.44: 11.2 above the middle, hold
        //  i7: SMA 10.5: 10.3 ≤ middle → FLAT
        //  i8: SMA 10.54, lower 9.83: 10.2 inside, nothing
        //  i9: SMA 10.34, σ 0.7736, lower 9.1797: 9.0 below → SHORT, 0.5 + 0.5 × 0.1797/1.1604 = 0.5774
        //  i10: SMA 9.86: 8.6 below the middle but above the lower band 8.45, hold
        //  i11: SMA 9.72: 10.5 ≥ middle → FLAT
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::index).containsExactly(5, 7, 9, 11);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::direction)
                .containsExactly(Direction.LONG, Direction.FLAT, Direction.SHORT, Direction.FLAT);
        assertThat(ctx.signals.get(0).confidence()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(ctx.signals.get(1).confidence()).isEqualTo(1.0);
        assertThat(ctx.signals.get(2).confidence()).isCloseTo(0.5774, within(1e-4));
        assertThat(ctx.signals.get(0).reasons().get(0)).isEqualTo(
                "close 11.0000 above the upper BB(5,1.5) band 10.8000: breakout up");
        assertThat(ctx.signals.get(0).reasons().get(1)).isEqualTo("33% of the band distance beyond it");
        assertThat(ctx.signals.get(1).reasons()).singleElement().asString().contains("middle band").contains(
                "exit long");
        assertThat(ctx.signals.get(2).reasons().get(0)).contains("below the lower").contains("breakout down");
        assertThat(ctx.signals.get(3).reasons()).singleElement().asString().contains("exit short");
    }

    @Test
    void aBreakoutThroughTheOtherBandReverses() {
        // after the long of i5, a collapse to 8 breaks the lower band (SMA 10.04, σ 1.134, lower 8.34): SHORT at
        // once, no FLAT first
        BarSeries s = closes(10, 10, 10, 10, 10, 11, 11.2, 8);
        RecordingContext ctx = RecordingContext.run(new BollingerBreakout(), P5, s);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::direction)
                .containsExactly(Direction.LONG, Direction.SHORT);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::index).containsExactly(5, 7);
    }

    @Test
    void bandsACloseCanNeverLeaveAreRefused() {
        BollingerBreakout bb = new BollingerBreakout();
        // a close in its own 5-bar window is at most √4 = 2 population σ from the mean
        StrategyParams p = StrategyParams.resolve(bb.name(), bb.params(), Map.of("period", "5", "deviations", "2"))
                .params();
        assertThat(bb.validate(p)).singleElement().asString().contains("deviations=2.0").contains("period=5");
        assertThat(bb.validate(StrategyParams.resolve(bb.name(), bb.params(), P5).params())).isEmpty();
        assertThat(bb.validate(StrategyParams.resolve(bb.name(), bb.params(), Map.of()).params())).isEmpty();
    }
}
