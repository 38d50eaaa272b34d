package dev.kairos.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kairos.analytics.risk.VarMethod;
import dev.kairos.engine.backtest.BacktestConfig;
import dev.kairos.engine.health.HealthConfig;
import dev.kairos.engine.risk.RiskConfig;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.InstrumentKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link BacktestSettings} and {@link ConfigFile}: defaults, the YAML mapping, precedence and errors. */
class ConfigTest {
    private static final Path HOME = Path.of("/opt/kairos");
    private static final long JAN_31 = 1_706_659_200_000L; // 2024-01-31T00:00:00Z

    @TempDir
    Path dir;

    private int files;

    private Path yaml(String... lines) throws IOException {
        return Files.write(dir.resolve("kairos-" + ++files + ".yaml"), List.of(lines));
    }

    private static SettingValues cli() {
        return new SettingValues();
    }

    private static BacktestSettings resolve(SettingValues... sources) {
        return BacktestSettings.resolve(HOME, List.of(sources));
    }

    private static List<String> problems(SettingValues... sources) {
        return catchThrowableOfType(ConfigProblems.class, () -> resolve(sources)).problems();
    }

    private static List<String> fileProblems(Path file) {
        return catchThrowableOfType(ConfigProblems.class, () -> ConfigFile.read(file)).problems();
    }

    @Test
    void defaultsRunTheShippedBtcFileWithSmaCross() {
        BacktestSettings s = resolve();
        assertThat(s.data()).containsExactly(HOME.resolve("data/coinbase_BTC-USD_4h.csv"));
        assertThat(s.symbol()).isEmpty();
        assertThat(s.strategy()).isEqualTo("sma-cross");
        assertThat(s.params()).isEmpty();
        assertThat(s.from()).isEmpty();
        assertThat(s.to()).isEmpty();
        assertThat(s.capital()).isEqualTo(10_000);
        assertThat(s.seed()).isEqualTo(42);
        assertThat(s.failOnBadRow()).isFalse();
        assertThat(s.out()).isEqualTo(Path.of("runs"));
        assertThat(s.feeBps()).isEqualTo(10);
        assertThat(s.makerFeeBps()).as("maker defaults to the taker fee").isEqualTo(10);
        assertThat(s.slippageBps()).isEqualTo(5);
        assertThat(s.impactBps()).isEqualTo(10);
        assertThat(s.latencyMs()).isZero();
        assertThat(s.latencyJitterMs()).isZero();
        assertThat(s.maxVolumeShare()).isEqualTo(0.1);
        assertThat(s.sizingFraction()).isEqualTo(1.0);
        assertThat(s.allowShort()).isTrue();
        assertThat(s.maxOrderEquityMultiple()).isEqualTo(5);
        assertThat(s.tickSize()).isEqualTo(0.01);
        assertThat(s.lotSize()).isEqualTo(1e-8);
        assertThat(s.minNotional()).isEqualTo(1);
        assertThat(s.risk()).isEqualTo(RiskConfig.defaults());
        assertThat(s.health()).isEqualTo(HealthConfig.defaults());
        // an empty file and no file are the same
        assertThat(BacktestSettings.resolve(HOME, List.of(new SettingValues(), cli()))).isEqualTo(s);
    }

    @Test
    void everySettingHasADefaultThatResolvesAndEveryKeyIsInItsSection() {
        for (Setting setting : Setting.values()) {
            assertThat(setting.key())
                    .matches("(backtest|execution|portfolio|instrument|sizing|regime|risk|health|exits)\\.[a-z_]+");
            assertThat(Setting.byKey(setting.key())).contains(setting);
            setting.option().ifPresent(o -> assertThat(o).startsWith("--"));
        }
        assertThat(Setting.byKey("execution.fee")).isEmpty();
        assertThat(resolve().asManifest()).containsEntry("backtest.strategy", "sma-cross")
                .containsEntry("backtest.seed", "42").containsEntry("execution.fee_bps", "10.0")
                .containsEntry("backtest.on_bad_row", "skip").doesNotContainKey("backtest.out");
    }

