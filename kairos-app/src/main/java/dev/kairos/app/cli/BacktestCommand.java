package dev.kairos.app.cli;

import dev.kairos.app.backtest.BacktestJob;
import dev.kairos.app.backtest.BacktestOutcome;
import dev.kairos.app.backtest.LoadedData;
import dev.kairos.app.backtest.SummaryJson;
import dev.kairos.app.config.BacktestSettings;
import dev.kairos.app.config.ConfigFile;
import dev.kairos.app.config.ConfigProblems;
import dev.kairos.app.config.Setting;
import dev.kairos.app.config.SettingValues;
import dev.kairos.engine.backtest.BacktestResult;
import dev.kairos.engine.backtest.ProgressListener;
import dev.kairos.engine.clock.LiveClock;
import dev.kairos.engine.strategy.StrategyCatalog;
import dev.kairos.persistence.csv.DataFileException;
import dev.kairos.persistence.journal.JournalException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kairos backtest}: one backtest, journal and report under {@code --out}. */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Backtest a strategy on historical bars.",
                "Defaults: the shipped Coinbase BTC-USD 4h candles, strategy sma-cross, 10,000 capital, "
                        + "10 bps fees, 5 bps slippage. Options override --config values."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:ok", "1:internal error", "2:usage or config error", "3:data error"})
