package dev.kairos.engine.exit;

import static dev.kairos.engine.testsupport.Bars.HOUR;
import static dev.kairos.engine.testsupport.Bars.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.engine.backtest.BacktestConfig;
import dev.kairos.engine.backtest.BacktestResult;
import dev.kairos.engine.backtest.BacktestRunner;
import dev.kairos.engine.backtest.MarketData;
import dev.kairos.engine.backtest.ProgressListener;
import dev.kairos.engine.journal.CollectingJournal;
import dev.kairos.engine.journal.RunManifest;
import dev.kairos.engine.strategy.StrategyParams;
import dev.kairos.engine.strategy.builtin.SignalsFile;
import dev.kairos.engine.testsupport.Bars;
import dev.kairos.engine.venue.FeeModel;
import dev.kairos.engine.venue.FillModel;
import dev.kairos.engine.venue.LatencyModel;
import dev.kairos.engine.venue.SlippageModel;
import dev.kairos.engine.venue.VenueConfig;
import dev.kairos.model.Instrument;
import dev.kairos.model.event.Event;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.order.OrderSpec;
import dev.kairos.model.portfolio.ClosedTrade;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole backtests of crafted hourly bar paths: a signals file goes long at the close of bar 0 (price 100),
 * the market order fills 100 units (10 000 × 1.0 / 100) at bar 1's open 100, and the exit brain takes over.
 * Plan: R = 5 % = 5, stop 95, take-profits 105 (40), 112.5 (40), 120 (20), breakeven after TP1 at
 * 100 × 1.001 / 0.999 = 100.2002 (taker 10 bps, maker 2 bps, no slippage), hard stop 1.5 R = 92.5.
 */
class ExitScenarioTest {
    private static final Instrument TST = Bars.instrument("TST-USD");
    private static final double[] QUIET = {100, 100.5, 99.5, 100, 1_000_000};

    @TempDir
    Path dir;

    private static ExitConfig exits(ExitConfig.Trailing trailing, int timeStopBars, double hardMultiple) {
        return new ExitConfig(true, new ExitConfig.InitialStop.Percent(5), 14, List.of(1.0, 2.5, 4.0),
                List.of(0.4, 0.4, 0.2), 1, trailing, timeStopBars, hardMultiple, ExitConfig.Adaptive.off());
    }

    private static final ExitConfig PLAIN = exits(new ExitConfig.Trailing.Off(), 0, 1.5);

    private static double[] bar(double o, double h, double l, double c) {
        return new double[] {o, h, l, c, 1_000_000};
    }

    private record Run(BacktestResult result, List<Event> events) {
        ClosedTrade trade() {
            assertThat(result.trades()).hasSize(1);
            return result.trades().get(0);
        }

        List<ExitFill> exitFills() {
            return result.exits().fills();
        }

        <T extends Event> List<T> events(Class<T> type) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    /** Runs the bars with a signal file of (bar index, side) rows, each stamped at that bar's close. */
    private Run run(ExitConfig exits, BarSeries bars, Object... signals) throws IOException {
        List<String> lines = new ArrayList<>(List.of("timestamp,symbol,side,confidence"));
        for (int n = 0; n < signals.length; n += 2) {
            lines.add(bars.closeTime((Integer) signals[n]) + "," + TST.id().symbol() + "," + signals[n + 1] + ",0.9");
        }
        Path file = Files.write(dir.resolve("signals-" + System.identityHashCode(bars) + ".csv"), lines);
        SignalsFile def = new SignalsFile();
        StrategyParams params = StrategyParams.resolve(def.name(), def.params(), Map.of("file", file.toString()))
                .params();
        VenueConfig venue = new VenueConfig(new FeeModel(2, 10), new SlippageModel(0, 0), new LatencyModel(0, 0),
                new FillModel(1.0));
        BacktestConfig cfg = new BacktestConfig(10_000, venue, 1.0, true, 5.0, 1L, exits);
        CollectingJournal journal = new CollectingJournal();
        RunManifest manifest = new RunManifest("test", def.name(), params.asText(), 1L, new TreeMap<>(), List.of());
        BacktestResult r = new BacktestRunner(cfg).run(List.of(new MarketData(TST, bars)), def, params, journal,
                manifest, ProgressListener.none());
        return new Run(r, journal.events());
    }

