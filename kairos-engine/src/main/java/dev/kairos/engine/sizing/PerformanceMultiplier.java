package dev.kairos.engine.sizing;

import dev.kairos.engine.performance.TrackRecord;

/**
 * Scales sizes by the source strategy's recent signal accuracy (its {@link TrackRecord#signalHitRate()}: the
 * share of its directional signals the realised move confirmed):
 *
 * <pre>
 * factor = 1                                            with fewer than minSamples scored signals
 * factor = clamp(hitRate / 0.5, floor, cap)             otherwise
 * </pre>
 *
 * A coin-flip record (0.5) is neutral; sizes shrink as the hit rate falls below it, down to {@code floor}, and
 * grow as it rises, up to {@code cap}.
 *
 * @param minSamples scored signals needed before the factor departs from 1, &gt;= 1
 * @param floor      smallest factor, in [0, 1]
 * @param cap        largest factor, in [1, 10]
 */
public record PerformanceMultiplier(int minSamples, double floor, double cap) implements SizeMultiplier {
    /** The hit rate that carries no information. */
    public static final double NEUTRAL_HIT_RATE = 0.5;

    public PerformanceMultiplier {
        if (minSamples < 1) {
            throw new IllegalArgumentException("performance minimum samples must be >= 1: " + minSamples);
        }
        if (!(floor >= 0 && floor <= 1)) {
            throw new IllegalArgumentException("performance floor must be in [0, 1]: " + floor);
        }
        if (!(cap >= 1 && cap <= 10)) {
            throw new IllegalArgumentException("performance cap must be in [1, 10]: " + cap);
        }
    }

    /** The factor for a record. */
    public double factor(TrackRecord record) {
        if (record.signals() < minSamples) {
            return 1.0;
        }
        return Math.min(cap, Math.max(floor, record.signalHitRate() / NEUTRAL_HIT_RATE));
    }

    @Override
    public double factor(SizingRequest request) {
        return factor(request.record());
    }
}
