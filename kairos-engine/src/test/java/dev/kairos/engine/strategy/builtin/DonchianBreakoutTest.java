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

class DonchianBreakoutTest {
    private static final Map<String, String> E3_X2 = Map.of("entry", "3", "exit", "2");

    /** Rows {high, low, close}; the bar opens at its close. */
    private static BarSeries hlc(double[]... rows) {
        double[][] bars = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            bars[i] = Bars.bar(rows[i][2], rows[i][0], rows[i][1], rows[i][2], 100);
        }
        return Bars.series(InstrumentId.of("TST-USD"), Bars.HOUR, bars);
    }

    private static double[] b(double high, double low, double close) {
        return new double[] {high, low, close};
    }

    @Test
    void breaksOutOfThePriorBarsChannelAndExitsOnTheShorterOne() {
        BarSeries s = hlc(
                b(11, 9, 10), b(11, 9, 10), b(11, 9, 10), // i0-2
                b(11.5, 10, 11),                          // i3: close 11 = prior 3-bar high 11: not above
                b(12.5, 11, 12),                          // i4: close 12 > prior high 11.5 → LONG
                b(13, 12, 12.5),                          // i5: 12.5 = prior high 12.5: nothing
                b(12.6, 11.5, 11.8),                      // i6: prior 2-bar low 11: hold
                b(11.8, 11.0, 11.2),                      // i7: 11.2 < prior 2-bar low 11.5, > 3-bar low 11 → FLAT
                b(11, 9.8, 10),                           // i8: 10 < prior 3-bar low 11 → SHORT
                b(10.8, 10, 10.5),                        // i9: prior 2-bar high 11.8: hold
                b(11.6, 10.4, 11.5));                     // i10: 11.5 > prior 2-bar high 11, < 3-bar high 11.8 → FLAT
        RecordingContext ctx = RecordingContext.run(new DonchianBreakout(), E3_X2, s);
        // Had the channel included the current bar, no close could ever exceed it (close ≤ high): i4 would be no
        // signal, because 12 < 12.5.
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::index).containsExactly(4, 7, 8, 10);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::direction)
                .containsExactly(Direction.LONG, Direction.FLAT, Direction.SHORT, Direction.FLAT);
        // ATR3 (Wilder): TR 2, 2, 1.5 → 1.8333 at i3; TR 1.5 → 1.7222 at i4: 0.5 beyond the channel = 0.2903 ATR
        assertThat(ctx.signals.get(0).confidence()).isCloseTo(0.5 + 0.5 * 0.5 / (1.8333333333333333 * 2 + 1.5) * 3,
                within(1e-12));
        assertThat(ctx.signals.get(1).confidence()).isEqualTo(1.0);
        assertThat(ctx.signals.get(2).confidence()).isCloseTo(0.90117, within(1e-5));
        assertThat(ctx.signals.get(0).reasons()).containsExactly(
                "close 12.0000 above the 3-bar high 11.5000 of the prior bars: breakout long",
                "0.29 ATR3 beyond the channel (ATR 1.72222)");
        assertThat(ctx.signals.get(1).reasons()).containsExactly(
                "close 11.2000 below the 2-bar low 11.5000 of the prior bars: exit long");
        assertThat(ctx.signals.get(2).reasons().get(0)).contains("below the 3-bar low 11.0000").contains(
                "breakout short");
        assertThat(ctx.signals.get(3).reasons()).singleElement().asString().contains("above the 2-bar high 11.0000")
                .contains("exit short");
    }

    @Test
    void nothingUntilTheEntryChannelHasItsBars() {
        BarSeries s = hlc(b(11, 9, 10), b(11, 9, 10), b(20, 9, 19));
        assertThat(RecordingContext.run(new DonchianBreakout(), E3_X2, s).signals).isEmpty();
    }

    @Test
    void theExitChannelMustBeShorter() {
        DonchianBreakout d = new DonchianBreakout();
        StrategyParams p = StrategyParams.resolve(d.name(), d.params(), Map.of("entry", "10", "exit", "10")).params();
        assertThat(d.validate(p)).singleElement().asString().contains("exit=10").contains("entry=10");
        assertThat(d.validate(StrategyParams.resolve(d.name(), d.params(), Map.of()).params())).isEmpty();
    }
}
