package dev.kairos.engine.venue;

/** The simulated venue's models. */
public record VenueConfig(FeeModel fees, SlippageModel slippage, LatencyModel latency, FillModel fill) {
    public VenueConfig {
        if (fees == null || slippage == null || latency == null || fill == null) {
            throw new IllegalArgumentException("venue models must not be null");
        }
    }
}
