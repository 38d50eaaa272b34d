package dev.kairos.app.backtest;

import dev.kairos.app.config.BacktestSettings;
import dev.kairos.app.config.ConfigProblems;
import dev.kairos.app.report.HtmlReport;
import dev.kairos.engine.backtest.BacktestResult;
import dev.kairos.engine.backtest.BacktestRunner;
import dev.kairos.engine.backtest.MarketData;
import dev.kairos.engine.backtest.ProgressListener;
import dev.kairos.engine.clock.Clock;
import dev.kairos.engine.journal.RunManifest;
import dev.kairos.engine.strategy.StrategyCatalog;
import dev.kairos.engine.strategy.StrategyDefinition;
import dev.kairos.engine.strategy.StrategyParams;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.InstrumentKind;
import dev.kairos.persistence.csv.BadRowPolicy;
import dev.kairos.persistence.csv.BarCsvOptions;
import dev.kairos.persistence.csv.BarCsvReader;
import dev.kairos.persistence.csv.BarCsvResult;
import dev.kairos.persistence.csv.FundingCsvReader;
import dev.kairos.persistence.csv.Sha256;
import dev.kairos.persistence.csv.TimeWindow;
import dev.kairos.persistence.journal.SqliteJournal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs a backtest end to end: validates the strategy, loads every data file (reporting rows and gaps) and
 * every funding file (attached to the perpetual named in its file name), runs the engine with a SQLite
 * journal under {@code out/<run-id>/}, writes the HTML report and the optional trade export.
 */
public final class BacktestJob {
    private final StrategyCatalog catalog;
    private final Clock wallClock;
    private final String version;

    public BacktestJob(StrategyCatalog catalog, Clock wallClock, String version) {
        this.catalog = catalog;
        this.wallClock = wallClock;
        this.version = version;
    }

    /** Resolves the strategy and its parameters, or throws {@link ConfigProblems} listing all problems. */
    public Resolved resolveStrategy(BacktestSettings settings) {
        List<String> problems = strategyProblems(settings.strategy(), settings.params());
        if (!problems.isEmpty()) {
            throw new ConfigProblems(problems);
        }
        StrategyDefinition def = catalog.find(settings.strategy()).orElseThrow();
        // effective: the run's manifest and summary show e.g. a preset's values, not the declared defaults
        return new Resolved(def, def.effective(StrategyParams.resolve(def.name(), def.params(), settings.params())
                .params()));
    }

    /** What is wrong with a strategy name and its parameters, each problem naming the option; empty when fine. */
    public List<String> strategyProblems(String strategy, Map<String, String> params) {
        Optional<StrategyDefinition> def = catalog.find(strategy);
        if (def.isEmpty()) {
            return List.of("--strategy " + strategy + ": unknown strategy (known: "
                    + String.join(", ", catalog.names()) + ")");
        }
        StrategyParams.Resolution res = StrategyParams.resolve(def.get().name(), def.get().params(), params);
        List<String> problems = new ArrayList<>(res.problems());
        if (res.ok()) {
            problems.addAll(def.get().validate(res.params()));
        }
        return problems;
    }

    /** A strategy with its validated parameters. */
    public record Resolved(StrategyDefinition definition, StrategyParams params) {
    }

    /**
     * Loads every data file, then every funding file; throws the reader's {@code DataFileException} on a data
     * error and {@link ConfigProblems} when files do not fit together (an instrument twice; a funding file
     * whose instrument is not loaded, not perpetual, or already has one).
     */
    public List<LoadedData> load(BacktestSettings settings, Consumer<String> log) {
        TimeWindow window = new TimeWindow(settings.from().orElse(Long.MIN_VALUE),
                settings.to().orElse(Long.MAX_VALUE));
        List<LoadedData> out = new ArrayList<>();
        Set<InstrumentId> seen = new HashSet<>();
        for (Path file : settings.data()) {
            BarCsvOptions options = BarCsvOptions.DEFAULTS.withWindow(window)
                    .withBadRows(settings.failOnBadRow() ? BadRowPolicy.FAIL : BadRowPolicy.SKIP);
            if (settings.symbol().isPresent()) {
                options = options.withInstrument(InstrumentId.of(settings.symbol().get()));
            }
            BarCsvResult r = new BarCsvReader(options).read(file);
            InstrumentId id = r.series().instrument();
            if (!seen.add(id)) {
                throw new ConfigProblems(List.of("--data " + file + ": instrument " + id
                        + " is already loaded from another file"));
            }
            var rep = r.report();
            log.accept(String.format("%s: %s, %d rows parsed, %d accepted, %d outside --from/--to, %d malformed%s",
                    file, id, rep.parsed(), rep.accepted(), rep.skipped(), rep.malformed(),
                    rep.malformed() > 0 ? " (skipped: " + rep.defectSummary() + ")" : ""));
            rep.timestampUnit().conversionNote().ifPresent(n -> log.accept(file + ": " + n));
            if (rep.gaps().count() > 0) {
                log.accept(file + ": " + rep.gaps() + " (gaps are kept, never filled)");
            }
            out.add(new LoadedData(file, new MarketData(settings.instrument(id), r.series()), rep, Sha256.of(file)));
        }
        return settings.funding().isEmpty() ? out : withFunding(settings, out, log);
    }

