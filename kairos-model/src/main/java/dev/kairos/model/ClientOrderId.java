package dev.kairos.model;

/** The id Kairos gives an order; unique within a run. */
public record ClientOrderId(String value) {
    private static final String ZEROS = "00000000";

    public ClientOrderId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("client order id must not be blank");
        }
    }

    /**
     * The {@code n}-th order of a run, formatted so that ids sort in submission order: {@code O-} and at least
     * eight ASCII digits ({@code O-%08d}). Built by concatenation, not with a {@link java.util.Formatter}, which
     * took a tenth of a whole backtest in kairos-bench.
     */
    public static ClientOrderId sequence(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("order sequence must be >= 0: " + n);
        }
        String digits = Long.toString(n);
        return new ClientOrderId(digits.length() >= ZEROS.length() ? "O-" + digits
                : "O-" + ZEROS.substring(digits.length()) + digits);
    }

    @Override
    public String toString() {
        return value;
    }
}