    private static BarSeries hourly(double[]... rows) {
        return Bars.series(TST.id(), HOUR, rows);
    }

    private static void assertExit(ExitFill f, String reason, double quantity, double price, long time) {
        assertThat(f.reason()).isEqualTo(reason);
        assertThat(f.quantity()).as("%s quantity", reason).isCloseTo(quantity, within(1e-9));
        assertThat(f.price()).as("%s price", reason).isCloseTo(price, within(1e-9));
        assertThat(f.time()).as("%s time", reason).isEqualTo(time);
    }

    @Test
    void afterTp1AReturnToTheEntryExitsAtBreakevenNotAtTheOriginalStop() throws IOException {
        BarSeries bars = hourly(QUIET,
                bar(100, 101, 99, 100.5),       // 1: entry 100 @ 100; plan and orders at the close
                bar(100.5, 106, 100.3, 104),    // 2: 106 trades through 105: TP1 40 @ 105, stop → 100.2002
                bar(104, 104.5, 99.8, 100),     // 3: close 100 ≤ 100.2002: exit the 60 left (hard stop 97.70 not hit)
                bar(100, 100.5, 99.5, 100));    // 4: market exit at the open 100
        Run r = run(PLAIN, bars, 0, "long");
        assertThat(r.exitFills()).hasSize(2);
        assertExit(r.exitFills().get(0), "tp1", 40, 105, T0 + 2 * HOUR);
        assertExit(r.exitFills().get(1), "breakeven", 60, 100, T0 + 4 * HOUR);
        ClosedTrade t = r.trade();
        assertThat(t.exitReason()).isEqualTo("breakeven");
        // VWAP (40 × 105 + 60 × 100) / 100; fees 10 (entry) + 0.84 (TP1, maker) + 6 (exit); PnL 200 − 16.84
        assertThat(t.exitPrice()).isCloseTo(102, within(1e-9));
        assertThat(t.pnl()).isCloseTo(183.16, within(1e-9));
        // the hard stop followed the stop to breakeven − 0.5 R = 97.70 once TP1 filled
        assertThat(r.events(Event.OrderModified.class)).singleElement().satisfies(m -> assertThat(
                ((OrderSpec.StopMarket) m.spec()).triggerPrice()).isCloseTo(97.70, within(1e-9)));
        assertThat(r.events(Event.OrderCanceled.class)).hasSize(3).allSatisfy(c -> {
            assertThat(c.reason()).isEqualTo("exit: breakeven");
            assertThat(c.timestamp()).isEqualTo(bars.closeTime(3));
        });
        assertThat(r.result().exits().counts()).containsEntry("tp1", 1L).containsEntry("breakeven", 1L)
                .containsEntry("stop", 0L).containsEntry("hard_stop", 0L).hasSize(10);
    }

