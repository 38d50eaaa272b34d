package dev.kairos.engine.strategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Validated parameter values of one strategy: every declared parameter has a value. */
public final class StrategyParams {
    /** Decimal numbers as people write them: no hex, no Java suffixes like {@code 10d}. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private final SortedMap<String, Double> values;
    private final SortedMap<String, String> text;

    private StrategyParams(SortedMap<String, Double> values, SortedMap<String, String> text) {
        this.values = values;
        this.text = text;
    }

    /**
     * Resolves user-given values (name → text) against the specs: defaults fill the rest. Problems are
     * all collected, each naming the parameter.
     */
    public static Resolution resolve(String strategy, List<ParamSpec> specs, Map<String, String> given) {
        List<String> problems = new ArrayList<>();
        SortedMap<String, Double> values = new TreeMap<>();
        SortedMap<String, String> text = new TreeMap<>();
        for (String key : given.keySet()) {
            if (specs.stream().noneMatch(s -> s.name().equals(key))) {
                problems.add("--param " + key + ": unknown parameter of strategy '" + strategy + "' (known: "
                        + String.join(", ", specs.stream().map(ParamSpec::name).toList()) + ")");
            }
        }
        for (ParamSpec spec : specs) {
            String raw = given.get(spec.name());
            double v = spec.defaultValue();
            if (raw != null) {
                if (!PLAIN_NUMBER.matcher(raw.trim()).matches()) {
                    problems.add("--param " + spec.name() + "=" + raw + ": not a number");
                    continue;
                }
                v = Double.parseDouble(raw.trim());
                if (!Double.isFinite(v)) {
                    problems.add("--param " + spec.name() + "=" + raw + ": must be finite");
                    continue;
                }
                if (spec.integer() && v != Math.rint(v)) {
                    problems.add("--param " + spec.name() + "=" + raw + ": must be a whole number");
                    continue;
                }
                if (v < spec.min() || v > spec.max()) {
                    problems.add("--param " + spec.name() + "=" + raw + ": must be between " + spec.format(spec.min())
                            + " and " + spec.format(spec.max()));
                    continue;
                }
            }
            values.put(spec.name(), v);
            text.put(spec.name(), spec.format(v));
        }
        return new Resolution(new StrategyParams(values, text), List.copyOf(problems));
    }

    /** The outcome of {@link #resolve}: params are only usable when there are no problems. */
    public record Resolution(StrategyParams params, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public double real(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'");
        }
        return v;
    }

    public int integer(String name) {
        return (int) real(name);
    }

    /** Name → value text, sorted by name (for manifests and reports). */
    public SortedMap<String, String> asText() {
        return Collections.unmodifiableSortedMap(text);
    }
}
