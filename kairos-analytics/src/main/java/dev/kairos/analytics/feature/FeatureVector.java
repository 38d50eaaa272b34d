package dev.kairos.analytics.feature;

/**
 * The features of one bar, as known at its close. Value {@code i} belongs to feature {@code i} of the
 * {@link #schema()}; a missing feature has value {@code NaN} and {@link #isAvailable(int)} false, an
 * available one is finite. Reads by index are O(1) and allocation-free; reads by name add a hash lookup.
 */
public interface FeatureVector {

    FeatureSchema schema();

    /**
     * The decision time these values belong to: the bar's close time (open time plus the bar length), epoch
     * ms UTC; {@link Long#MIN_VALUE} before the first bar.
     */
    long closeTime();

    /** Value of feature {@code index}; {@code NaN} when missing. */
    double value(int index);

    /** Whether feature {@code index} has a value. */
    boolean isAvailable(int index);

    /** @throws IllegalArgumentException when the schema has no such feature */
    default double value(String name) {
        return value(schema().indexOf(name));
    }

    /** @throws IllegalArgumentException when the schema has no such feature */
    default boolean isAvailable(String name) {
        return isAvailable(schema().indexOf(name));
    }

    /** Number of features with a value. */
    default int availableCount() {
        int n = 0;
        for (int i = 0; i < schema().size(); i++) {
            if (isAvailable(i)) {
                n++;
            }
        }
        return n;
    }

    /** Copies the values (NaN where missing) into {@code into}, which must hold {@code schema().size()}. */
    default void copyValuesTo(double[] into) {
        for (int i = 0; i < schema().size(); i++) {
            into[i] = value(i);
        }
    }
}