    /**
     * Attaches each funding file to the loaded perpetual its file name names ({@code
     * binance_XRP-USDT-PERP_funding_8h.csv} → {@code XRP-USDT-PERP}). Every mismatch is reported before any
     * funding file is read.
     */
    private static List<LoadedData> withFunding(BacktestSettings settings, List<LoadedData> data,
                                                Consumer<String> log) {
        List<String> problems = new ArrayList<>();
        Map<Path, Integer> target = new LinkedHashMap<>();
        Map<InstrumentId, Path> given = new LinkedHashMap<>();
        List<String> loaded = data.stream().map(d -> d.market().instrument().id().symbol()).toList();
        for (Path file : settings.funding()) {
            InstrumentId id;
            try {
                id = BarCsvReader.instrumentFromFileName(file.toString());
            } catch (IllegalArgumentException e) {
                problems.add("--funding " + file + ": " + e.getMessage() + "; name a funding file after its"
                        + " instrument, e.g. binance_XRP-USDT-PERP_funding_8h.csv");
                continue;
            }
            int k = -1;
            for (int i = 0; i < data.size(); i++) {
                if (data.get(i).market().instrument().id().equals(id)) {
                    k = i;
                }
            }
            if (k < 0) {
                problems.add("--funding " + file + ": funding of " + id + ", but no --data file holds " + id
                        + " (loaded: " + String.join(", ", loaded) + ")");
            } else if (data.get(k).market().instrument().kind() != InstrumentKind.PERPETUAL) {
                problems.add("--funding " + file + ": " + id + " is " + data.get(k).market().instrument().kind()
                        + "; only perpetual instruments (symbol ending -PERP) pay funding");
            } else if (given.containsKey(id)) {
                problems.add("--funding " + file + ": " + id + " already has funding from " + given.get(id));
            } else {
                given.put(id, file);
                target.put(file, k);
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigProblems(problems);
        }
        FundingCsvReader reader = new FundingCsvReader(settings.failOnBadRow() ? BadRowPolicy.FAIL
                : BadRowPolicy.SKIP);
        List<LoadedData> out = new ArrayList<>(data);
        target.forEach((file, k) -> {
            InstrumentId id = data.get(k).market().instrument().id();
            FundingCsvReader.Result r = reader.read(file, id);
            log.accept(String.format("%s: %s funding, %d rows parsed, %d accepted, %d malformed%s", file, id,
                    r.parsed(), r.accepted(), r.malformed(), r.malformed() > 0 ? " (skipped: " + String.join("; ",
                            r.defects().stream().map(Object::toString).toList()) + ")" : ""));
            r.timestampUnit().conversionNote().ifPresent(n -> log.accept(file + ": " + n));
            out.set(k, out.get(k).withFunding(new LoadedFunding(file, r, Sha256.of(file))));
        });
        return out;
    }

    public BacktestOutcome run(BacktestSettings settings, Resolved strategy, List<LoadedData> data,
                               Optional<Path> exportTrades, ProgressListener progress) {
        requireStrategyInstances(strategy, data);
        List<RunManifest.DataFile> files = new ArrayList<>();
        for (LoadedData d : data) {
            String symbol = d.market().instrument().id().symbol();
            files.add(new RunManifest.DataFile(d.file().toString(), symbol, d.sha256().hex(), d.report().accepted()));
        }
        for (LoadedData d : data) {
            d.funding().ifPresent(f -> files.add(new RunManifest.DataFile(f.file().toString(),
                    d.market().instrument().id().symbol(), f.sha256().hex(), f.result().accepted())));
        }
        RunManifest manifest = new RunManifest(version, strategy.definition().name(), strategy.params().asText(),
                settings.seed(), settings.asManifest(), files);
        long now = wallClock.now();
        String runId = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC)
                .format(Instant.ofEpochMilli(now)) + "-" + strategy.definition().name();
        Path runDir = uniqueDir(settings.out(), runId);
        runId = runDir.getFileName().toString();
        Path journalPath = runDir.resolve("journal.db");
        BacktestResult result;
        try (SqliteJournal journal = SqliteJournal.open(journalPath)) {
            journal.annotate("run_id", runId);
            journal.annotate("created_at", Instant.ofEpochMilli(now).toString());
            result = new BacktestRunner(settings.engineConfig(), settings.regime()).run(data.stream().map(LoadedData::market).toList(),
                    strategy.definition(), strategy.params(), journal, manifest, progress);
        }
        Path report = runDir.resolve("report.html");
        HtmlReport.write(ReportMapping.toReport(runId, result, data), report);
        Optional<Path> trades = exportTrades.map(p -> {
            TradeCsv.write(result.trades(), p);
            return p;
        });
        return new BacktestOutcome(runId, result, data, runDir, journalPath, report, trades);
    }

    /**
     * Creates the strategy once per instrument before anything is written, so that a strategy that cannot be
     * built for this data (e.g. a signals file changed since validation) is a config error, not a half-made run.
     */
    private static void requireStrategyInstances(Resolved strategy, List<LoadedData> data) {
        List<String> problems = new ArrayList<>();
        for (LoadedData d : data) {
            try {
                strategy.definition().create(d.market().instrument().id(), strategy.params(),
                        d.market().strategyInputs());
            } catch (IllegalArgumentException e) {
                problems.add("--strategy " + strategy.definition().name() + " for " + d.market().instrument().id()
                        + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigProblems(problems);
        }
    }

    private static Path uniqueDir(Path out, String runId) {
        try {
            Files.createDirectories(out);
            Path dir = out.resolve(runId);
            for (int n = 2; Files.exists(dir); n++) {
                dir = out.resolve(runId + "-" + n);
            }
            return Files.createDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create run directory under " + out + ": " + e.getMessage(), e);
        }
    }
}
