package dev.kairos.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.engine.strategy.builtin.RsiReversion;
import dev.kairos.engine.strategy.builtin.SmaCross;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategyParamsTest {
    private static final List<ParamSpec> SPECS = List.of(
            ParamSpec.integer("fast", 10, 1, 100, "fast period"),
            ParamSpec.integer("slow", 30, 2, 500, "slow period"),
            ParamSpec.real("band", 0.5, 0, 1, "band width"),
            ParamSpec.real("gain", 2, 1, 3, "gain"));

    @Test
    void defaultsFillWhatIsNotGiven() {
        StrategyParams.Resolution r = StrategyParams.resolve("demo", SPECS, Map.of("fast", " 12 ", "band", "0.25"));
        assertThat(r.ok()).isTrue();
        assertThat(r.problems()).isEmpty();
        StrategyParams p = r.params();
        assertThat(p.integer("fast")).isEqualTo(12);
        assertThat(p.integer("slow")).isEqualTo(30);
        assertThat(p.real("band")).isEqualTo(0.25);
        assertThat(p.real("gain")).isEqualTo(2.0);
        assertThat(p.asText()).containsExactly(Map.entry("band", "0.25"), Map.entry("fast", "12"),
                Map.entry("gain", "2.0"), Map.entry("slow", "30"));
        assertThatThrownBy(() -> p.real("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenParametersAreKnownAndOtherDefaultsReplaceOnlyTheRest() {
        StrategyParams p = StrategyParams.resolve("demo", SPECS, Map.of("fast", "12", "band", "0.5")).params();
        assertThat(p.isGiven("fast")).isTrue();
        assertThat(p.isGiven("band")).as("given, even though equal to the default").isTrue();
        assertThat(p.isGiven("slow")).isFalse();
        StrategyParams q = p.withDefaults(Map.of("fast", 5.0, "slow", 40.0, "gain", 1.5));
        assertThat(q.asText()).containsExactly(Map.entry("band", "0.5"), Map.entry("fast", "12"),
                Map.entry("gain", "1.5"), Map.entry("slow", "40"));
        assertThat(q.integer("slow")).isEqualTo(40);
        assertThat(q.isGiven("slow")).isFalse();
        assertThat(p.integer("slow")).as("unchanged").isEqualTo(30);
        assertThatThrownBy(() -> p.withDefaults(Map.of("slow", 40.5))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.withDefaults(Map.of("nope", 1.0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyProblemIsCollectedAndNamesItsParameter() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("speed", "3");         // unknown key
        given.put("fast", "ten");        // not a number
        given.put("slow", "600");        // out of range
        given.put("band", "NaN");        // not a plain number
        given.put("gain", "1.5");        // fine
        StrategyParams.Resolution r = StrategyParams.resolve("demo", SPECS, given);
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).hasSize(4);
        assertThat(r.problems()).anySatisfy(m -> assertThat(m).contains("speed").contains("unknown")
                .contains("demo").contains("fast, slow, band, gain"));
        assertThat(r.problems()).anySatisfy(m -> assertThat(m).contains("fast=ten").contains("not a number"));
        assertThat(r.problems()).anySatisfy(m -> assertThat(m).contains("slow=600").contains("between 2 and 500"));
        assertThat(r.problems()).anySatisfy(m -> assertThat(m).contains("band=NaN").contains("not a number"));
    }

    @Test
    void onlyPlainDecimalsAreNumbers() {
        for (String bad : new String[] {"10d", "10f", "0x1p3", "Infinity", "1_000", ""}) {
            assertThat(StrategyParams.resolve("demo", SPECS, Map.of("fast", bad)).problems())
                    .as(bad).singleElement().asString().contains("not a number");
        }
        for (String good : new String[] {"12", "+12", "12.", "1.2e1", " 12 "}) {
            assertThat(StrategyParams.resolve("demo", SPECS, Map.of("fast", good)).ok()).as(good).isTrue();
        }
    }

    @Test
    void integersMustBeWholeAndRangesAreInclusive() {
        StrategyParams.Resolution r = StrategyParams.resolve("demo", SPECS,
                Map.of("fast", "2.5", "slow", "1", "band", "1", "gain", "0.999"));
        assertThat(r.problems()).hasSize(3);
        assertThat(r.problems()).anySatisfy(m -> assertThat(m).contains("fast=2.5").contains("whole number"));
        assertThat(r.problems()).anySatisfy(m -> assertThat(m).contains("slow=1").contains("between 2 and 500"));
        assertThat(r.problems()).anySatisfy(m -> assertThat(m).contains("gain=0.999").contains("between 1.0 and 3.0"));
        assertThat(StrategyParams.resolve("demo", SPECS, Map.of("fast", "100", "slow", "2", "band", "0")).ok())
                .isTrue();
    }

    @Test
    void builtInStrategiesAddCrossParameterRules() {
        SmaCross sma = new SmaCross();
        StrategyParams bad = StrategyParams.resolve(sma.name(), sma.params(), Map.of("fast", "30", "slow", "30"))
                .params();
        assertThat(sma.validate(bad)).singleElement().asString().contains("fast=30").contains("slow=30");
        RsiReversion rsi = new RsiReversion();
        StrategyParams p = StrategyParams.resolve(rsi.name(), rsi.params(),
                Map.of("lower", "60", "upper", "40", "exit_long", "50", "exit_short", "50")).params();
        assertThat(rsi.validate(p)).hasSize(3);
        assertThat(StrategyCatalog.builtIn().names()).startsWith("sma-cross", "ema-cross", "rsi-reversion");
        assertThat(StrategyCatalog.builtIn().find("nope")).isEmpty();
    }

    private static final List<ParamSpec> MIXED = List.of(
            ParamSpec.integer("period", 10, 1, 100, "period"),
            ParamSpec.text("members", "a,b", "members"),
            ParamSpec.text("weights", "", "weights"),
            ParamSpec.requiredText("file", "input file"),
            ParamSpec.nested("<member>.<param>", "a member's parameter"));

    @Test
    void textParametersHaveDefaultsOrAreRequired() {
        StrategyParams.Resolution r = StrategyParams.resolve("demo", MIXED, Map.of("file", " in.csv ", "period", "7"));
        assertThat(r.ok()).isTrue();
        StrategyParams p = r.params();
        assertThat(p.text("file")).isEqualTo("in.csv");
        assertThat(p.text("members")).isEqualTo("a,b");
        assertThat(p.text("weights")).isEmpty();
        assertThat(p.integer("period")).isEqualTo(7);
        assertThat(p.asText()).containsExactly(Map.entry("file", "in.csv"), Map.entry("members", "a,b"),
                Map.entry("period", "7"), Map.entry("weights", ""));
        assertThatThrownBy(() -> p.real("file")).hasMessageContaining("'file' is text, not a number");
        assertThatThrownBy(() -> p.text("period")).hasMessageContaining("'period' is a number, not text");
        assertThatThrownBy(() -> p.text("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingOrEmptyRequiredTextIsAProblemCollectedWithTheOthers() {
        StrategyParams.Resolution missing = StrategyParams.resolve("demo", MIXED, Map.of("period", "x"));
        // in the order the parameters are declared
        assertThat(missing.problems()).containsExactly("--param period=x: not a number",
                "--param file: required by strategy 'demo' (input file)");
        assertThat(StrategyParams.resolve("demo", MIXED, Map.of("file", "  ")).problems())
                .containsExactly("--param file=  : must not be empty");
    }

    @Test
    void nestedKeysAreKeptForTheStrategyToHandOn() {
        StrategyParams.Resolution r = StrategyParams.resolve("demo", MIXED, Map.of("file", "f", "a.fast", " 5 ",
                "a.slow", "9", "b.x", "y"));
        assertThat(r.ok()).isTrue();
        assertThat(r.params().nestedPrefixes()).containsExactly("a", "b");
        assertThat(r.params().nested("a")).containsExactly(Map.entry("fast", "5"), Map.entry("slow", "9"));
        assertThat(r.params().nested("c")).isEmpty();
        assertThat(r.params().asText()).containsEntry("a.fast", "5").containsEntry("b.x", "y");
        // only where a nested spec is declared, and only <prefix>.<param>
        assertThat(StrategyParams.resolve("demo", SPECS, Map.of("a.fast", "5")).problems()).singleElement()
                .asString().contains("--param a.fast: unknown parameter");
        assertThat(StrategyParams.resolve("demo", MIXED, Map.of("file", "f", "a.", "5", ".b", "1")).problems())
                .hasSize(2).allSatisfy(m -> assertThat(m).contains("unknown parameter").contains("<member>.<param>"));
    }

    @Test
    void specsAreConsistentByConstruction() {
        assertThat(ParamSpec.integer("n", 3, 1, 9, "d").defaultText()).isEqualTo("3");
        assertThat(ParamSpec.real("x", 0.5, 0, 1, "d").defaultText()).isEqualTo("0.5");
        assertThat(ParamSpec.text("t", "abc", "d")).satisfies(t -> {
            assertThat(t.kind()).isEqualTo(ParamSpec.Kind.TEXT);
            assertThat(t.numeric()).isFalse();
            assertThat(t.required()).isFalse();
            assertThat(t.min()).isNaN();
        });
        assertThat(ParamSpec.requiredText("f", "d").required()).isTrue();
        assertThatThrownBy(() -> ParamSpec.integer("n", 0, 1, 9, "d")).hasMessageContaining("outside");
        assertThatThrownBy(() -> new ParamSpec("n", ParamSpec.Kind.REAL, 1, 0, 2, "", true, "d"))
                .hasMessageContaining("cannot be required");
        assertThatThrownBy(() -> new ParamSpec("f", ParamSpec.Kind.TEXT, Double.NaN, Double.NaN, Double.NaN, "x",
                true, "d")).hasMessageContaining("required text has no default");
    }
}
