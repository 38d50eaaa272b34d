package dev.kairos.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kairos.engine.sizing.AdaptiveStops;
import dev.kairos.engine.sizing.KellySizing;
import dev.kairos.engine.sizing.PerRegime;
import dev.kairos.engine.sizing.PerformanceMultiplier;
import dev.kairos.engine.sizing.RegimeMultiplier;
import dev.kairos.engine.sizing.SizingConfig;
import dev.kairos.engine.sizing.SizingMethod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code sizing} section: defaults that keep today's fixed fraction, every key, precedence and problems. */
class SizingSettingsTest {
    private static final Path HOME = Path.of("/opt/kairos");

    @TempDir
    Path dir;

    private SettingValues yaml(String... lines) throws IOException {
        return ConfigFile.read(Files.write(dir.resolve("sizing-" + lines.length + ".yaml"), List.of(lines)));
    }

    private static BacktestSettings resolve(SettingValues... sources) {
        return BacktestSettings.resolve(HOME, List.of(sources));
    }

    private static List<String> problems(SettingValues... sources) {
        return catchThrowableOfType(ConfigProblems.class, () -> resolve(sources)).problems();
    }

    @Test
    void withoutASizingSectionTheRunSizesAsBeforeFromThePortfolioFraction() throws IOException {
        assertThat(resolve().sizing()).isEqualTo(SizingConfig.defaults(1.0));
        assertThat(resolve().engineConfig().sizing()).isEqualTo(SizingConfig.defaults(1.0));
        BacktestSettings half = resolve(yaml("portfolio:", "  sizing_fraction: 0.5"));
        assertThat(half.sizing()).isEqualTo(SizingConfig.defaults(0.5));
        assertThat(half.sizingFraction()).isEqualTo(0.5);
        assertThat(half.engineConfig().sizingFraction()).isEqualTo(0.5);
        assertThat(resolve().asManifest()).containsEntry("sizing.policy", "fixed_fraction")
                .containsEntry("sizing.fraction", "1.0").containsEntry("sizing.max_notional_multiple", "1.0")
                .containsEntry("sizing.performance_multiplier", "off")
                .doesNotContainKey("sizing.performance_floor");
    }

    @Test
    void everySizingKeyIsRead() throws IOException {
        BacktestSettings s = resolve(yaml(
                "sizing:",
                "  policy: kelly",
                "  fraction: 0.8",
                "  risk_per_trade: 0.02",
                "  confidence_floor: 0.55",
                "  max_notional_multiple: 2",
                "  atr_period: 21",
                "  stop_atr_multiple: 1.5",
                "  target_atr_multiple: 4",
                "  kelly_fraction: 0.25",
                "  kelly_cap: 0.3",
                "  kelly_min_trades: 10",
                "  kelly_warmup_fraction: 0.1",
                "  vol_target_annual: 0.3",
                "  vol_window: 60",
                "  performance_multiplier: on",
                "  performance_min_samples: 15",
                "  performance_floor: 0.25",
                "  performance_cap: 2",
                "  performance_window: 40",
                "  performance_horizon_bars: 3",
                "  regime_bull_trend: 1.2",
                "  regime_bear_trend: 0.9",
                "  regime_volatile_range: 0.4",
                "  regime_quiet_range: 1.1"));
        SizingConfig expected = new SizingConfig(SizingMethod.KELLY, 0.8, 0.02, 0.55, 2, 21,
                new AdaptiveStops(1.5, 4, AdaptiveStops.DEFAULT_WIDTHS, 0.5), new KellySizing(0.25, 0.3, 10, 0.1), 0.3,
                60, Optional.of(new PerformanceMultiplier(15, 0.25, 2)), 40, 3,
                new RegimeMultiplier(new PerRegime(1.2, 0.9, 0.4, 1.1)));
        assertThat(s.sizing()).isEqualTo(expected);
        assertThat(s.sizingFraction()).isEqualTo(0.8);
        assertThat(s.asManifest()).containsEntry("sizing.policy", "kelly").containsEntry("sizing.kelly_cap", "0.3")
                .containsEntry("sizing.performance_floor", "0.25").containsEntry("sizing.regime_quiet_range", "1.1");
    }

    @Test
    void theSizingOptionOverridesTheFile() throws IOException {
        SettingValues file = yaml("sizing:", "  policy: confidence");
        assertThat(resolve(file).sizing().method()).isEqualTo(SizingMethod.CONFIDENCE);
        assertThat(resolve(file, new SettingValues().putText(Setting.SIZING_POLICY, "ATR_RISK", "--sizing")).sizing()
                .method()).isEqualTo(SizingMethod.ATR_RISK);
        // the cap follows the fraction unless given
        assertThat(resolve(yaml("sizing:", "  fraction: 3")).sizing().maxNotionalMultiple()).isEqualTo(3.0);
    }

    @Test
    void everySizingProblemIsListed() throws IOException {
        List<String> problems = problems(yaml(
                "portfolio:",
                "  sizing_fraction: 0.5",
                "sizing:",
                "  policy: martingale",
                "  fraction: 0.7",
                "  risk_per_trade: 2",
                "  atr_period: 0",
                "  kelly_fraction: lots",
                "  performance_multiplier: sometimes",
                "  performance_cap: 0.5",
                "  regime_volatile_range: -1",
                "  max_notional_multiple: 0"));
        assertThat(problems).containsExactlyInAnyOrder(
                "config key 'sizing.fraction': differs from portfolio.sizing_fraction 0.5; give the fraction once",
                "config key 'sizing.policy': unknown sizing policy 'martingale'; expected one of fixed_fraction,"
                        + " confidence, atr_risk, kelly, vol_target",
                "config key 'sizing.risk_per_trade': must be a number between 1.0E-9 and 1.0, got '2'",
                "config key 'sizing.max_notional_multiple': must be a number between 1.0E-9 and 1000.0, got '0'",
                "config key 'sizing.atr_period': must be a whole number between 1 and 10000, got '0'",
                "config key 'sizing.kelly_fraction': not a number: 'lots'",
                "config key 'sizing.performance_multiplier': must be true or false, got 'sometimes'",
                "config key 'sizing.performance_cap': must be a number between 1.0 and 10.0, got '0.5'",
                "config key 'sizing.regime_volatile_range': must be a number between 0.0 and 10.0, got '-1'");
        assertThat(problems(yaml("sizing:", "  policy: kelly", "  kelly_min_trades: 80"))).containsExactly(
                "config key 'sizing.performance_window': 50 holds fewer trades than sizing.kelly_min_trades 80:"
                        + " Kelly could never size");
        assertThat(problems(new SettingValues().putText(Setting.SIZING_POLICY, "x", "--sizing"))).singleElement()
                .asString().startsWith("--sizing: unknown sizing policy 'x'");
    }

    @Test
    void aBadMakerFeeIsAProblemNotACrash() {
        assertThat(problems(new SettingValues().putText(Setting.MAKER_FEE_BPS, "cheap", "config key"
                + " 'execution.maker_fee_bps'"))).containsExactly(
                "config key 'execution.maker_fee_bps': not a number: 'cheap'");
    }
}