    @Test
    void aGapThroughTheStopFillsAtTheGapsOpen() throws IOException {
        BarSeries bars = hourly(QUIET,
                bar(100, 101, 98.5, 99),        // 1: entry
                bar(99, 99.5, 97, 98),          // 2: above the stop
                bar(90, 91, 88, 89),            // 3: opens at 90, through the hard stop 92.5: filled at 90
                bar(89, 90, 88, 89));
        Run r = run(PLAIN, bars, 0, "long");
        assertThat(r.exitFills()).singleElement().satisfies(f -> assertExit(f, "hard_stop", 100, 90, T0 + 3 * HOUR));
        assertThat(r.trade().exitReason()).isEqualTo("hard_stop");
        assertThat(r.result().openPositions()).isEmpty();
        // the take-profits went when the position closed
        assertThat(r.events(Event.OrderCanceled.class)).hasSize(3).allSatisfy(c -> assertThat(c.reason())
                .isIn("position closed", "reduce-only: no position to reduce"));

        // without a hard stop the engine sees the close 94.5 through 95 and sells at the next open, 90 after a gap
        BarSeries dynamic = hourly(QUIET,
                bar(100, 101, 98.5, 99),
                bar(96, 96.5, 94, 94.5),
                bar(90, 91, 88, 89));
        Run d = run(exits(new ExitConfig.Trailing.Off(), 0, 0), dynamic, 0, "long");
        assertThat(d.exitFills()).singleElement().satisfies(f -> assertExit(f, "stop", 100, 90, T0 + 3 * HOUR));
        assertThat(d.events(Event.OrderSubmitted.class)).noneMatch(e -> e.order().spec() instanceof OrderSpec.StopMarket);
    }

    @Test
    void aMissingStretchOfBarsIsCaughtByTheHardStop() throws IOException {
        // hourly bars with 3:00-7:59 missing: the engine sees no close while the price falls through 95
        BarSeries.Builder b = new BarSeries.Builder(TST.id(), 5);
        b.add(T0, 100, 100.5, 99.5, 100, 1_000_000);
        b.add(T0 + HOUR, 100, 101, 98.5, 99, 1_000_000);
        b.add(T0 + 2 * HOUR, 99, 99.5, 97, 98, 1_000_000);
        b.add(T0 + 8 * HOUR, 96, 97, 91, 93, 1_000_000);   // opens above 92.5, trades through it
        b.add(T0 + 9 * HOUR, 88, 89, 87, 88, 1_000_000);
        BarSeries bars = b.build(HOUR);
        Run r = run(PLAIN, bars, 0, "long");
        // the venue's stop triggers on the first bar after the gap, at its price; the dynamic stop would only have
        // seen the close 93 and sold at the next open, 88
        assertThat(r.exitFills()).singleElement().satisfies(f -> assertExit(f, "hard_stop", 100, 92.5,
                T0 + 8 * HOUR));
        assertThat(r.trade().exitReason()).isEqualTo("hard_stop");
        assertThat(r.result().exits().counts()).containsEntry("hard_stop", 1L).containsEntry("stop", 0L);

        Run d = run(exits(new ExitConfig.Trailing.Off(), 0, 0), bars, 0, "long");
        assertThat(d.exitFills()).singleElement().satisfies(f -> assertExit(f, "stop", 100, 88, T0 + 9 * HOUR));
    }

    @Test
    void theTimeStopClosesAfterItsBars() throws IOException {
        BarSeries bars = hourly(QUIET, QUIET, QUIET, QUIET, QUIET, QUIET);
        Run r = run(exits(new ExitConfig.Trailing.Off(), 3, 1.5), bars, 0, "long");
        // held through the closes of bars 1, 2, 3: out at bar 4's open
        assertThat(r.exitFills()).singleElement().satisfies(f -> assertExit(f, "time", 100, 100, T0 + 4 * HOUR));
        assertThat(r.trade().bars()).isEqualTo(3);
        assertThat(r.trade().exitReason()).isEqualTo("time");
    }

