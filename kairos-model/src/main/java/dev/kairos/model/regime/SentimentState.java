package dev.kairos.model.regime;

import java.util.Locale;

/** The sentiment dimension, separate from {@link Regime}: five states from fear to euphoria. */
public enum SentimentState {
    FEARFUL, ANXIOUS, NEUTRAL, OPTIMISTIC, EUPHORIC;

    /** Lower-case name used in CSV and JSON. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
