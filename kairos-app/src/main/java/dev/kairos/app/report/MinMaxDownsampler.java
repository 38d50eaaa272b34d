package dev.kairos.app.report;

import java.util.Arrays;

/**
 * Thins a long series for a chart while keeping its shape: the first and last points are kept, the
 * points between them are split into equal-count buckets, and each bucket contributes its minimum and
 * its maximum (one point when they coincide), in time order.
 *
 * <p>Every local extreme that is the extreme of its bucket survives, so the global minimum and maximum,
 * the deepest drawdown and every spike wider than a bucket are always visible. A series of {@code n}
 * points becomes at most {@link #maxPoints()} points in O(n) time. Buckets are by index, which suits
 * evenly spaced bars.
 *
 * @param maxPoints the most points a result may have, at least 4
 */
public record MinMaxDownsampler(int maxPoints) {

    /** Validates {@code maxPoints}. */
    public MinMaxDownsampler {
        if (maxPoints < 4) {
            throw new IllegalArgumentException("a downsampler needs at least 4 points, got " + maxPoints);
        }
    }

    /**
     * The indices of the points to keep, strictly increasing; all indices when there are at most
     * {@link #maxPoints()} values.
     *
     * @param values the series' values, expected finite
     */
    public int[] indices(double[] values) {
        int n = values.length;
        if (n <= maxPoints) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int buckets = (maxPoints - 2) / 2;
        int interior = n - 2; // indices 1 .. n-2, at least maxPoints - 1 > buckets, so no bucket is empty
        int[] kept = new int[2 + 2 * buckets];
        int k = 0;
        kept[k++] = 0;
        for (int b = 0; b < buckets; b++) {
            int from = 1 + (int) ((long) interior * b / buckets);
            int to = 1 + (int) ((long) interior * (b + 1) / buckets);
            int min = from;
            int max = from;
            for (int i = from + 1; i < to; i++) {
                if (values[i] < values[min]) {
                    min = i;
                } else if (values[i] > values[max]) {
                    max = i;
                }
            }
            if (min == max) {
                kept[k++] = min;
            } else {
                kept[k++] = Math.min(min, max);
                kept[k++] = Math.max(min, max);
            }
        }
        kept[k++] = n - 1;
        return k == kept.length ? kept : Arrays.copyOf(kept, k);
    }

    /** The series itself when it is short enough, otherwise its kept points. */
    public TimeSeries apply(TimeSeries series) {
        return series.size() <= maxPoints ? series : series.select(indices(series.value()));
    }
}
