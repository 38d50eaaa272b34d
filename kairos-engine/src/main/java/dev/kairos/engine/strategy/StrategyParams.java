package dev.kairos.engine.strategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Validated parameter values of one strategy: every declared numeric and text parameter has a value;
 * nested keys ({@code <prefix>.<param>}) are kept as given for the strategy to hand on.
 */
public final class StrategyParams {
    /** Decimal numbers as people write them: no hex, no Java suffixes like {@code 10d}. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private final SortedMap<String, Double> values;
    private final SortedMap<String, String> text;
    private final Set<String> textNames;
    private final SortedMap<String, String> nested;
    private final Set<String> given;
    private final Set<String> integerNames;

    private StrategyParams(SortedMap<String, Double> values, SortedMap<String, String> text, Set<String> textNames,
                           SortedMap<String, String> nested, Set<String> given, Set<String> integerNames) {
        this.values = values;
        this.text = text;
        this.textNames = textNames;
        this.nested = nested;
        this.given = given;
        this.integerNames = integerNames;
    }

    /**
     * Resolves user-given values (name → text) against the specs: defaults fill the rest. Problems are
     * all collected, each naming the parameter. Numbers must be plain decimals within their range; text is
     * trimmed and may only be empty when it is not required; keys {@code <prefix>.<param>} are accepted
     * as they are when a {@link ParamSpec.Kind#NESTED nested} spec is declared (the strategy's
     * {@link StrategyDefinition#validate} checks them).
     */
    public static Resolution resolve(String strategy, List<ParamSpec> specs, Map<String, String> givenValues) {
        List<String> problems = new ArrayList<>();
        SortedMap<String, Double> values = new TreeMap<>();
        SortedMap<String, String> text = new TreeMap<>();
        SortedMap<String, String> nested = new TreeMap<>();
        Set<String> textNames = new HashSet<>();
        Set<String> given = new HashSet<>();
        Set<String> integerNames = new HashSet<>();
        boolean acceptsNested = specs.stream().anyMatch(s -> s.kind() == ParamSpec.Kind.NESTED);
        for (Map.Entry<String, String> e : givenValues.entrySet()) {
            String key = e.getKey();
            if (specs.stream().anyMatch(s -> s.kind() != ParamSpec.Kind.NESTED && s.name().equals(key))) {
                continue;
            }
            if (acceptsNested && isNestedKey(key)) {
                nested.put(key, e.getValue() == null ? "" : e.getValue().trim());
                continue;
            }
            problems.add("--param " + key + ": unknown parameter of strategy '" + strategy + "' (known: "
                    + String.join(", ", specs.stream().map(ParamSpec::name).toList()) + ")");
        }
        for (ParamSpec spec : specs) {
            String raw = givenValues.get(spec.name());
            if (raw != null && spec.kind() != ParamSpec.Kind.NESTED) {
                given.add(spec.name());
            }
            switch (spec.kind()) {
                case NESTED -> {
                    // its keys were collected above
                }
                case TEXT -> {
                    String v = raw == null ? spec.defaultText() : raw.trim();
                    if (spec.required() && raw == null) {
                        problems.add("--param " + spec.name() + ": required by strategy '" + strategy + "' ("
                                + spec.description() + ")");
                    } else if (spec.required() && v.isEmpty()) {
                        problems.add("--param " + spec.name() + "=" + raw + ": must not be empty");
                    }
                    text.put(spec.name(), v);
                    textNames.add(spec.name());
                }
                case INTEGER, REAL -> {
                    double v = spec.defaultValue();
                    if (raw != null) {
                        String problem = numberProblem(spec, raw);
                        if (problem != null) {
                            problems.add("--param " + spec.name() + "=" + raw + ": " + problem);
                            continue;
                        }
                        v = Double.parseDouble(raw.trim());
                    }
                    values.put(spec.name(), v);
                    text.put(spec.name(), spec.format(v));
                    if (spec.integer()) {
                        integerNames.add(spec.name());
                    }
                }
            }
        }
        text.putAll(nested);
        return new Resolution(new StrategyParams(values, text, textNames, nested, Set.copyOf(given),
                Set.copyOf(integerNames)), List.copyOf(problems));
    }

