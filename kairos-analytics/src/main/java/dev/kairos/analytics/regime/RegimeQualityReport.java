package dev.kairos.analytics.regime;

import dev.kairos.model.regime.Regime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures every detector and the ensemble on {@link RegimeSwitchingSeries synthetic regime-switching series} of
 * several seeds, and renders the numbers as markdown (the body of {@code docs/regimes.md}). Detectors come from a
 * {@link RegimeDetectors} registry by name, so fitted detectors appear once registered. Each series is fed to a
 * fresh instance of every detector and to a fresh ensemble of all of them (with the given config, and once more
 * with equal weights for comparison); bars before {@code from} are warm-up and not counted.
 */
public final class RegimeQualityReport {
    /** Default bars per seed: 4000 4h bars, about 22 months. */
    public static final int DEFAULT_BARS = 4000;
    /** Default warm-up left out of the scores. */
    public static final int DEFAULT_FROM = 300;

    /** One line of the report: a detector (or ensemble) and its evaluation on each seed, in seed order. */
    public record Row(String name, List<RegimeEvaluation> perSeed) {
        public Row {
            perSeed = List.copyOf(perSeed);
        }

        public double meanAccuracy() {
            return perSeed.stream().mapToDouble(RegimeEvaluation::accuracy).average().orElse(Double.NaN);
        }

        public double meanSettledAccuracy() {
            return perSeed.stream().mapToDouble(RegimeEvaluation::settledAccuracy).average().orElse(Double.NaN);
        }

        public double minSettledAccuracy() {
            return perSeed.stream().mapToDouble(RegimeEvaluation::settledAccuracy).min().orElse(Double.NaN);
        }

        public double meanF1(Regime regime) {
            return perSeed.stream().mapToDouble(e -> e.f1(regime)).filter(x -> !Double.isNaN(x)).average()
                    .orElse(Double.NaN);
        }

        public double meanMacroF1() {
            return perSeed.stream().mapToDouble(RegimeEvaluation::macroF1).average().orElse(Double.NaN);
        }

        /** Mean detection delay over every detected switch of every seed. */
        public double meanDelay() {
            double sum = 0;
            int n = 0;
            for (RegimeEvaluation e : perSeed) {
                if (e.detected() > 0) {
                    sum += e.meanDelay() * e.detected();
                    n += e.detected();
                }
            }
            return n == 0 ? Double.NaN : sum / n;
        }

        public int switches() {
            return perSeed.stream().mapToInt(RegimeEvaluation::switches).sum();
        }

        public int calledChanges() {
            return perSeed.stream().mapToInt(RegimeEvaluation::calledChanges).sum();
        }

        public int detected() {
            return perSeed.stream().mapToInt(RegimeEvaluation::detected).sum();
        }
    }

