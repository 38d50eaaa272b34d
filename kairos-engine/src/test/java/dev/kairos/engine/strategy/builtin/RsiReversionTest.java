package dev.kairos.engine.strategy.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.event.Direction;
import dev.kairos.model.market.BarSeries;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RsiReversionTest {
    private static final Map<String, String> PERIOD_2 = Map.of("period", "2", "lower", "30", "upper", "70",
            "exit_long", "50", "exit_short", "50");

    private static BarSeries closes(double... c) {
        double[][] rows = new double[c.length][];
        for (int i = 0; i < c.length; i++) {
            rows[i] = Bars.bar(c[i], c[i] * 1.01, c[i] * 0.99, c[i], 100);
        }
        return Bars.series(InstrumentId.of("TST-USD"), Bars.HOUR, rows);
    }

    @Test
    void signalsWhereWildersRsiCrossesItsThresholds() {
        //          i:   0    1    2   3    4    5   6
        BarSeries s = closes(100, 101, 102, 99, 100, 100, 98);
        RecordingContext ctx = RecordingContext.run(new RsiReversion(), PERIOD_2, s);
        // RSI(2), Wilder:
        //  i2: changes +1, +1 → gain 1, loss 0 → RSI 100 > 70: SHORT, conf 0.5 + 0.5 × min(1, 30/30) = 1.0
        //  i3: −3 → gain (1 + 0)/2 = 0.5, loss (0 + 3)/2 = 1.5 → RSI 25 < 30 while short: LONG,
        //      conf 0.5 + 0.5 × (30 − 25)/30 = 0.58333…
        //  i4: +1 → gain 0.75, loss 0.75 → RSI 50 ≥ exit_long while long: FLAT, conf 1
        //  i5: 0 → gain 0.375, loss 0.375 → RSI 50, flat: nothing
        //  i6: −2 → gain 0.1875, loss 1.1875 → RSI 13.636… < 30: LONG, conf 0.5 + 0.5 × 16.3636/30 = 0.77273
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::index).containsExactly(2, 3, 4, 6);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::direction)
                .containsExactly(Direction.SHORT, Direction.LONG, Direction.FLAT, Direction.LONG);
        assertThat(ctx.signals.get(0).confidence()).isCloseTo(1.0, within(1e-12));
        assertThat(ctx.signals.get(1).confidence()).isCloseTo(0.5 + 0.5 * 5.0 / 30, within(1e-12));
        assertThat(ctx.signals.get(2).confidence()).isEqualTo(1.0);
        double rsi6 = 100 * 0.1875 / 1.375;
        assertThat(ctx.signals.get(3).confidence()).isCloseTo(0.5 + 0.5 * (30 - rsi6) / 30, within(1e-12));
        assertThat(ctx.signals.get(0).reasons()).singleElement().asString().contains("RSI2").contains("overbought");
        assertThat(ctx.signals.get(1).reasons()).singleElement().asString().contains("25.00").contains("oversold");
        assertThat(ctx.signals.get(2).reasons()).singleElement().asString().contains("exit long");
    }

    @Test
    void aShortExitsWhenRsiFallsToItsExitLevel() {
        //  i2: RSI 100 → SHORT;  i3: −0.5 → gain 0.5, loss 0.25 → RSI 66.67: between, nothing
        //  i4: −1 → gain 0.25, loss 0.625 → RSI 28.57 < 30 while short → LONG (entry beats exit)
        //  Using exit_short 70 instead: i3 RSI 66.67 ≤ 70 while short → FLAT
        BarSeries s = closes(100, 101, 102, 101.5, 100.5);
        RecordingContext ctx = RecordingContext.run(new RsiReversion(), Map.of("period", "2", "lower", "30",
                "upper", "70", "exit_long", "50", "exit_short", "69"), s);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::direction)
                .containsExactly(Direction.SHORT, Direction.FLAT, Direction.LONG);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::index).containsExactly(2, 3, 4);
        assertThat(ctx.signals.get(1).reasons()).singleElement().asString().contains("exit short");
    }

    @Test
    void nothingDuringWarmUpAndConfidenceStaysInTheUnitInterval() {
        assertThat(RecordingContext.run(new RsiReversion(), PERIOD_2, closes(100, 90)).signals).isEmpty();
        BarSeries s = Bars.randomWalk(InstrumentId.of("TST-USD"), Bars.HOUR, 1_000, 11, -1, 0);
        RecordingContext ctx = RecordingContext.run(new RsiReversion(), Map.of("period", "5"), s);
        assertThat(ctx.signals).hasSizeGreaterThan(5);
        assertThat(ctx.signals).allSatisfy(e -> {
            assertThat(e.confidence()).isBetween(0.0, 1.0);
            assertThat(e.reasons()).singleElement().asString().isNotBlank();
        });
    }
}