    @Test
    void aTrailArmedAfterTp2FollowsTheHighsAndClosesTheRest() throws IOException {
        BarSeries bars = hourly(QUIET,
                bar(100, 101, 99, 100.5),        // 1: entry
                bar(101, 106, 100.5, 105.5),     // 2: TP1 40 @ 105; stop → breakeven
                bar(105.5, 113, 105, 112),       // 3: TP2 40 @ 112.5; trail armed: 113 × 0.95 = 107.35
                bar(112, 118, 111, 117),         // 4: 118 × 0.95 = 112.1 (hard stop 109.6)
                bar(117, 117.5, 111, 111.5),     // 5: close 111.5 ≤ 112.1: trailing exit
                bar(111, 111.5, 110, 111));      // 6: the 20 left at the open 111
        Run r = run(exits(new ExitConfig.Trailing.Percent(5, 2), 0, 1.5), bars, 0, "long");
        assertThat(r.exitFills()).hasSize(3);
        assertExit(r.exitFills().get(0), "tp1", 40, 105, T0 + 2 * HOUR);
        assertExit(r.exitFills().get(1), "tp2", 40, 112.5, T0 + 3 * HOUR);
        assertExit(r.exitFills().get(2), "trailing", 20, 111, T0 + 6 * HOUR);
        assertThat(r.trade().exitReason()).isEqualTo("trailing");
        // hard stop: 97.70 after TP1, then 107.35 − 2.5 = 104.85, then 112.1 − 2.5 = 109.6
        assertThat(r.events(Event.OrderModified.class)).extracting(m -> Math.round(((OrderSpec.StopMarket) m.spec())
                .triggerPrice() * 100)).containsExactly(9_770L, 10_485L, 10_960L);
    }

    @Test
    void theInitialStopClosesOnAClose() throws IOException {
        BarSeries bars = hourly(QUIET,
                bar(100, 101, 98.5, 99),
                bar(99, 99.5, 94, 94.5),        // close 94.5 ≤ 95; low 94 stays above the hard stop
                bar(94.5, 95, 94, 94.5));
        Run r = run(PLAIN, bars, 0, "long");
        assertThat(r.exitFills()).singleElement().satisfies(f -> assertExit(f, "stop", 100, 94.5, T0 + 3 * HOUR));
        assertThat(r.result().exits().counts()).containsEntry("stop", 1L);
    }

    @Test
    void aFlatSignalCancelsThePlansOrdersBeforeItsOwnOrder() throws IOException {
        BarSeries bars = hourly(QUIET, QUIET, QUIET, QUIET, QUIET);
        Run r = run(PLAIN, bars, 0, "long", 2, "flat");
        List<Event> afterFlat = r.events().stream().filter(e -> e.timestamp() == bars.closeTime(2)
                && !(e instanceof Event.EquitySample) && !(e instanceof Event.RiskChecked)
                && !(e instanceof Event.RegimeUpdate) && !(e instanceof Event.HealthUpdate)).toList();
        // at bar 2's close: the signal, the plan's three take-profits and hard stop cancelled, then the sell (its
        // fill at bar 3's open carries the same time)
        assertThat(afterFlat).extracting(e -> e.getClass().getSimpleName()).startsWith("Signal",
                "OrderCanceled", "OrderCanceled", "OrderCanceled", "OrderCanceled", "OrderSubmitted");
        assertThat(r.events(Event.OrderCanceled.class)).allSatisfy(c -> assertThat(c.reason())
                .isEqualTo("superseded by a signal"));
        assertThat(r.exitFills()).singleElement().satisfies(f -> assertExit(f, "signal", 100, 100, T0 + 3 * HOUR));
        assertThat(r.result().exits().counts()).containsEntry("signal", 1L);
    }

    @Test
    void withExitsOffPositionsCloseOnSignalsOnlyAndSignalExitsAreCounted() throws IOException {
        BarSeries bars = hourly(QUIET,
                bar(100, 101, 98.5, 99),
                bar(90, 91, 80, 85),
                QUIET, QUIET, QUIET);
        Run r = run(ExitConfig.disabled(), bars, 0, "long", 3, "flat");
        assertThat(r.events(Event.OrderSubmitted.class)).hasSize(2);
        assertThat(r.exitFills()).singleElement().satisfies(f -> assertExit(f, "signal", 100, 100, T0 + 4 * HOUR));
        assertThat(r.result().exits().counts().keySet()).containsExactly("tp1", "tp2", "tp3", "stop", "breakeven",
                "trailing", "time", "hard_stop", "signal", "risk");
    }
}
