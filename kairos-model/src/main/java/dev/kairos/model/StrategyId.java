package dev.kairos.model;

/** Identifies a strategy instance within a run, e.g. {@code sma-cross}. */
public record StrategyId(String value) {
    public StrategyId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("strategy id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
