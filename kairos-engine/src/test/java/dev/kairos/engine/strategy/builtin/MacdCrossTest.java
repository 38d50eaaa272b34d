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

class MacdCrossTest {
    private static final Map<String, String> SMALL = Map.of("fast", "2", "slow", "3", "signal", "2", "range", "3");

    private static BarSeries closes(double... c) {
        double[][] rows = new double[c.length][];
        for (int i = 0; i < c.length; i++) {
            rows[i] = Bars.bar(c[i], c[i] * 1.01, c[i] * 0.99, c[i], 100);
        }
        return Bars.series(InstrumentId.of("TST-USD"), Bars.HOUR, rows);
    }

    @Test
    void signalsWhereTheHistogramChangesSign() {
        //          i:  0   1   2   3   4   5   6   7   8   9     10  11
        BarSeries s = closes(10, 10, 10, 10, 12, 14, 13, 11, 10, 10.5, 12, 12);
        RecordingContext ctx = RecordingContext.run(new MacdCross(), SMALL, s);
        // MACD(2,3,2), TA-Lib seeding; line = EMA2 − EMA3, signal = EMA2 of the line, histogram = line − signal:
        //  i3: line 0, signal 0, hist 0 (first: no signal)
        //  i4: EMA2 11.333, EMA3 11 → line 0.3333, signal 0.2222, hist +0.1111 → LONG.
        //      largest |hist| of 3 bars is 0.1111 itself (+0.25), line > 0 (+0.25): 1.0
        //  i5: line 0.6111, hist +0.1296
        //  i6: line 0.2870, signal 0.3519, hist −0.0648 → SHORT. 0.0648 is half of 0.1296 (+0.125); the line is
        //      still above zero (no bonus): 0.625
        //  i7: hist −0.1826;  i8: hist −0.1215
        //  i9: line −0.1989, signal −0.2180, hist +0.0192 → LONG, 0.0192/0.1826 of the range, line below zero:
        //      0.5 + 0.25 × 0.105 = 0.526
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::index).containsExactly(4, 6, 9);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::direction)
                .containsExactly(Direction.LONG, Direction.SHORT, Direction.LONG);
        assertThat(ctx.signals.get(0).confidence()).isCloseTo(1.0, within(1e-12));
        assertThat(ctx.signals.get(1).confidence()).isCloseTo(0.625, within(1e-9));
        assertThat(ctx.signals.get(2).confidence()).isCloseTo(0.5262, within(1e-4));
        assertThat(ctx.signals.get(0).reasons()).containsExactly(
                "MACD(2,3,2) line 0.333333 crossed above signal line 0.222222",
                "histogram 0.111111 is 100% of the largest |histogram| of 3 bars", "MACD line above zero");
        assertThat(ctx.signals.get(1).reasons().get(1)).contains("-0.0648148").contains("50%");
        assertThat(ctx.signals.get(1).reasons().get(2)).isEqualTo("MACD line not yet on the signal's side of zero");
    }

    @Test
    void nothingUntilTheHistogramHasAHistory() {
        // lookback 3: the first histogram is at i3, the first possible signal at i4
        assertThat(RecordingContext.run(new MacdCross(), SMALL, closes(10, 10, 10, 10)).signals).isEmpty();
        assertThat(RecordingContext.run(new MacdCross(), SMALL, closes(10, 10, 10, 12)).signals).isEmpty();
    }

    @Test
    void fastMustBeShorterThanSlow() {
        MacdCross macd = new MacdCross();
        StrategyParams p = StrategyParams.resolve(macd.name(), macd.params(), Map.of("fast", "30", "slow", "26"))
                .params();
        assertThat(macd.validate(p)).singleElement().asString().contains("fast=30").contains("slow=26");
        assertThat(macd.validate(StrategyParams.resolve(macd.name(), macd.params(), Map.of()).params())).isEmpty();
    }
}
