package dev.kairos.model.regime;

/** A coarse reading of a confidence score in [0, 1]. */
public enum ConfidenceLevel {
    LOW, MEDIUM, HIGH;

    /** HIGH from 0.7, MEDIUM from 0.4, LOW below (NaN reads as LOW: unknown is not confident). */
    public static ConfidenceLevel of(double score) {
        if (score >= 0.7) {
            return HIGH;
        }
        return score >= 0.4 ? MEDIUM : LOW;
    }
}