final class BacktestCommand implements Callable<Integer> {
    private final Path home;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "FILE", description = "CSV timestamp,open,high,low,close,volume "
            + "(epoch s, ms, µs or ns UTC, detected per file; bar open time); repeat for several instruments")
    List<String> data = new ArrayList<>();
    @Option(names = "--funding", paramLabel = "FILE", description = "funding rates of a perpetual among the --data "
            + "files, CSV timestamp,rate (epoch s, ms, µs or ns UTC of the funding time, fraction per interval); the "
            + "instrument "
            + "comes from the file name (binance_XRP-USDT-PERP_funding_8h.csv); repeatable")
    List<String> funding = new ArrayList<>();
    @Option(names = "--symbol", paramLabel = "SYM", description = "instrument of a single --data file "
            + "(default: from the file name)")
    Optional<String> symbol = Optional.empty();
    @Option(names = "--strategy", paramLabel = "NAME", description = "see 'kairos strategies' (default sma-cross)")
    Optional<String> strategy = Optional.empty();
    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "strategy parameter; repeatable")
    Map<String, String> params = new LinkedHashMap<>();
    @Option(names = "--from", paramLabel = "DATE", description = "first bar open time: 2024-01-31, ISO instant "
            + "or epoch ms (UTC)")
    Optional<String> from = Optional.empty();
    @Option(names = "--to", paramLabel = "DATE", description = "bars before this open time (exclusive)")
    Optional<String> to = Optional.empty();
    @Option(names = "--capital", paramLabel = "AMOUNT", description = "initial equity (default 10000)")
    Optional<String> capital = Optional.empty();
    @Option(names = "--fee-bps", paramLabel = "BPS", description = "taker fee, basis points (default 10)")
    Optional<String> feeBps = Optional.empty();
    @Option(names = "--slippage-bps", paramLabel = "BPS", description = "fixed slippage on taker fills (default 5)")
    Optional<String> slippageBps = Optional.empty();
    @Option(names = "--latency-ms", paramLabel = "MS", description = "decision-to-venue latency (default 0)")
    Optional<String> latencyMs = Optional.empty();
    @Option(names = "--seed", paramLabel = "N", description = "seed of every random source (default 42)")
    Optional<String> seed = Optional.empty();
    @Option(names = "--config", paramLabel = "FILE.yaml", description = "YAML settings; options override it")
    Optional<Path> config = Optional.empty();
    @Option(names = "--out", paramLabel = "DIR", description = "where run folders go (default runs)")
    Optional<String> out = Optional.empty();
    @Option(names = "--export-trades", paramLabel = "FILE.csv", description = "write closed trades as CSV")
    Optional<Path> exportTrades = Optional.empty();
    @Option(names = "--json", description = "print one JSON object on stdout instead of the table")
    boolean json;
    @Option(names = "--on-bad-row", paramLabel = "skip|fail", description = "malformed rows: skip them (default) "
            + "or stop with exit code 3")
    Optional<String> onBadRow = Optional.empty();
    @Option(names = "--sizing", paramLabel = "POLICY", description = "position sizing: fixed_fraction (default), "
            + "confidence, atr_risk, kelly or vol_target; tune it in the config's sizing section")
    Optional<String> sizing = Optional.empty();

    BacktestCommand(Path home) {
        this.home = home;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        BacktestJob job = new BacktestJob(StrategyCatalog.builtIn(), new LiveClock(), KairosCommand.version());
        // every problem of the file, the options and the strategy is reported at once
        List<String> problems = new ArrayList<>();
        List<SettingValues> sources = new ArrayList<>();
        config.ifPresent(c -> sources.add(ConfigFile.read(c, problems)));
        sources.add(cliValues());
        BacktestSettings settings = null;
        try {
            settings = BacktestSettings.resolve(home, sources, job::strategyProblems);
        } catch (ConfigProblems e) {
            problems.addAll(e.problems());
        }
        if (settings == null || !problems.isEmpty()) {
            problems.forEach(p -> err.println("kairos backtest: error: " + p));
            return ExitCode.USAGE;
        }
        BacktestJob.Resolved resolved = job.resolveStrategy(settings);
        List<LoadedData> data;
        try {
            data = job.load(settings, msg -> err.println("kairos: " + msg));
        } catch (DataFileException e) {
            err.println("kairos backtest: data error: " + e.getMessage());
            return ExitCode.DATA;
        } catch (ConfigProblems e) {
            e.problems().forEach(p -> err.println("kairos backtest: error: " + p));
            return ExitCode.USAGE;
        }
        long total = data.stream().mapToLong(d -> d.market().bars().size()).sum();
        BacktestOutcome outcome;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("backtest").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).showSpeed().setUnit(" bars", 1).build()) {
            ProgressListener progress = (done, all) -> bar.stepTo(done);
            outcome = job.run(settings, resolved, data, exportTrades, progress);
        } catch (ConfigProblems e) {
            e.problems().forEach(p -> err.println("kairos backtest: error: " + p));
            return ExitCode.USAGE;
        } catch (JournalException e) {
            err.println("kairos backtest: journal error: " + e.getMessage());
            return ExitCode.DATA;
        } catch (UncheckedIOException e) {
            // --out or --export-trades cannot be written: a file problem, not an internal error
            err.println("kairos backtest: output error: " + e.getMessage());
            return ExitCode.DATA;
        }
        if (json) {
            stdout.println(SummaryJson.toJson(outcome));
        } else {
            printTable(stdout, outcome);
        }
        stdout.flush();
        return ExitCode.OK;
    }

    private SettingValues cliValues() {
        SettingValues v = new SettingValues();
        if (!data.isEmpty()) {
            v.putList(Setting.DATA, data, "--data");
        }
        if (!funding.isEmpty()) {
            v.putList(Setting.FUNDING, funding, "--funding");
        }
        symbol.ifPresent(s -> v.putText(Setting.SYMBOL, s, "--symbol"));
        strategy.ifPresent(s -> v.putText(Setting.STRATEGY, s, "--strategy"));
        if (!params.isEmpty()) {
            v.putMap(Setting.PARAMS, params, "--param");
        }
        from.ifPresent(s -> v.putText(Setting.FROM, s, "--from"));
        to.ifPresent(s -> v.putText(Setting.TO, s, "--to"));
        capital.ifPresent(s -> v.putText(Setting.CAPITAL, s, "--capital"));
        feeBps.ifPresent(s -> v.putText(Setting.FEE_BPS, s, "--fee-bps"));
        slippageBps.ifPresent(s -> v.putText(Setting.SLIPPAGE_BPS, s, "--slippage-bps"));
        latencyMs.ifPresent(s -> v.putText(Setting.LATENCY_MS, s, "--latency-ms"));
        seed.ifPresent(s -> v.putText(Setting.SEED, s, "--seed"));
        out.ifPresent(s -> v.putText(Setting.OUT, s, "--out"));
        onBadRow.ifPresent(s -> v.putText(Setting.ON_BAD_ROW, s, "--on-bad-row"));
        sizing.ifPresent(s -> v.putText(Setting.SIZING_POLICY, s, "--sizing"));
        return v;
    }

    private static void printTable(PrintWriter w, BacktestOutcome o) {
        BacktestResult r = o.result();
        var p = r.performance();
        w.println();
        w.printf(Locale.ROOT, "Kairos backtest %s%n", o.runId());
        w.printf(Locale.ROOT, "  strategy        %s %s, seed %d%n", r.strategy(), r.params(), r.seed());
        w.printf(Locale.ROOT, "  bars            %,d (%s)%n", r.bars(), String.join(", ",
                o.data().stream().map(d -> d.market().instrument().id().symbol()).toList()));
        row(w, "equity", String.format(Locale.ROOT, "%,.2f -> %,.2f", r.initialEquity(), r.finalEquity()));
        row(w, "total return", pct(p.totalReturn()) + "   (buy & hold " + pct(r.buyAndHoldReturn()) + ")");
        row(w, "CAGR", pct(p.cagr()));
        row(w, "Sharpe / Sortino", num(p.sharpe()) + " / " + num(p.sortino()));
        row(w, "Calmar", num(p.calmar()));
        row(w, "max drawdown", pct(p.maxDrawdown()) + " over " + p.maxDrawdownDurationBars() + " bars");
        row(w, "trades", r.trades().size() + ", win rate " + pct(p.winRate()) + ", profit factor "
                + num(p.profitFactor()));
        row(w, "expectancy", String.format(Locale.ROOT, "%,.2f per trade, %.1f bars avg, max %d losses in a row",
                p.expectancy(), p.avgTradeBars(), p.maxConsecutiveLosses()));
        row(w, "exposure", pct(p.exposure()));
        row(w, "PnL", String.format(Locale.ROOT, "realized %,.2f, unrealized %,.2f, fees %,.2f, funding %,.2f",
                r.realizedPnl(), r.unrealizedPnl(), r.feesPaid(), r.fundingPaid()));
        row(w, "execution", String.format(Locale.ROOT, "slippage %.2f bps, latency %.0f ms, fill ratio %s",
                r.execution().avgSlippageBps(), r.execution().avgLatencyMs(), pct(r.execution().fillRatio())));
        row(w, "orders", r.ordersSubmitted() + " submitted, " + r.ordersDenied() + " denied " + r.deniedByCheck()
                + (r.sizedToZero().isEmpty() ? "" : ", sized to zero " + new java.util.TreeMap<>(r.sizedToZero())));
        StringBuilder regimes = new StringBuilder();
        for (var row : r.byRegime()) {
            if (row.bars() > 0) {
                regimes.append(regimes.isEmpty() ? "" : ", ").append(row.regime()).append(' ')
                        .append(String.format(Locale.ROOT, "%.0f%%", 100.0 * row.bars() / Math.max(1, r.equitySamples())))
                        .append(" of bars (return ").append(pct(row.totalReturn())).append(")");
            }
        }
        if (r.byRegime().stream().anyMatch(x -> !x.regime().equals("unknown"))) {
            row(w, "by regime", regimes.toString());
        }
        row(w, "risk", String.format(Locale.ROOT, "VaR %.0f%% %d bar %s (historical), health min/mean %s / %s",
                r.risk().confidence() * 100, r.risk().horizon(), pct(r.risk().historical().var()),
                num(r.healthMin()), num(r.healthMean())));
        if (r.exits().counts().values().stream().anyMatch(c -> c > 0)) {
            StringBuilder exits = new StringBuilder();
            r.exits().counts().forEach((reason, count) -> {
                if (count > 0) {
                    exits.append(exits.isEmpty() ? "" : ", ").append(reason).append(' ').append(count);
                }
            });
            row(w, "exits", exits.toString());
        }
        row(w, "journal", o.journal() + " (" + r.journalHash().substring(0, Math.min(16, r.journalHash().length()))
                + "…)");
        row(w, "report", o.report().toString());
        o.tradesCsv().ifPresent(t -> row(w, "trades csv", t.toString()));
    }

    private static void row(PrintWriter w, String label, String value) {
        w.printf(Locale.ROOT, "  %-15s %s%n", label, value);
    }

    private static String pct(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f%%", v * 100) : "n/a";
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "n/a";
    }
}
