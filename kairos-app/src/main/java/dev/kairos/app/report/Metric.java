package dev.kairos.app.report;

/**
 * One row of the metrics table, already formatted by the caller.
 *
 * @param label what is measured, e.g. {@code "Sharpe ratio"}
 * @param value the formatted value, e.g. {@code "1.42"} or {@code "-12.3 %"}
 */
public record Metric(String label, String value) {
    /** Validates that neither part is null and the label is not blank. */
    public Metric {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("metric label must not be blank");
        }
        if (value == null) {
            throw new IllegalArgumentException("metric value must not be null: " + label);
        }
    }
}
