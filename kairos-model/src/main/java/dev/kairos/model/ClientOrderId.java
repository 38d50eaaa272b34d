package dev.kairos.model;

/** The id Kairos gives an order; unique within a run. */
public record ClientOrderId(String value) {
    public ClientOrderId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("client order id must not be blank");
        }
    }

    /** The {@code n}-th order of a run, formatted so that ids sort in submission order. */
    public static ClientOrderId sequence(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("order sequence must be >= 0: " + n);
        }
        return new ClientOrderId(String.format("O-%08d", n));
    }

    @Override
    public String toString() {
        return value;
    }
}