    @Test
    void yamlMapsEverySectionAndKey() throws IOException {
        Path file = yaml(
                "backtest:",
                "  data: [a_ETH-USD_1h.csv, b_SOL-USD_1h.csv]",
                "  strategy: rsi-reversion",
                "  params:",
                "    period: 7",
                "    lower: 25.5",
                "  from: 2024-01-31",
                "  to: 2024-03-01T12:00:00Z",
                "  capital: 2500.5",
                "  seed: 123",
                "  on_bad_row: fail",
                "  out: /tmp/kairos-runs",
                "execution:",
                "  fee_bps: 7.5",
                "  maker_fee_bps: -1",
                "  slippage_bps: 2",
                "  impact_bps_per_volume_share: 30",
                "  latency_ms: 250",
                "  latency_jitter_ms: 50",
                "  max_volume_share: 0.25",
                "portfolio:",
                "  sizing_fraction: 0.5",
                "  allow_short: false",
                "  max_order_equity_multiple: 2",
                "instrument:",
                "  tick_size: 0.5",
                "  lot_size: 0.001",
                "  min_notional: 10");
        BacktestSettings s = resolve(ConfigFile.read(file));
        assertThat(s.data()).containsExactly(Path.of("a_ETH-USD_1h.csv"), Path.of("b_SOL-USD_1h.csv"));
        assertThat(s.strategy()).isEqualTo("rsi-reversion");
        assertThat(s.params()).isEqualTo(Map.of("period", "7", "lower", "25.5"));
        assertThat(s.from()).contains(JAN_31);
        assertThat(s.to()).contains(1_709_294_400_000L);
        assertThat(s.capital()).isEqualTo(2500.5);
        assertThat(s.seed()).isEqualTo(123);
        assertThat(s.failOnBadRow()).isTrue();
        assertThat(s.out()).isEqualTo(Path.of("/tmp/kairos-runs"));
        assertThat(s.feeBps()).isEqualTo(7.5);
        assertThat(s.makerFeeBps()).isEqualTo(-1);
        assertThat(s.slippageBps()).isEqualTo(2);
        assertThat(s.impactBps()).isEqualTo(30);
        assertThat(s.latencyMs()).isEqualTo(250);
        assertThat(s.latencyJitterMs()).isEqualTo(50);
        assertThat(s.maxVolumeShare()).isEqualTo(0.25);
        assertThat(s.sizingFraction()).isEqualTo(0.5);
        assertThat(s.allowShort()).isFalse();
        assertThat(s.maxOrderEquityMultiple()).isEqualTo(2);
        assertThat(s.tickSize()).isEqualTo(0.5);
        assertThat(s.lotSize()).isEqualTo(0.001);
        assertThat(s.minNotional()).isEqualTo(10);

        BacktestConfig engine = s.engineConfig();
        assertThat(engine.initialCapital()).isEqualTo(2500.5);
        assertThat(engine.seed()).isEqualTo(123);
        assertThat(engine.sizingFraction()).isEqualTo(0.5);
        assertThat(engine.allowShort()).isFalse();
        assertThat(engine.maxOrderEquityMultiple()).isEqualTo(2);
        assertThat(engine.venue().fees().takerBps()).isEqualTo(7.5);
        assertThat(engine.venue().fees().makerBps()).isEqualTo(-1);
        assertThat(engine.venue().slippage().fixedBps()).isEqualTo(2);
        assertThat(engine.venue().slippage().bpsPerVolumeShare()).isEqualTo(30);
        assertThat(engine.venue().latency().fixedMs()).isEqualTo(250);
        assertThat(engine.venue().latency().jitterMs()).isEqualTo(50);
        assertThat(engine.venue().fill().maxVolumeShare()).isEqualTo(0.25);

        var spot = s.instrument(InstrumentId.of("ETH-USD"));
        assertThat(spot.kind()).isEqualTo(InstrumentKind.SPOT);
        assertThat(spot.tickSize()).isEqualTo(0.5);
        assertThat(spot.lotSize()).isEqualTo(0.001);
        assertThat(spot.minNotional()).isEqualTo(10);
        assertThat(s.instrument(InstrumentId.of("BTC-PERP")).kind()).isEqualTo(InstrumentKind.PERPETUAL);
    }

