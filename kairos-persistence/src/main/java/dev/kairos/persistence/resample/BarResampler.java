package dev.kairos.persistence.resample;

import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.Timeframe;
import dev.kairos.persistence.candles.DecimalBars;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resamples a whole bar series to a higher timeframe. Each input bar goes to the bucket
 * {@link Timeframe#bucketStart(long) target.bucketStart(timestamp)}; a bucket is complete when it holds
 * {@code target / input} bars (bars are strictly increasing, so that means every slot). The output bar of
 * a bucket has the first open, highest high, lowest low and last close of its input bars, and as volume
 * the exact decimal sum of the input volumes, each read as the shortest decimal of its double (the text
 * a CSV file printed, for files printed that way). Buckets without input bars produce no bar.
 *
 * <p>Stateless; O(n) with one decimal per input bar.
 */
public final class BarResampler {
    private BarResampler() {
    }

    /**
     * Why {@code series} of timeframe {@code input} cannot be resampled to {@code target}, if it cannot:
     * {@code target} is not a whole multiple of {@code input}, or a bar is not on the {@code input} grid.
     */
    public static Optional<String> problem(BarSeries series, Timeframe input, Timeframe target) {
        if (!target.isMultipleOf(input)) {
            return Optional.of("cannot resample " + input + " bars to " + target + ": " + target
                    + " is not a whole multiple of " + input);
        }
        for (int i = 0; i < series.size(); i++) {
            if (!input.isAligned(series.timestamp(i))) {
                return Optional.of("bar " + (i + 1) + " at " + Instant.ofEpochMilli(series.timestamp(i))
                        + " is not on the " + input + " grid; these are not " + input + " bars");
            }
        }
        return Optional.empty();
    }

    /**
     * Resamples {@code series}, whose bars are of timeframe {@code input}, to {@code target}.
     *
     * @throws IllegalArgumentException when {@link #problem} finds one
     */
    public static Resampled resample(BarSeries series, Timeframe input, Timeframe target, BucketPolicy policy) {
        problem(series, input, target).ifPresent(p -> {
            throw new IllegalArgumentException(series.instrument() + ": " + p);
        });
        int perBucket = target.barsOf(input);
        int n = series.size();
        BarSeries.Builder out = new BarSeries.Builder(series.instrument(), n / perBucket + 2);
        List<BigDecimal> volumes = new ArrayList<>(n / perBucket + 2);
        List<Long> dropped = new ArrayList<>();
        long buckets = 0;
        long complete = 0;
        long partialKept = 0;
        long partialDropped = 0;
        int i = 0;
        while (i < n) {
            long start = target.bucketStart(series.timestamp(i));
            double open = series.open(i);
            double high = series.high(i);
            double low = series.low(i);
            BigDecimal volume = BigDecimal.ZERO;
            int j = i;
            for (; j < n && target.bucketStart(series.timestamp(j)) == start; j++) {
                high = Math.max(high, series.high(j));
                low = Math.min(low, series.low(j));
                volume = volume.add(BigDecimal.valueOf(series.volume(j)));
            }
            double close = series.close(j - 1);
            int count = j - i;
            buckets++;
            boolean isComplete = count == perBucket;
            if (isComplete || policy == BucketPolicy.KEEP_PARTIAL) {
                out.add(start, open, high, low, close, volume.doubleValue());
                volumes.add(volume);
                if (isComplete) {
                    complete++;
                } else {
                    partialKept++;
                }
            } else {
                partialDropped++;
                if (dropped.size() < Resampled.MAX_LISTED) {
                    dropped.add(start);
                }
            }
            i = j;
        }
        return new Resampled(new DecimalBars(out.build(target.millis()), volumes), input, target, policy, n, buckets,
                complete, partialKept, partialDropped, dropped);
    }
}
