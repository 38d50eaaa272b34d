package dev.kairos.persistence.resample;

import dev.kairos.model.market.Timeframe;
import dev.kairos.persistence.candles.DecimalBars;
import java.util.List;
import java.util.Objects;

/**
 * A resampled series and the account of its buckets: {@code buckets == complete + partialKept +
 * partialDropped}, and the output holds {@code complete + partialKept} bars.
 *
 * @param bars           the higher-timeframe bars, with exact volumes
 * @param input          the timeframe of the input bars
 * @param target         the timeframe of the output bars
 * @param policy         which buckets were kept
 * @param inputBars      input bars read
 * @param buckets        buckets with at least one input bar
 * @param complete       buckets with every input bar
 * @param partialKept    buckets with some input bars missing that were kept
 * @param partialDropped buckets with some input bars missing that were dropped
 * @param firstDropped   open times of the first {@value #MAX_LISTED} dropped buckets, ascending
 */
public record Resampled(DecimalBars bars, Timeframe input, Timeframe target, BucketPolicy policy, long inputBars,
                        long buckets, long complete, long partialKept, long partialDropped, List<Long> firstDropped) {
    /** How many dropped buckets are listed. */
    public static final int MAX_LISTED = 10;

    public Resampled {
        Objects.requireNonNull(bars, "bars");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(policy, "policy");
        firstDropped = List.copyOf(firstDropped);
        if (buckets != complete + partialKept + partialDropped || bars.size() != complete + partialKept
                || firstDropped.size() != Math.min(partialDropped, MAX_LISTED)) {
            throw new IllegalArgumentException("bucket counts do not add up: " + buckets + " buckets, " + complete
                    + " complete, " + partialKept + " partial kept, " + partialDropped + " dropped, " + bars.size()
                    + " bars");
        }
    }

    /** {@code 20695 4h bars -> 3446 1d bars: 3446 complete, 5 partial dropped}. */
    @Override
    public String toString() {
        return inputBars + " " + input + " bars -> " + bars.size() + " " + target + " bars: " + complete + " complete, "
                + (policy == BucketPolicy.KEEP_PARTIAL ? partialKept + " partial kept" : partialDropped
                + " partial dropped");
    }
}
