package dev.kairos.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MinMaxDownsamplerTest {

    @Test
    void keepsEveryPointOfAShortSeries() {
        MinMaxDownsampler downsampler = new MinMaxDownsampler(10);
        assertThat(downsampler.indices(new double[0])).isEmpty();
        assertThat(downsampler.indices(new double[] {3, 1, 2})).containsExactly(0, 1, 2);
        assertThat(downsampler.indices(new double[10])).containsExactly(IntStream.range(0, 10).toArray());
    }

    @Test
    void returnsTheSameSeriesWhenShortEnough() {
        TimeSeries series = new TimeSeries(new long[] {1, 2, 3}, new double[] {1, 2, 3});
        assertThat(new MinMaxDownsampler(4).apply(series)).isSameAs(series);
    }

    @Test
    void keepsFirstLastAndEachBucketsMinimumAndMaximumInTimeOrder() {
        // 2 + 8 interior points in 2 buckets of 4: [1..4], [5..8]
        double[] values = {5, 1, 9, 3, 4, 6, 6, 0, 2, 7};
        int[] kept = new MinMaxDownsampler(6).indices(values);
        assertThat(kept).containsExactly(0, 1, 2, 5, 7, 9);
    }

    @Test
    void aFlatBucketContributesOnePoint() {
        double[] values = new double[100];
        int[] kept = new MinMaxDownsampler(10).indices(values);
        assertThat(kept).startsWith(0).endsWith(99).hasSize(6); // first, 4 buckets x 1, last
    }

    @Test
    void keepsASingleSpikeAndTheDeepestDip() {
        double[] values = new double[1_000_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = 100 + Math.sin(i / 5_000.0);
        }
        values[654_321] = 1_000;   // one-bar spike
        values[123_457] = -50;     // one-bar crash
        int[] kept = new MinMaxDownsampler(4_000).indices(values);
        assertThat(kept.length).isLessThanOrEqualTo(4_000).isGreaterThan(3_000);
        assertThat(kept).contains(654_321, 123_457, 0, 999_999);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void randomSeriesKeepTheirEnvelope(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 5 + random.nextInt(200_000);
        int maxPoints = 4 + random.nextInt(5_000);
        double[] values = new double[n];
        double walk = 0;
        for (int i = 0; i < n; i++) {
            walk += random.nextGaussian();
            values[i] = random.nextInt(1_000) == 0 ? walk * 10 : walk;
        }
        int[] kept = new MinMaxDownsampler(maxPoints).indices(values);

        assertThat(kept.length).isLessThanOrEqualTo(Math.min(n, maxPoints));
        for (int i = 1; i < kept.length; i++) {
            assertThat(kept[i]).isGreaterThan(kept[i - 1]);
        }
        assertThat(kept[0]).isZero();
        assertThat(kept[kept.length - 1]).isEqualTo(n - 1);
        double keptMin = IntStream.of(kept).mapToDouble(i -> values[i]).min().orElseThrow();
        double keptMax = IntStream.of(kept).mapToDouble(i -> values[i]).max().orElseThrow();
        assertThat(keptMin).isEqualTo(IntStream.range(0, n).mapToDouble(i -> values[i]).min().orElseThrow());
        assertThat(keptMax).isEqualTo(IntStream.range(0, n).mapToDouble(i -> values[i]).max().orElseThrow());
        if (n > maxPoints) {
            // each bucket's extremes survive: the envelope over any bucket equals the source envelope
            int buckets = (maxPoints - 2) / 2;
            int interior = n - 2;
            for (int b = 0; b < buckets; b++) {
                int from = 1 + (int) ((long) interior * b / buckets);
                int to = 1 + (int) ((long) interior * (b + 1) / buckets);
                double srcMin = IntStream.range(from, to).mapToDouble(i -> values[i]).min().orElseThrow();
                double srcMax = IntStream.range(from, to).mapToDouble(i -> values[i]).max().orElseThrow();
                double[] inBucket = IntStream.of(kept).filter(i -> i >= from && i < to).mapToDouble(i -> values[i])
                        .toArray();
                assertThat(inBucket).contains(srcMin, srcMax);
            }
        }
    }

    @Test
    void appliesToTimeSeriesKeepingTimesWithTheirValues() {
        int n = 10_000;
        long[] t = new long[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 1_000L * i;
            v[i] = (i * 7919) % 1_000;
        }
        TimeSeries thinned = new MinMaxDownsampler(100).apply(new TimeSeries(t, v));
        assertThat(thinned.size()).isLessThanOrEqualTo(100);
        for (int i = 0; i < thinned.size(); i++) {
            int source = (int) (thinned.timeAt(i) / 1_000L);
            assertThat(thinned.valueAt(i)).isEqualTo(v[source]);
        }
    }

    @Test
    void rejectsTooFewPoints() {
        assertThatThrownBy(() -> new MinMaxDownsampler(3)).isInstanceOf(IllegalArgumentException.class);
    }
}
