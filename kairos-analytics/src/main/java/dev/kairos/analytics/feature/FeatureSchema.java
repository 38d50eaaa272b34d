package dev.kairos.analytics.feature;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The ordered, uniquely named features of a feature vector or table: feature {@code i} is column
 * {@code i}. Immutable, thread-safe.
 */
public final class FeatureSchema {
    private final List<FeatureSpec> specs;
    private final List<String> names;
    private final Map<String, Integer> index;

    private FeatureSchema(List<FeatureSpec> specs) {
        this.specs = List.copyOf(specs);
        List<String> n = new ArrayList<>(specs.size());
        Map<String, Integer> m = new HashMap<>();
        for (FeatureSpec s : this.specs) {
            String name = s.name();
            if (m.putIfAbsent(name, n.size()) != null) {
                throw new IllegalArgumentException("two features named '" + name + "'");
            }
            n.add(name);
        }
        this.names = List.copyOf(n);
        this.index = Map.copyOf(m);
    }

    /** @throws IllegalArgumentException when two features share a name */
    public static FeatureSchema of(List<? extends FeatureSpec> specs) {
        if (specs == null || specs.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("features must not be null");
        }
        return new FeatureSchema(List.copyOf(specs));
    }

    public static FeatureSchema of(FeatureSpec... specs) {
        return of(List.of(specs));
    }

    /** The eight seed features with their defaults ({@link FeatureSpec#seed()}). */
    public static FeatureSchema seed() {
        return of(FeatureSpec.seed());
    }

    /**
     * The features of these names ({@link FeatureSpec#parse(String)}), in order.
     *
     * @throws IllegalArgumentException for an unknown or repeated name
     */
    public static FeatureSchema parse(List<String> names) {
        return of(names.stream().map(FeatureSpec::parse).toList());
    }

    /** This schema followed by {@code more}. */
    public FeatureSchema plus(FeatureSpec... more) {
        List<FeatureSpec> all = new ArrayList<>(specs);
        all.addAll(List.of(more));
        return of(all);
    }

    public int size() {
        return specs.size();
    }

    public FeatureSpec spec(int i) {
        return specs.get(i);
    }

    public String name(int i) {
        return names.get(i);
    }

    public List<FeatureSpec> specs() {
        return specs;
    }

    public List<String> names() {
        return names;
    }

    /** Column of {@code name}, if any. */
    public OptionalInt find(String name) {
        Integer i = index.get(name);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /**
     * Column of {@code name}; allocation-free.
     *
     * @throws IllegalArgumentException listing the schema's names when there is no such feature
     */
    public int indexOf(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw new IllegalArgumentException("no feature named '" + name + "'; the features are " + names);
        }
        return i;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureSchema s && specs.equals(s.specs);
    }

    @Override
    public int hashCode() {
        return specs.hashCode();
    }

    @Override
    public String toString() {
        return "FeatureSchema" + names;
    }
}