    @Test
    void fundingFilesComeFromYamlOrTheCommandLineWhichWins() throws IOException {
        assertThat(resolve().funding()).isEmpty();
        assertThat(resolve().asManifest()).doesNotContainKey("backtest.funding");
        SettingValues file = ConfigFile.read(yaml("backtest:", "  data: [a_XRP-USDT-PERP_5m.csv]",
                "  funding: [a_XRP-USDT-PERP_funding_8h.csv]"));
        assertThat(resolve(file).funding()).containsExactly(Path.of("a_XRP-USDT-PERP_funding_8h.csv"));
        assertThat(resolve(file).asManifest()).containsEntry("backtest.funding", "a_XRP-USDT-PERP_funding_8h.csv");
        SettingValues cli = cli().putList(Setting.FUNDING, List.of("b_X-PERP_f.csv", "c_Y-PERP_f.csv"), "--funding");
        assertThat(resolve(file, cli).funding()).containsExactly(Path.of("b_X-PERP_f.csv"), Path.of("c_Y-PERP_f.csv"));
        assertThat(resolve(ConfigFile.read(yaml("backtest:", "  funding: x_X-PERP_f.csv"))).funding())
                .containsExactly(Path.of("x_X-PERP_f.csv"));
        assertThat(problems(cli().putList(Setting.FUNDING, List.of("f_X-PERP.csv", " f_X-PERP.csv "), "--funding")))
                .containsExactly("--funding: f_X-PERP.csv is given twice");
        assertThat(problems(cli().putList(Setting.FUNDING, List.of(" "), "--funding")))
                .containsExactly("--funding: empty file name");
    }

    @Test
    void theShippedExampleConfigIsValid() {
        Path repo = Path.of("").toAbsolutePath();
        while (repo != null && !Files.isRegularFile(repo.resolve("config/example.yaml"))) {
            repo = repo.getParent();
        }
        assertThat(repo).as("config/example.yaml above the working directory").isNotNull();
        SettingValues file = ConfigFile.read(repo.resolve("config/example.yaml"));
        for (Setting s : Setting.values()) {
            // symbol only goes with a single data file; the example has two
            assertThat(file.has(s)).as("the example shows %s", s.key()).isEqualTo(s != Setting.SYMBOL);
        }
        BacktestSettings settings = resolve(file, cli().putText(Setting.SEED, "7", "--seed"));
        assertThat(settings.strategy()).isEqualTo("rsi-reversion");
        assertThat(settings.seed()).isEqualTo(7);
        assertThat(settings.data()).hasSize(2);
    }

    @Test
    void aSingleDataValueAndAnEmptyFileAreFine() throws IOException {
        assertThat(resolve(ConfigFile.read(yaml("backtest:", "  data: x_BTC-USD_4h.csv"))).data())
                .containsExactly(Path.of("x_BTC-USD_4h.csv"));
        assertThat(resolve(ConfigFile.read(yaml(""))).strategy()).isEqualTo("sma-cross");
        assertThat(resolve(ConfigFile.read(yaml("# only a comment"))).capital()).isEqualTo(10_000);
    }

