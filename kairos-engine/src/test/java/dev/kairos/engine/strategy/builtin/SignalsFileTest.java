package dev.kairos.engine.strategy.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.engine.strategy.StrategyCatalog;
import dev.kairos.engine.strategy.StrategyDefinition;
import dev.kairos.engine.strategy.StrategyParams;
import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.event.Direction;
import dev.kairos.model.market.BarSeries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignalsFileTest {
    private static final long T0 = Bars.T0;
    private static final long H = Bars.HOUR;

    @TempDir
    Path dir;

    /** Eight hourly bars: bar i opens at T0 + i h and closes at T0 + (i + 1) h. */
    private static BarSeries eightBars() {
        double[][] rows = new double[8][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = Bars.bar(100, 101, 99, 100, 10);
        }
        return Bars.series(InstrumentId.of("TST-USD"), H, rows);
    }

    private Path csv(String... lines) throws IOException {
        return Files.write(dir.resolve("signals.csv"), List.of(lines));
    }

    @Test
    void replaysEachSignalAtTheCloseOfTheBarItFallsIn() throws IOException {
        Path f = csv(
                "timestamp,symbol,side,confidence,reason",          // line 1
                (T0 + 5 * H) + ",TST-USD,flat,1",                     // line 2: exactly bar 4's close → bar 4
                (T0 - 1) + ",TST-USD,long,0.9,before the data",       // line 3: before bar 0 opens: never
                (T0 + 2 * H + 1) + ",tst-usd,buy,0.8,\"model says up, strongly\"", // line 4: 1 ms into bar 2 → bar 2
                (T0 + 3 * H) + ",OTHER-USD,short,0.5,not ours",      // line 5: another instrument: ignored
                "",
                "# a comment",
                "2024-01-01T06:30:00Z,TST-USD,short,0.4,first view",  // line 8: inside bar 6
                (T0 + 7 * H) + ",TST-USD,SELL,0.7,later view",        // line 9: bar 6's close: supersedes line 8
                (T0 + 100 * H) + ",TST-USD,long,1,after the data");  // line 10: never
        RecordingContext ctx = RecordingContext.run(new SignalsFile(), Map.of("file", f.toString()), eightBars());
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::index).containsExactly(2, 4, 6);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::direction)
                .containsExactly(Direction.LONG, Direction.FLAT, Direction.SHORT);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::confidence).containsExactly(0.8, 1.0, 0.7);
        assertThat(ctx.signals.get(0).reasons()).containsExactly("model says up, strongly",
                "signals-file " + f + " line 4 (LONG at 2024-01-01T02:00:00.001Z)");
        assertThat(ctx.signals.get(1).reasons()).containsExactly(
                "signals-file " + f + " line 2 (FLAT at 2024-01-01T05:00:00Z)");
        assertThat(ctx.signals.get(2).reasons()).containsExactly("later view",
                "signals-file " + f + " line 9 (SHORT at 2024-01-01T07:00:00Z)",
                "supersedes the earlier signals of this bar on line 8");
    }

    @Test
    void aSignalIsNeverActedOnBeforeItsTimestamp() throws IOException {
        // stamped 1 ms after bar 1 closes: acted on at bar 2's close, not at bar 1's
        Path f = csv((T0 + 2 * H + 1) + ",TST-USD,long,0.5");
        RecordingContext ctx = RecordingContext.run(new SignalsFile(), Map.of("file", f.toString()), eightBars());
        assertThat(ctx.signals).singleElement().satisfies(e -> {
            assertThat(e.index()).isEqualTo(2);
            assertThat(e.reasons()).singleElement().asString().contains("line 1");
        });
    }

    @Test
    void everyMalformedRowIsReportedWithItsLineAndCreationFails() throws IOException {
        Path f = csv(
                "timestamp,symbol,side,confidence",
                (T0 + H) + ",TST-USD,up,0.5",
                (T0 + H) + ",TST-USD,long,1.5",
                "yesterday,TST-USD,long,0.5",
                (T0 + H) + ",TST-USD,long",
                (T0 + H) + ",,long,0.5",
                (T0 + H) + ",TST-USD,long,high",
                (T0 + H) + ",TST-USD,long,0.5,fine");
        SignalsFile def = new SignalsFile();
        StrategyParams p = StrategyParams.resolve(def.name(), def.params(), Map.of("file", f.toString())).params();
        List<String> problems = def.validate(p);
        assertThat(problems).containsExactly(
                "--param file=" + f + ": line 2: side 'up' is not long, short, flat, buy or sell",
                "--param file=" + f + ": line 3: confidence 1.5 is outside [0, 1]",
                "--param file=" + f + ": line 4: timestamp 'yesterday' is neither epoch ms nor an ISO-8601 instant "
                        + "like 2024-01-01T04:00:00Z",
                "--param file=" + f + ": line 5: expected timestamp,symbol,side,confidence[,reason], got 3 fields",
                "--param file=" + f + ": line 6: symbol is empty",
                "--param file=" + f + ": line 7: confidence 'high' is not a number");
        assertThatThrownBy(() -> def.create(InstrumentId.of("TST-USD"), p))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("signals-file " + f).hasMessageContaining("line 2: side 'up'");
    }

    @Test
    void manyBadRowsAreCountedNotAllListed() throws IOException {
        String[] lines = new String[25];
        for (int k = 0; k < lines.length; k++) {
            lines[k] = "x,TST-USD,long,0.5";
        }
        SignalsFile def = new SignalsFile();
        Path f = csv(lines);
        List<String> problems = def.validate(
                StrategyParams.resolve(def.name(), def.params(), Map.of("file", f.toString())).params());
        assertThat(problems).hasSize(SignalsFile.PROBLEMS_LISTED + 1);
        assertThat(problems.get(problems.size() - 1)).endsWith("and 15 more malformed rows");
    }

    @Test
    void theFileIsRequiredMustExistAndMustHoldSignals() throws IOException {
        StrategyDefinition def = StrategyCatalog.builtIn().find("signals-file").orElseThrow();
        assertThat(StrategyParams.resolve(def.name(), def.params(), Map.of()).problems()).singleElement().asString()
                .startsWith("--param file: required by strategy 'signals-file'");
        Path missing = dir.resolve("nope.csv");
        assertThat(def.validate(StrategyParams.resolve(def.name(), def.params(), Map.of("file", missing.toString()))
                .params())).containsExactly("--param file=" + missing + ": no such file");
        Path empty = csv("timestamp,symbol,side,confidence,reason");
        assertThat(def.validate(StrategyParams.resolve(def.name(), def.params(), Map.of("file", empty.toString()))
                .params())).singleElement().asString().contains("no signal rows");
    }
}