    /** The measured rows, with what was measured. */
    public record Result(List<Long> seeds, int bars, int from, RegimeSwitchingSeries.Spec spec,
                         RegimeEnsembleConfig config, List<Row> rows) {
        public Result {
            seeds = List.copyOf(seeds);
            rows = List.copyOf(rows);
        }

        /** The row named {@code name}. */
        public Row row(String name) {
            return rows.stream().filter(r -> r.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no row '" + name + "' in the report"));
        }
    }

    /** Name of the ensemble row. */
    public static final String ENSEMBLE = "ensemble";
    /** Name of the equal-weights ensemble row. */
    public static final String ENSEMBLE_EQUAL = "ensemble (equal weights)";

    private RegimeQualityReport() {
    }

    /**
     * Runs the detectors {@code names} of {@code registry} and their ensemble over one series per seed.
     *
     * @throws IllegalArgumentException when the seeds are empty, a name is unknown, or bars/from do not fit
     */
    public static Result measure(List<Long> seeds, int bars, int from, RegimeSwitchingSeries.Spec spec,
                                 RegimeDetectors registry, List<String> names, RegimeEnsembleConfig config) {
        if (seeds == null || seeds.isEmpty()) {
            throw new IllegalArgumentException("at least one seed is required");
        }
        if (from < 0 || bars <= from) {
            throw new IllegalArgumentException("need 0 <= from < bars: from " + from + ", bars " + bars);
        }
        registry.create(names);
        List<List<RegimeEvaluation>> perName = new ArrayList<>();
        for (int n = 0; n < names.size() + 2; n++) {
            perName.add(new ArrayList<>());
        }
        for (long seed : seeds) {
            RegimeSwitchingSeries series = RegimeSwitchingSeries.generate(seed, bars, spec);
            for (int n = 0; n < names.size(); n++) {
                perName.get(n).add(RegimeEvaluation.of(series, registry.create(names.get(n)), from));
            }
            perName.get(names.size()).add(RegimeEvaluation.ofEnsemble(series, registry.ensemble(names, config), from));
            perName.get(names.size() + 1).add(RegimeEvaluation.ofEnsemble(series,
                    registry.ensemble(names, config.withWeights(RegimeEnsembleConfig.WeightsMode.EQUAL)), from));
        }
        List<Row> rows = new ArrayList<>();
        for (int n = 0; n < names.size(); n++) {
            rows.add(new Row(names.get(n), perName.get(n)));
        }
        rows.add(new Row(ENSEMBLE, perName.get(names.size())));
        rows.add(new Row(ENSEMBLE_EQUAL, perName.get(names.size() + 1)));
        return new Result(seeds, bars, from, spec, config, rows);
    }

    /** The report for the default spec, bars and warm-up, with the default ensemble config. */
    public static String markdown(List<Long> seeds, RegimeDetectors registry, List<String> names) {
        return markdown(measure(seeds, DEFAULT_BARS, DEFAULT_FROM, RegimeSwitchingSeries.Spec.defaults(), registry,
                names, RegimeEnsembleConfig.defaults()));
    }

    /** Renders measured rows as markdown: a summary table, per-seed settled accuracy, and the set-up. */
    public static String markdown(Result r) {
        StringBuilder b = new StringBuilder();
        b.append("## Accuracy on synthetic regime-switching series\n\n");
        b.append(String.format(Locale.ROOT, "%d seeds (%s), %d bars each, the first %d bars left out as warm-up. "
                        + "*Settled* bars are those more than %d bars after a true regime switch. "
                        + "Delay: mean bars from a true switch to the first bar calling the new regime. *Calls changed*: how "
                        + "often the call changed, against the true switches (flicker shows as many more).%n%n",
                r.seeds().size(), join(r.seeds()), r.bars(), r.from(), RegimeEvaluation.SETTLE_BARS));
        b.append("| detector | accuracy | settled accuracy (mean) | settled (worst seed) | macro F1 "
                + "| F1 bull | F1 bear | F1 volatile | F1 quiet | delay (bars) | switches found | calls changed |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row row : r.rows()) {
            b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.1f | %d/%d | %d |%n",
                    row.name(), pct(row.meanAccuracy()), pct(row.meanSettledAccuracy()),
                    pct(row.minSettledAccuracy()), row.meanMacroF1(), row.meanF1(Regime.BULL_TREND),
                    row.meanF1(Regime.BEAR_TREND), row.meanF1(Regime.VOLATILE_RANGE),
                    row.meanF1(Regime.QUIET_RANGE), row.meanDelay(), row.detected(), row.switches(), row.calledChanges()));
        }
        b.append("\n### Settled accuracy per seed\n\n| detector |");
        for (long s : r.seeds()) {
            b.append(" seed ").append(s).append(" |");
        }
        b.append("\n|---|");
        b.append("---:|".repeat(r.seeds().size()));
        b.append('\n');
        for (Row row : r.rows()) {
            b.append("| ").append(row.name()).append(" |");
            for (RegimeEvaluation e : row.perSeed()) {
                b.append(' ').append(pct(e.settledAccuracy())).append(" |");
            }
            b.append('\n');
        }
        RegimeSwitchingSeries.Spec s = r.spec();
        b.append("\n### Set-up\n\n");
        b.append(String.format(Locale.ROOT, "Synthetic market (`RegimeSwitchingSeries`), %s bars, %d path steps per bar; "
                        + "regimes last %d–%d bars, drift and volatility of each stretch scaled by 1 ± %.2f:%n%n",
                s.timeframe(), s.stepsPerBar(), s.minDwell(), s.maxDwell(), s.variation()));
        b.append("| regime | drift per bar | volatility per bar | mean reversion per bar |\n|---|---:|---:|---:|\n");
        for (Regime reg : Regime.values()) {
            RegimeSwitchingSeries.Dynamics d = s.dynamics(reg);
            b.append(String.format(Locale.ROOT, "| %s | %+.2f%% | %.2f%% | %.2f |%n", reg.key(), 100 * d.drift(),
                    100 * d.volatility(), d.meanReversion()));
        }
        RegimeEnsembleConfig c = r.config();
        b.append(String.format(Locale.ROOT, "%nEnsemble: %s weights, switch margin %.2f held %d bars, scoring horizon "
                        + "%d bars, %d volatility buckets, memory %d bars, trend threshold %.2f σ√h, volatility "
                        + "lookback %d bars.%n",
                c.weights().name().toLowerCase(Locale.ROOT), c.switchMargin(), c.minDwellBars(), c.horizonBars(),
                c.volatilityBuckets(), c.accuracyMemoryBars(), c.trendThreshold(), c.volatilityLookback()));
        return b.toString();
    }

    private static String pct(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * x);
    }

    private static String join(List<Long> seeds) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < seeds.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(seeds.get(i));
        }
        return b.toString();
    }
}