    /** What is wrong with {@code raw} as a value of numeric {@code spec}; {@code null} when nothing. */
    private static String numberProblem(ParamSpec spec, String raw) {
        if (!PLAIN_NUMBER.matcher(raw.trim()).matches()) {
            return "not a number";
        }
        double v = Double.parseDouble(raw.trim());
        if (!Double.isFinite(v)) {
            return "must be finite";
        }
        if (spec.integer() && v != Math.rint(v)) {
            return "must be a whole number";
        }
        if (v < spec.min() || v > spec.max()) {
            return "must be between " + spec.format(spec.min()) + " and " + spec.format(spec.max());
        }
        return null;
    }

    /** {@code <prefix>.<param>}, both parts non-empty. */
    private static boolean isNestedKey(String key) {
        int dot = key.indexOf('.');
        return dot > 0 && dot < key.length() - 1;
    }

    /** The outcome of {@link #resolve}: params are only usable when there are no problems. */
    public record Resolution(StrategyParams params, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Whether the user gave parameter {@code name} (rather than its default filling in). Lets a strategy apply a
     * preset to the parameters not given, e.g. e3's {@code mode}.
     */
    public boolean isGiven(String name) {
        return given.contains(name);
    }

    /**
     * These parameters with other defaults: each numeric parameter named in {@code defaults} that the user did
     * not give takes the value given here (still not {@link #isGiven given}); the others are unchanged. For a
     * strategy's {@link StrategyDefinition#effective} (e.g. e3's {@code mode} preset).
     *
     * @throws IllegalArgumentException when a name is not a numeric parameter, or an integer one gets a fraction
     */
    public StrategyParams withDefaults(Map<String, Double> defaults) {
        SortedMap<String, Double> v = new TreeMap<>(values);
        SortedMap<String, String> t = new TreeMap<>(text);
        defaults.forEach((name, value) -> {
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("no numeric parameter '" + name + "'");
            }
            boolean integer = integerNames.contains(name);
            if (integer && value != Math.rint(value)) {
                throw new IllegalArgumentException("parameter '" + name + "' is a whole number, not " + value);
            }
            if (!given.contains(name)) {
                v.put(name, value);
                t.put(name, integer ? Long.toString(value.longValue()) : Double.toString(value));
            }
        });
        return new StrategyParams(v, t, textNames, nested, given, integerNames);
    }

    /** A numeric parameter's value. */
    public double real(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException(textNames.contains(name)
                    ? "parameter '" + name + "' is text, not a number" : "no parameter '" + name + "'");
        }
        return v;
    }

    public int integer(String name) {
        return (int) real(name);
    }

    /** A text parameter's value, trimmed; empty when its default is empty. */
    public String text(String name) {
        if (!textNames.contains(name)) {
            throw new IllegalArgumentException(values.containsKey(name) ? "parameter '" + name
                    + "' is a number, not text" : "no text parameter '" + name + "'");
        }
        return text.get(name);
    }

    /**
     * The values given as {@code <prefix>.<param>} for one prefix, keyed by {@code <param>} (e.g. for
     * prefix {@code sma-cross}: {@code fast → 5}); empty when none.
     */
    public SortedMap<String, String> nested(String prefix) {
        SortedMap<String, String> out = new TreeMap<>();
        nested.forEach((k, v) -> {
            if (k.startsWith(prefix + ".")) {
                out.put(k.substring(prefix.length() + 1), v);
            }
        });
        return Collections.unmodifiableSortedMap(out);
    }

    /** The prefixes of all nested keys given, sorted. */
    public SortedSet<String> nestedPrefixes() {
        SortedSet<String> out = new TreeSet<>();
        nested.keySet().forEach(k -> out.add(k.substring(0, k.indexOf('.'))));
        return Collections.unmodifiableSortedSet(out);
    }

    /** Name → value text, sorted by name, nested keys included (for manifests and reports). */
    public SortedMap<String, String> asText() {
        return Collections.unmodifiableSortedMap(text);
    }
}
