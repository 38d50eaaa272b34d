package dev.kairos.engine.venue;

import java.util.random.RandomGenerator;

/**
 * Time from decision to arrival at the venue: a fixed part plus uniform jitter in [0, jitterMs], drawn
 * from the run's seeded random source.
 */
public record LatencyModel(long fixedMs, long jitterMs) {
    public LatencyModel {
        if (fixedMs < 0 || jitterMs < 0) {
            throw new IllegalArgumentException("latency must be >= 0: fixed=" + fixedMs + " jitter=" + jitterMs);
        }
    }

    public long sample(RandomGenerator random) {
        return jitterMs == 0 ? fixedMs : fixedMs + random.nextLong(jitterMs + 1);
    }
}
