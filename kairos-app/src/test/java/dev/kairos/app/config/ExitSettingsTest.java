package dev.kairos.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kairos.engine.exit.ExitConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code exits:} section: defaults, the YAML mapping into an {@link ExitConfig}, and every problem named. */
class ExitSettingsTest {
    private static final Path HOME = Path.of("/opt/kairos");

    @TempDir
    Path dir;

    private int files;

    private BacktestSettings resolve(String... lines) throws IOException {
        return BacktestSettings.resolve(HOME, List.of(ConfigFile.read(yaml(lines))));
    }

    private List<String> problems(String... lines) throws IOException {
        Path file = yaml(lines);
        return catchThrowableOfType(ConfigProblems.class, () -> BacktestSettings.resolve(HOME,
                List.of(ConfigFile.read(file)))).problems();
    }

    private Path yaml(String... lines) throws IOException {
        return Files.write(dir.resolve("exits-" + ++files + ".yaml"), List.of(lines));
    }

    @Test
    void exitsAreOffByDefaultWithTheDocumentedLevelsAndLeaveTheManifestAlone() throws IOException {
        BacktestSettings s = resolve("");
        ExitConfig e = s.exits();
        assertThat(e.enabled()).isFalse();
        assertThat(e.withEnabled(true)).isEqualTo(ExitConfig.defaults());
        assertThat(s.engineConfig().exits()).isEqualTo(e);
        assertThat(s.asManifest().keySet()).noneMatch(k -> k.startsWith("exits."));
    }

    @Test
    void theSectionMapsEveryKey() throws IOException {
        BacktestSettings s = resolve(
                "exits:",
                "  enabled: true",
                "  stop_pct: 3",
                "  atr_period: 10",
                "  tp_r: [0.5, 2]",
                "  tp_fractions: [0.75, 0.25]",
                "  breakeven_after_tp: 2",
                "  trailing: {type: percent, value: 4, arm_after_tp: 1}",
                "  time_stop_bars: 48",
                "  hard_stop_multiple: 2",
                "  adaptive: true",
                "  min_sample: 12",
                "  bounds: {tp_min: 0.6, tp_max: 1.4, stop_min: 0.8, stop_max: 1.2}",
                "  min_health: 0.7");
        ExitConfig e = s.exits();
        assertThat(e).isEqualTo(new ExitConfig(true, new ExitConfig.InitialStop.Percent(3), 10, List.of(0.5, 2.0),
                List.of(0.75, 0.25), 2, new ExitConfig.Trailing.Percent(4, 1), 48, 2.0,
                new ExitConfig.Adaptive(true, 12, 0.6, 1.4, 0.8, 1.2, 0.7)));
        assertThat(s.asManifest()).containsEntry("exits.enabled", "true").containsEntry("exits.stop_pct", "3.0")
                .containsEntry("exits.tp_r", "[0.5, 2.0]").doesNotContainKey("exits.stop_atr_multiple");
        // a partial trailing mapping keeps the other defaults; a one-level ladder arms the trail after TP1
        ExitConfig one = resolve("exits:", "  tp_r: [2]", "  tp_fractions: [1]", "  trailing: {value: 3}").exits();
        assertThat(one.trailing()).isEqualTo(new ExitConfig.Trailing.Atr(3, 1));
        assertThat(one.stop()).isEqualTo(new ExitConfig.InitialStop.AtrMultiple(2));
        assertThat(resolve("exits:", "  trailing: {type: none}").exits().trailing())
                .isEqualTo(new ExitConfig.Trailing.Off());
    }

    @Test
    void everyProblemNamesItsKey() throws IOException {
        assertThat(problems(
                "exits:",
                "  enabled: sometimes",
                "  stop_atr_multiple: 2",
                "  stop_pct: 3",
                "  tp_r: [1, 2.5, x]",
                "  tp_fractions: [0.5, 0.6]",
                "  breakeven_after_tp: 3",
                "  trailing: {type: chandelier, colour: red}",
                "  hard_stop_multiple: 0.5",
                "  bounds: {tp_min: 2, stop_max: 1.2}",
                "  min_health: 2")).containsExactly(
                "config key 'exits.enabled': must be true or false, got 'sometimes'",
                "config key 'exits.stop_pct': give either stop_pct or stop_atr_multiple, not both",
                "config key 'exits.tp_r': not a number: 'x'",
                "config key 'exits.tp_fractions': must be 2 positive shares (one per tp_r level) adding up to 1, "
                        + "got [0.5, 0.6]",
                "config key 'exits.breakeven_after_tp': must be a whole number between 0 and 2, got '3'",
                "config key 'exits.trailing': unknown key 'colour' (known: type, value, arm_after_tp)",
                "config key 'exits.trailing': type must be atr, percent or none, got 'chandelier'",
                "config key 'exits.hard_stop_multiple': must be at least 1 (R from the entry), or 0 for no hard stop,"
                        + " got 0.5",
                "config key 'exits.bounds': need 0 < tp_min <= 1 <= tp_max and 0 < stop_min <= 1 <= stop_max, got "
                        + "{tp_min=2.0, tp_max=1.5, stop_min=0.75, stop_max=1.2}",
                "config key 'exits.min_health': must be a number between 0.0 and 1.0, got '2'");
        assertThat(problems("exits:", "  tp_r: [2, 1]", "  trailing: {type: percent, value: 100, arm_after_tp: 4}",
                "  stop_pct: 100")).containsExactly(
                "config key 'exits.stop_pct': must be above 0 and below 100 (percent of the entry price), got 100.0",
                "config key 'exits.tp_r': must be 1 to 3 positive, strictly increasing levels in R, got [2.0, 1.0]",
                "config key 'exits.trailing': arm_after_tp must be 0..3 (take-profits reached), got 4");
        assertThat(problems("exits:", "  trailing: {type: percent, value: 100}")).containsExactly(
                "config key 'exits.trailing': value of a percent trail must be above 0 and below 100, got 100.0");
    }
}
