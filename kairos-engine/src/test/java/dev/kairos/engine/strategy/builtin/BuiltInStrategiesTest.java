package dev.kairos.engine.strategy.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.analytics.feature.SideInputs;
import dev.kairos.analytics.feature.TimedSeries;
import dev.kairos.engine.strategy.ParamSpec;
import dev.kairos.engine.strategy.StrategyCatalog;
import dev.kairos.engine.strategy.StrategyDefinition;
import dev.kairos.engine.strategy.StrategyParams;
import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.FundingRates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties every strategy of the built-in catalogue must have, checked on seeded random walks with seeded
 * side inputs (8-hourly funding with extremes, a reference price and order-book imbalance), which only the
 * strategies that read them use.
 */
class BuiltInStrategiesTest {
    private static final InstrumentId ID = InstrumentId.of("TST-USD");
    private static final int BARS = 1_500;
    private static final long SEED = 7;
    /** Bars of the walk cut at every bar by {@link #neverLooksAhead}. */
    private static final int LOOKAHEAD_BARS = 400;

    @TempDir
    static Path dir;
    private static Path signals;

    @BeforeAll
    static void writeSignals() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("timestamp,symbol,side,confidence,reason");
        SplittableRandom r = new SplittableRandom(SEED);
        String[] sides = {"long", "short", "flat", "buy", "sell"};
        for (int k = 0; k < 200; k++) {
            long t = Bars.T0 + r.nextLong(BARS * Bars.HOUR);
            lines.add(t + "," + (k % 7 == 0 ? "OTHER-USD" : "TST-USD") + "," + sides[r.nextInt(sides.length)] + ","
                    + Math.rint(r.nextDouble() * 100) / 100 + ",random " + k);
        }
        signals = Files.write(dir.resolve("random-signals.csv"), lines);
    }

    /**
     * Parameters that make each strategy trade often on an hourly random walk. A strategy added to the catalogue
     * without an entry here fails {@link #everyStrategyOfTheCatalogueIsCovered}.
     */
    private static Map<String, String> activeParams(String name) {
        return switch (name) {
            case "sma-cross", "ema-cross" -> Map.of("fast", "5", "slow", "20");
            case "rsi-reversion" -> Map.of("period", "5");
            case "macd" -> Map.of("fast", "5", "slow", "13", "signal", "4", "range", "30");
            case "bollinger-breakout" -> Map.of("period", "10", "deviations", "1.5");
            case "keltner-squeeze" -> Map.of("bb_period", "10", "kc_period", "10", "atr_period", "5",
                    "kc_mult", "1.2");
            case "donchian-breakout" -> Map.of("entry", "10", "exit", "5");
            case "e3" -> Map.of("mode", "high-trade");
            case "funding-fade" -> Map.of("threshold", "0.0005", "exit_threshold", "0.0002", "premium_pct", "0.05");
            case "consensus" -> Map.of("members", "sma-cross,rsi-reversion,macd,signals-file,funding-fade",
                    "threshold", "0.5", "sma-cross.fast", "3", "sma-cross.slow", "12", "rsi-reversion.period", "4",
                    "signals-file.file", signals.toString());
            case "signals-file" -> Map.of("file", signals.toString());
            case "regime-ma" -> Map.of("fast", "3", "slow", "10");
            default -> Map.of();
        };
    }

    static Stream<String> strategies() {
        return StrategyCatalog.builtIn().names().stream();
    }

    @Test
    void everyStrategyOfTheCatalogueIsCoveredInTheIssuesOrder() {
        assertThat(StrategyCatalog.builtIn().names()).containsExactly("sma-cross", "ema-cross", "rsi-reversion",
                "macd", "bollinger-breakout", "keltner-squeeze", "donchian-breakout", "e3", "funding-fade",
                "regime-ma", "consensus", "signals-file");
        for (String name : StrategyCatalog.builtIn().names()) {
            assertThat(activeParams(name)).as(name).isNotEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void isDescribedAndItsParametersAreValid(String name) {
        StrategyDefinition def = StrategyCatalog.builtIn().find(name).orElseThrow();
        assertThat(def.description()).isNotBlank();
        assertThat(def.params()).isNotEmpty().allSatisfy(p -> assertThat(p.description()).isNotBlank());
        StrategyParams.Resolution r = StrategyParams.resolve(name, def.params(), activeParams(name));
        assertThat(r.problems()).isEmpty();
        assertThat(def.validate(r.params())).isEmpty();
        boolean needsInput = def.params().stream().anyMatch(ParamSpec::required);
        if (!needsInput) {
            StrategyParams.Resolution defaults = StrategyParams.resolve(name, def.params(), Map.of());
            assertThat(defaults.problems()).as("defaults of " + name).isEmpty();
            assertThat(def.validate(defaults.params())).as("defaults of " + name).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void tradesWithConfidenceInTheUnitIntervalAndReasons(String name) {
        BarSeries walk = Bars.randomWalk(ID, Bars.HOUR, BARS, SEED, -1, 0);
        RecordingContext ctx = run(name, walk, sideInputs(walk, Long.MAX_VALUE, 0));
        assertThat(ctx.signals).as(name).hasSizeGreaterThanOrEqualTo(5);
        assertThat(ctx.signals).allSatisfy(e -> {
            assertThat(e.confidence()).isBetween(0.0, 1.0);
            assertThat(e.reasons()).isNotEmpty().allSatisfy(reason -> assertThat(reason).isNotBlank());
        });
    }

    /**
     * For every bar t of a walk: the signals before t are the same when the bars from t on and the side-input
     * values stamped after bar t − 1's close are different, and when there are no bars from t on at all (reading
     * one would throw; the side inputs still reach beyond). A strategy that peeks at bar t, or at a side input
     * not yet known, while deciding on bar t − 1 is caught at every bar where the peek changes its decision or
     * its reasons.
     */
    @ParameterizedTest
    @MethodSource("strategies")
    void neverLooksAhead(String name) {
        BarSeries base = Bars.randomWalk(ID, Bars.HOUR, LOOKAHEAD_BARS, SEED, -1, 0);
        SideInputs inputs = sideInputs(base, Long.MAX_VALUE, 0);
        List<RecordingContext.Emitted> all = run(name, base, inputs).signals;
        assertThat(all).as(name).hasSizeGreaterThanOrEqualTo(5);
        for (int cut = 1; cut < LOOKAHEAD_BARS; cut++) {
            int t = cut;
            List<RecordingContext.Emitted> expected = all.stream().filter(e -> e.index() < t).toList();
            BarSeries perturbed = Bars.randomWalk(ID, Bars.HOUR, LOOKAHEAD_BARS, SEED, cut, SEED + cut);
            SideInputs perturbedInputs = sideInputs(perturbed, base.closeTime(cut - 1), SEED + cut);
            assertThat(run(name, perturbed, perturbedInputs).signals.stream().filter(e -> e.index() < t).toList())
                    .as("%s, bars from %d perturbed", name, cut).isEqualTo(expected);
            BarSeries truncated = base.slice(base.timestamp(0), base.timestamp(cut));
            assertThat(run(name, truncated, inputs).signals).as("%s, cut at %d", name, cut).isEqualTo(expected);
        }
    }

    private static RecordingContext run(String name, BarSeries s, SideInputs inputs) {
        return RecordingContext.run(StrategyCatalog.builtIn().find(name).orElseThrow(), activeParams(name), s,
                inputs);
    }

    /**
     * Seeded side inputs for an hourly walk: a funding rate every 8 h (17 ms after the hour, as exchanges stamp
     * them; 30 % extreme, up to ±0.2 %), a reference price at each close (the close ± 0.3 %), and the order-book
     * imbalance 5 s before each close. Each value is drawn from its stamp and {@link #SEED}, or from its stamp
     * and {@code perturbSeed} when stamped after {@code perturbAfter}.
     */
    static SideInputs sideInputs(BarSeries bars, long perturbAfter, long perturbSeed) {
        int n = bars.size();
        long end = bars.closeTime(n - 1);
        int fundings = (int) ((end - Bars.T0) / (8 * Bars.HOUR)) + 1;
        long[] ft = new long[fundings];
        double[] rate = new double[fundings];
        for (int k = 0; k < fundings; k++) {
            ft[k] = Bars.T0 + k * 8 * Bars.HOUR + 17;
            SplittableRandom r = draw(ft[k], perturbAfter, perturbSeed);
            rate[k] = r.nextDouble() < 0.3 ? (r.nextBoolean() ? 1 : -1) * (0.0005 + 0.0015 * r.nextDouble())
                    : -0.0002 + 0.0005 * r.nextDouble();
        }
        long[] refTime = new long[n];
        double[] ref = new double[n];
        long[] bookTime = new long[n];
        double[] book = new double[n];
        for (int i = 0; i < n; i++) {
            refTime[i] = bars.closeTime(i);
            ref[i] = bars.close(i) * (1 + 0.003 * draw(refTime[i], perturbAfter, perturbSeed).nextGaussian());
            bookTime[i] = bars.closeTime(i) - 5_000;
            book[i] = -1 + 2 * draw(bookTime[i] + 1, perturbAfter, perturbSeed).nextDouble();
        }
        return SideInputs.none().withFundingRates(new FundingRates(bars.instrument(), ft, rate))
                .withReferencePrice(TimedSeries.of(refTime, ref)).withOrderBookImbalance(TimedSeries.of(bookTime, book));
    }

    private static SplittableRandom draw(long stamp, long perturbAfter, long perturbSeed) {
        return new SplittableRandom((stamp > perturbAfter ? perturbSeed : SEED) * 1_000_003L + stamp);
    }
}
