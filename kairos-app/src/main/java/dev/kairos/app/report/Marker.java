package dev.kairos.app.report;

/**
 * A trade event drawn on an instrument's price chart.
 *
 * @param time  epoch ms UTC
 * @param price fill price in the instrument's quote currency, finite
 * @param kind  entry long, entry short or exit
 * @param label shown in the tooltip, e.g. the exit reason; may be empty, never null
 */
public record Marker(long time, double price, MarkerKind kind, String label) {
    /** Validates the fields. */
    public Marker {
        if (kind == null || label == null) {
            throw new IllegalArgumentException("marker kind and label must not be null");
        }
        if (!Double.isFinite(price)) {
            throw new IllegalArgumentException("marker price must be finite: " + price);
        }
    }
}
