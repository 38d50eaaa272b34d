package dev.kairos.analytics.regime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The detectors that can be built by name: an immutable name → factory map. {@link #standard()} holds the
 * rule-based ones ({@code volatility}, {@code trend}, {@code momentum}); fitted ones are added with
 * {@link #with(String, Supplier)} (e.g. {@code standard().with("hmm", HmmDetector::new)}), or registered in
 * {@link #standard()} itself once they exist. Each factory call builds a fresh detector (detectors are stateful:
 * one per instrument and timeframe). Immutable, thread-safe.
 */
public final class RegimeDetectors {
    /** The names of the rule-based detectors, in their standard order. */
    public static final List<String> RULE_BASED = List.of("volatility", "trend", "momentum");

    private final Map<String, Supplier<? extends RegimeDetector>> factories;

    private RegimeDetectors(Map<String, Supplier<? extends RegimeDetector>> factories) {
        this.factories = Collections.unmodifiableMap(factories);
    }

    /** The standard registry: the rule-based detectors with default parameters. */
    public static RegimeDetectors standard() {
        Map<String, Supplier<? extends RegimeDetector>> m = new LinkedHashMap<>();
        m.put("volatility", VolatilityDetector::new);
        m.put("trend", TrendDetector::new);
        m.put("momentum", MomentumDetector::new);
        m.put("kmeans", KMeansDetector::new);
        m.put("hmm", HmmDetector::new);
        return new RegimeDetectors(m);
    }

    /**
     * A copy with {@code factory} registered under {@code name} (replacing any factory of that name).
     *
     * @throws IllegalArgumentException when the name is not lower-case letters, digits and dashes, or the factory
     *                                  is missing
     */
    public RegimeDetectors with(String name, Supplier<? extends RegimeDetector> factory) {
        if (name == null || !name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("detector name must be lower-case letters, digits and dashes: '"
                    + name + "'");
        }
        if (factory == null) {
            throw new IllegalArgumentException("factory for detector '" + name + "' is required");
        }
        Map<String, Supplier<? extends RegimeDetector>> m = new LinkedHashMap<>(factories);
        m.put(name, factory);
        return new RegimeDetectors(m);
    }

    /** The registered names, in registration order. */
    public List<String> names() {
        return List.copyOf(factories.keySet());
    }

    public boolean has(String name) {
        return factories.containsKey(name);
    }

    /**
     * A new detector of {@code name}.
     *
     * @throws IllegalArgumentException when no detector has that name, or the factory builds one with another name
     */
    public RegimeDetector create(String name) {
        Supplier<? extends RegimeDetector> f = factories.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown regime detector '" + name + "'; known: "
                    + String.join(", ", factories.keySet()));
        }
        RegimeDetector d = f.get();
        if (d == null || !d.name().equals(name)) {
            throw new IllegalArgumentException("the factory of regime detector '" + name + "' built "
                    + (d == null ? "nothing" : "a detector named '" + d.name() + "'"));
        }
        return d;
    }

    /** New detectors, one per name, in order. */
    public List<RegimeDetector> create(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("at least one detector name is required; known: "
                    + String.join(", ", factories.keySet()));
        }
        List<RegimeDetector> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(create(n));
        }
        return out;
    }

    /** A new ensemble of fresh detectors of {@code names}. */
    public RegimeEnsemble ensemble(List<String> names, RegimeEnsembleConfig config) {
        return new RegimeEnsemble(create(names), config);
    }

    /** A new ensemble of every registered detector, with the default config. */
    public RegimeEnsemble ensemble() {
        return ensemble(names(), RegimeEnsembleConfig.defaults());
    }

    @Override
    public String toString() {
        return "RegimeDetectors" + factories.keySet();
    }
}