    @Test
    void unknownSectionsAndKeysAreErrorsNamingThem() throws IOException {
        List<String> problems = fileProblems(yaml(
                "backtest:",
                "  strategy: sma-cross",
                "  stratgy: rsi-reversion",
                "execution:",
                "  fee: 5",
                "risks:",
                "  max_drawdown: 0.2",
                "risk:",
                "  max_drawdown: 0.2"));
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).startsWith("config key 'backtest.stratgy': unknown key").contains("strategy");
        assertThat(problems.get(1)).startsWith("config key 'execution.fee': unknown key").contains("fee_bps",
                "slippage_bps");
        assertThat(problems.get(2)).startsWith("config key 'risks': unknown section").contains("backtest",
                "execution", "portfolio", "instrument", "risk", "health");
        assertThat(problems.get(3)).startsWith("config key 'risk.max_drawdown': unknown key")
                .contains("max_drawdown_halt_pct");
    }

    @Test
    void shapeErrorsNameTheKey() throws IOException {
        List<String> problems = fileProblems(yaml(
                "backtest:",
                "  strategy: [a, b]",
                "  params: [1, 2]",
                "  data: {a: b}",
                "execution: 5",
                "portfolio:",
                "  allow_short: {x: 1}"));
        assertThat(problems).containsExactly(
                "config key 'backtest.strategy': must be a single value",
                "config key 'backtest.params': must be a mapping of name: value",
                "config key 'backtest.data': must be a value or a list of values",
                "config key 'execution': must be a mapping",
                "config key 'portfolio.allow_short': must be a single value");
        assertThat(fileProblems(yaml("backtest:", "  params:", "    fast: [1]")))
                .containsExactly("config key 'backtest.params.fast': must be a single value");
        assertThat(fileProblems(yaml("backtest:", "  data: [[a]]")))
                .containsExactly("config key 'backtest.data': list items must be single values");
    }

    @Test
    void notAFileNotYamlAndNotAMappingAreErrorsNamingTheFile() throws IOException {
        Path missing = dir.resolve("absent.yaml");
        assertThat(fileProblems(missing)).containsExactly("--config " + missing + ": no such file");
        assertThat(fileProblems(dir)).containsExactly("--config " + dir + ": no such file");
        Path broken = yaml("backtest:", "  strategy: [sma-cross", "  seed: 1");
        assertThat(fileProblems(broken)).singleElement().asString().startsWith("--config " + broken
                + ": not valid YAML: ").doesNotContain("\n");
        Path list = yaml("- backtest", "- execution");
        assertThat(fileProblems(list)).containsExactly("--config " + list
                + ": the top level must be a mapping of sections");
    }

    @Test
    void aKeyGivenTwiceIsAnError() throws IOException {
        Path twice = yaml("execution:", "  fee_bps: 5", "  fee_bps: 50");
        assertThat(fileProblems(twice)).singleElement().asString().startsWith("--config " + twice + ": ")
                .contains("fee_bps");
    }

    @Test
    void readCanCollectProblemsAndKeepTheGoodValues() throws IOException {
        List<String> problems = new ArrayList<>();
        SettingValues values = ConfigFile.read(yaml("backtest:", "  seed: 5", "  colour: red"), problems);
        assertThat(problems).singleElement().asString().contains("'backtest.colour'");
        assertThat(values.text(Setting.SEED)).contains("5");
    }

    @Test
    void typeErrorsNameTheKeyOrOptionTheValueCameFrom() throws IOException {
        SettingValues file = ConfigFile.read(yaml(
                "backtest:",
                "  capital: lots",
                "  seed: 1.5",
                "execution:",
                "  fee_bps: -3",
                "  latency_ms: soon",
                "portfolio:",
                "  allow_short: maybe"));
        assertThat(problems(file)).containsExactly(
                "config key 'backtest.capital': not a number: 'lots'",
                "config key 'backtest.seed': not a whole number: '1.5'",
                "config key 'execution.fee_bps': must be a number between 0.0 and 10000.0, got '-3'",
                "config key 'execution.latency_ms': not a whole number: 'soon'",
                "config key 'portfolio.allow_short': must be true or false, got 'maybe'");
        SettingValues options = cli().putText(Setting.CAPITAL, "lots", "--capital")
                .putText(Setting.FEE_BPS, "Infinity", "--fee-bps");
        assertThat(problems(file, options)).contains(
                "--capital: not a number: 'lots'",
                "--fee-bps: must be a number between 0.0 and 10000.0, got 'Infinity'",
                "config key 'backtest.seed': not a whole number: '1.5'");
    }

    @Test
    void theCommandLineOverridesTheFileWhichOverridesTheDefaults() throws IOException {
        SettingValues file = ConfigFile.read(yaml(
                "backtest:",
                "  data: from-file_BTC-USD_4h.csv",
                "  strategy: rsi-reversion",
                "  params: {period: 7, lower: 20}",
                "  capital: 5000",
                "  seed: 1",
                "execution:",
                "  fee_bps: 50",
                "  slippage_bps: 20"));
        SettingValues options = cli()
                .putList(Setting.DATA, List.of("cli_ETH-USD_4h.csv"), "--data")
                .putMap(Setting.PARAMS, Map.of("period", "9"), "--param")
                .putText(Setting.FEE_BPS, "0", "--fee-bps")
                .putText(Setting.SEED, "2", "--seed");
        BacktestSettings s = resolve(file, options);
        assertThat(s.data()).containsExactly(Path.of("cli_ETH-USD_4h.csv"));
        assertThat(s.strategy()).as("only in the file").isEqualTo("rsi-reversion");
        assertThat(s.params()).as("parameters merge key by key").isEqualTo(Map.of("period", "9", "lower", "20"));
        assertThat(s.capital()).isEqualTo(5000);
        assertThat(s.seed()).isEqualTo(2);
        assertThat(s.feeBps()).isZero();
        assertThat(s.makerFeeBps()).as("follows the effective taker fee").isZero();
        assertThat(s.slippageBps()).isEqualTo(20);
        assertThat(s.latencyMs()).as("in neither: the default").isZero();
        // and the order of the sources is what decides
        assertThat(resolve(options, file).feeBps()).isEqualTo(50);
    }

    @ParameterizedTest
    @CsvSource({
            "2024-01-31, 1706659200000",
            "2024-01-31T12:00:00Z, 1706702400000",
            "2024-01-31T00:00:00.250Z, 1706659200250",
            "1706659200000, 1706659200000",
            "' 2024-01-31 ', 1706659200000"})
    void datesAreUtcDaysIsoInstantsOrEpochMillis(String text, long epochMs) {
        BacktestSettings s = resolve(cli().putText(Setting.FROM, text, "--from")
                .putText(Setting.TO, "2030-01-01", "--to"));
        assertThat(s.from()).contains(epochMs);
        assertThat(s.to()).contains(1_893_456_000_000L);
    }

    @Test
    void yamlDatesInEveryFormat() throws IOException {
        BacktestSettings s = resolve(ConfigFile.read(yaml("backtest:", "  from: 2024-01-31", "  to: 1706702400000")));
        assertThat(s.from()).contains(JAN_31);
        assertThat(s.to()).contains(1_706_702_400_000L);
        assertThat(resolve(ConfigFile.read(yaml("backtest:", "  from: '2024-01-31T12:00:00Z'"))).from())
                .contains(1_706_702_400_000L);
    }

    @Test
    void badDatesAndAnEmptyWindowAreErrors() {
        assertThat(problems(cli().putText(Setting.FROM, "31/01/2024", "--from"))).containsExactly(
                "--from: not a date: '31/01/2024' (use 2024-01-31, 2024-01-31T12:00:00Z or epoch ms)");
        assertThat(problems(cli().putText(Setting.TO, "2024-02-30", "--to"))).singleElement().asString()
                .startsWith("--to: not a date");
        assertThat(problems(cli().putText(Setting.FROM, "2024-06-01", "--from").putText(Setting.TO, "2024-01-01",
                "--to"))).singleElement().asString().startsWith("--from").contains("2024-06-01", "2024-01-01");
        assertThat(problems(cli().putText(Setting.FROM, "2024-01-01", "--from").putText(Setting.TO,
                "1704067200000", "--to"))).as("from == to is empty").hasSize(1);
        BacktestSettings blank = resolve(cli().putText(Setting.FROM, " ", "--from"));
        assertThat(blank.from()).isEmpty();
    }

    @Test
    void everyProblemIsCollectedAtOnce() {
        SettingValues options = cli()
                .putList(Setting.DATA, List.of("a_BTC-USD.csv", "b_ETH-USD.csv"), "--data")
                .putText(Setting.SYMBOL, "BTC USD", "--symbol")
                .putText(Setting.FROM, "later", "--from")
                .putText(Setting.CAPITAL, "0", "--capital")
                .putText(Setting.SEED, "x", "--seed")
                .putText(Setting.ON_BAD_ROW, "ignore", "--on-bad-row")
                .putText(Setting.FEE_BPS, "x", "--fee-bps")
                .putText(Setting.SLIPPAGE_BPS, "-1", "--slippage-bps")
                .putText(Setting.LATENCY_MS, "1.5", "--latency-ms")
                .putText(Setting.MAKER_FEE_BPS, "-20", "config key 'execution.maker_fee_bps'")
                .putText(Setting.MAX_VOLUME_SHARE, "2", "config key 'execution.max_volume_share'")
                .putText(Setting.TICK_SIZE, "0", "config key 'instrument.tick_size'");
        List<String> problems = problems(options);
        assertThat(problems).hasSize(12);
        assertThat(String.join("\n", problems)).contains("--symbol: ", "--symbol: can only name", "--from: ",
                "--capital: ", "--seed: ", "--on-bad-row: ", "--fee-bps: ", "--slippage-bps: ", "--latency-ms: ",
                "config key 'execution.maker_fee_bps': a maker rebate cannot exceed the taker fee",
                "config key 'execution.max_volume_share': ", "config key 'instrument.tick_size': ");
        assertThat(catchThrowableOfType(ConfigProblems.class, () -> resolve(options)).getMessage())
                .isEqualTo(String.join("; ", problems));
    }

    @Test
    void strategyCheckProblemsAreCollectedWithTheOthers() {
        SettingValues options = cli().putText(Setting.STRATEGY, " rsi-reversion ", "--strategy")
                .putMap(Setting.PARAMS, Map.of("period", "x"), "--param")
                .putText(Setting.CAPITAL, "-1", "--capital");
        List<String> seen = new ArrayList<>();
        ConfigProblems e = catchThrowableOfType(ConfigProblems.class, () -> BacktestSettings.resolve(HOME,
                List.of(options), (name, params) -> {
                    seen.add(name + " " + params);
                    return List.of("--param period: bad");
                }));
        assertThat(seen).containsExactly("rsi-reversion {period=x}");
        assertThat(e.problems()).hasSize(2).anySatisfy(p -> assertThat(p).startsWith("--capital"))
                .contains("--param period: bad");
    }

    @Test
    void symbolMustBeAnInstrumentAndNeedsASingleFile() {
        assertThat(resolve(cli().putText(Setting.SYMBOL, "SOL-USD", "--symbol")).symbol()).contains("SOL-USD");
        assertThat(resolve(cli().putText(Setting.SYMBOL, "", "--symbol")).symbol()).isEmpty();
        assertThat(problems(cli().putText(Setting.SYMBOL, "SOL-USD", "--symbol").putList(Setting.DATA,
                List.of("a.csv", "b.csv"), "--data"))).singleElement().asString()
                .startsWith("--symbol: can only name the instrument of a single --data file (got 2 files");
    }

    @Test
    void onBadRowIsCaseInsensitive() {
        assertThat(resolve(cli().putText(Setting.ON_BAD_ROW, "FAIL", "--on-bad-row")).failOnBadRow()).isTrue();
        assertThat(resolve(cli().putText(Setting.ON_BAD_ROW, " Skip ", "--on-bad-row")).failOnBadRow()).isFalse();
    }

    @Test
    void problemsNeedAtLeastOneEntryAndAreImmutable() {
        assertThatThrownBy(() -> new ConfigProblems(List.of())).isInstanceOf(IllegalArgumentException.class);
        List<String> list = new ArrayList<>(List.of("a"));
        ConfigProblems p = new ConfigProblems(list);
        list.add("b");
        assertThat(p.problems()).containsExactly("a");
        assertThat(new SettingValues().putText(Setting.SEED, "1", "--seed").origin(Setting.SEED))
                .isEqualTo(Optional.of("--seed"));
    }

    @Test
    void riskAndHealthSectionsMapToTheEngineConfigs() throws IOException {
        Path file = yaml(
                "risk:",
                "  checks: [trading-state, market-data, daily-loss, var-limit]",
                "  max_position_notional_equity: 1.5",
                "  max_gross_exposure: 2",
                "  max_net_exposure: 1",
                "  max_open_positions: 3",
                "  max_leverage: 2.5",
                "  daily_loss_cap_pct: 4",
                "  cooldown_bars_after_loss: 2",
                "  max_consecutive_losses: 3",
                "  cooldown_bars_after_streak: 12",
                "  max_drawdown_halt_pct: 30",
                "  halt_recovery_bars: 48",
                "  reject_burst_count: 4",
                "  reject_burst_window_bars: 6",
                "  price_band_pct: 7.5",
                "  stale_tolerance_bars: 0.5",
                "  var_limit_pct: 8",
                "  var_confidence: 0.975",
                "  var_horizon_bars: 6",
                "  var_method: Monte_Carlo",
                "  var_window_bars: 500",
                "health:",
                "  min_score: 40",
                "  window_bars: 20",
                "  signal_horizon_bars: 3",
                "  min_signals: 5",
                "  latency_budget_ms: 2000",
                "  max_errors: 2");
        BacktestSettings s = resolve(ConfigFile.read(file));
        assertThat(s.risk()).isEqualTo(new RiskConfig(List.of("trading-state", "market-data", "daily-loss",
                "var-limit"), 1.5, 2, 1, 3, 2.5, 0.04, 2, 3, 12, 0.3, 48, 4, 6, 0.075, 0.5, 0.08, 0.975, 6,
                VarMethod.MONTE_CARLO, 500));
        assertThat(s.health()).isEqualTo(new HealthConfig(40, 20, 3, 5, 2_000, 2));
        assertThat(s.engineConfig().risk()).isEqualTo(s.risk());
        assertThat(s.engineConfig().health()).isEqualTo(s.health());
        assertThat(s.asManifest()).containsEntry("risk.daily_loss_cap_pct", "4.0")
                .containsEntry("risk.var_method", "monte_carlo")
                .containsEntry("risk.checks", "trading-state,market-data,daily-loss,var-limit")
                .containsEntry("health.min_score", "40.0");
    }

    @Test
    void riskAndHealthProblemsAreListedTogether() throws IOException {
        Path file = yaml(
                "risk:",
                "  checks: [market-data, max-risk, market-data]",
                "  daily_loss_cap_pct: 100",
                "  max_open_positions: -1",
                "  var_method: garch",
                "  var_horizon_bars: 30",
                "  var_window_bars: 40",
                "  reject_burst_window_bars: 0",
                "health:",
                "  min_score: 101",
                "  window_bars: 5",
                "  min_signals: 6");
        assertThat(problems(ConfigFile.read(file))).containsExactlyInAnyOrder(
                "config key 'risk.checks': unknown check 'max-risk' (known: " + String.join(", ",
                        RiskConfig.STANDARD_ORDER) + ")",
                "config key 'risk.checks': 'market-data' is listed twice",
                "config key 'risk.checks': must start with trading-state (the kill switch), got market-data",
                "config key 'risk.daily_loss_cap_pct': must be a number between 0.0 and 99.99, got '100'",
                "config key 'risk.max_open_positions': must be a whole number between 0 and 100000, got '-1'",
                "config key 'risk.var_method': must be historical, parametric or monte_carlo, got 'garch'",
                "config key 'risk.var_window_bars': must be at least 60 bars (30 returns + the horizon 30), got 40",
                "config key 'risk.reject_burst_window_bars': must be a whole number between 1 and 1000000, got '0'",
                "config key 'health.min_score': must be a number between 0.0 and 100.0, got '101'",
                "config key 'health.min_signals': must not exceed health.window_bars 5, got 6");
    }
}
