package dev.kairos.persistence.resample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.market.BarAggregator;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.Timeframe;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BarResamplerTest {
    private static final InstrumentId ID = InstrumentId.of("BTC-USD");
    private static final long H1 = 3_600_000L;
    private static final long H4 = 4 * H1;

    private static long at(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void anHourAt2300GoesToThatDay() {
        long day = at("2024-03-09T00:00:00Z");
        BarSeries hours = new BarSeries.Builder(ID, 4)
                .add(day + 22 * H1, 10, 12, 9, 11, 1)
                .add(day + 23 * H1, 11, 13, 10, 12, 2)
                .add(day + 24 * H1, 12, 12, 12, 12, 4)
                .build();
        Resampled r = BarResampler.resample(hours, Timeframe.ONE_HOUR, Timeframe.ONE_DAY, BucketPolicy.KEEP_PARTIAL);
        BarSeries d = r.bars().series();
        assertThat(d.size()).isEqualTo(2);
        assertThat(d.timestamp(0)).isEqualTo(day);
        assertThat(new double[] {d.open(0), d.high(0), d.low(0), d.close(0), d.volume(0)})
                .containsExactly(10, 13, 9, 12, 3);
        assertThat(d.timestamp(1)).isEqualTo(day + 24 * H1);
        assertThat(d.intervalMs()).isEqualTo(Timeframe.ONE_DAY.millis());
        assertThat(r.complete()).isZero();
        assertThat(r.partialKept()).isEqualTo(2);
    }

    @Test
    void incompleteFirstAndLastBucketsAndGapsInsideBuckets() {
        BarSeries.Builder b = new BarSeries.Builder(ID, 32);
        long first = at("2016-05-18T04:00:00Z");
        for (int i = 0; i < 5 + 6 + 6 + 2; i++) { // partial day, full day, day with a hole, partial day
            long ts = first + i * H4;
            if (ts != at("2016-05-20T08:00:00Z")) {
                b.add(ts, 10 + i, 11 + i, 9 + i, 10 + i, 1);
            }
        }
        BarSeries bars = b.build();

        Resampled complete = BarResampler.resample(bars, Timeframe.FOUR_HOURS, Timeframe.ONE_DAY,
                BucketPolicy.COMPLETE_ONLY);
        assertThat(complete.bars().series().timestamps()).containsExactly(at("2016-05-19T00:00:00Z"));
        assertThat(complete.bars().series().open(0)).isEqualTo(15);
        assertThat(complete.bars().series().close(0)).isEqualTo(20);
        assertThat(complete.bars().series().volume(0)).isEqualTo(6);
        assertThat(complete.buckets()).isEqualTo(4);
        assertThat(complete.partialDropped()).isEqualTo(3);
        assertThat(complete.firstDropped()).containsExactly(at("2016-05-18T00:00:00Z"), at("2016-05-20T00:00:00Z"),
                at("2016-05-21T00:00:00Z"));
        assertThat(complete).hasToString("18 4h bars -> 1 1d bars: 1 complete, 3 partial dropped");

        Resampled all = BarResampler.resample(bars, Timeframe.FOUR_HOURS, Timeframe.ONE_DAY, BucketPolicy.KEEP_PARTIAL);
        assertThat(all.bars().series().timestamps()).containsExactly(at("2016-05-18T00:00:00Z"),
                at("2016-05-19T00:00:00Z"), at("2016-05-20T00:00:00Z"), at("2016-05-21T00:00:00Z"));
        assertThat(all.partialKept()).isEqualTo(3);
        assertThat(all.bars().series().volume(2)).as("a day with a missing 4h bar").isEqualTo(5);
        assertThat(all.firstDropped()).isEmpty();
    }

    @Test
    void volumesAreSummedAsExactDecimals() {
        BarSeries bars = new BarSeries.Builder(ID, 4)
                .add(0, 1, 1, 1, 1, 0.1)
                .add(H1, 1, 1, 1, 1, 0.2)
                .build();
        Resampled r = BarResampler.resample(bars, Timeframe.ONE_HOUR, Timeframe.parse("2h"), BucketPolicy.COMPLETE_ONLY);
        assertThat(0.1 + 0.2).isNotEqualTo(0.3);
        assertThat(r.bars().volume(0)).isEqualByComparingTo(new BigDecimal("0.3"));
        assertThat(r.bars().series().volume(0)).isEqualTo(0.3);
    }

    @Test
    void saysWhyItCannotResample() {
        BarSeries hours = new BarSeries.Builder(ID, 4).add(0, 1, 1, 1, 1, 1).add(H1, 1, 1, 1, 1, 1).build();
        assertThat(BarResampler.problem(hours, Timeframe.ONE_HOUR, Timeframe.parse("90m")))
                .hasValueSatisfying(p -> assertThat(p).contains("not a whole multiple"));
        assertThat(BarResampler.problem(hours, Timeframe.FOUR_HOURS, Timeframe.ONE_DAY))
                .hasValueSatisfying(p -> assertThat(p).contains("bar 2 at 1970-01-01T01:00:00Z is not on the 4h grid"));
        assertThat(BarResampler.problem(hours, Timeframe.ONE_HOUR, Timeframe.ONE_DAY)).isEmpty();
        assertThatThrownBy(() -> BarResampler.resample(hours, Timeframe.FOUR_HOURS, Timeframe.ONE_DAY,
                BucketPolicy.KEEP_PARTIAL)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The incremental {@link BarAggregator} reports exactly the bars of the batch resampler. */
    @Test
    void theIncrementalAggregatorEqualsTheBatchResampler() {
        SplittableRandom rnd = new SplittableRandom(7);
        BarSeries.Builder b = new BarSeries.Builder(ID, 20_000);
        double price = 100;
        long t = at("2024-01-01T03:00:00Z");
        for (int i = 0; i < 20_000; i++) {
            t += rnd.nextDouble() < 0.9 ? 60_000 : 60_000L * rnd.nextInt(2, 300);
            price = Math.max(1, price + rnd.nextDouble(-0.5, 0.5));
            double hi = price + rnd.nextDouble(0, 0.3);
            double lo = price - rnd.nextDouble(0, 0.3);
            double vol = Math.round(rnd.nextDouble(0, 10) * 1e5) / 1e5;
            b.add(t, price, hi, lo, lo + (hi - lo) * rnd.nextDouble(), vol);
        }
        BarSeries minutes = b.build();
        for (Timeframe target : List.of(Timeframe.FIVE_MINUTES, Timeframe.ONE_HOUR, Timeframe.FOUR_HOURS,
                Timeframe.ONE_DAY)) {
            List<double[]> inc = new ArrayList<>();
            List<Boolean> completeFlags = new ArrayList<>();
            BarAggregator agg = new BarAggregator(Timeframe.ONE_MINUTE, target, (ts, o, h, l, c, v, n, complete) -> {
                inc.add(new double[] {ts, o, h, l, c, v, n});
                completeFlags.add(complete);
            });
            for (int i = 0; i < minutes.size(); i++) {
                agg.add(minutes.timestamp(i), minutes.open(i), minutes.high(i), minutes.low(i), minutes.close(i),
                        minutes.volume(i));
            }
            agg.finish();

            BarSeries batch = BarResampler.resample(minutes, Timeframe.ONE_MINUTE, target, BucketPolicy.KEEP_PARTIAL)
                    .bars().series();
            assertThat(inc).as(target.toString()).hasSize(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                double[] x = inc.get(i);
                assertThat((long) x[0]).isEqualTo(batch.timestamp(i));
                assertThat(new double[] {x[1], x[2], x[3], x[4]}).as("OHLC of %s bar %d", target, i)
                        .containsExactly(batch.open(i), batch.high(i), batch.low(i), batch.close(i));
                // the batch volume is the exact decimal sum, the incremental one a double sum
                assertThat(x[5]).isCloseTo(batch.volume(i), within(1e-9 * Math.max(1, batch.volume(i))));
            }
            BarSeries completeOnly = BarResampler.resample(minutes, Timeframe.ONE_MINUTE, target,
                    BucketPolicy.COMPLETE_ONLY).bars().series();
            List<Long> incComplete = new ArrayList<>();
            for (int i = 0; i < inc.size(); i++) {
                if (completeFlags.get(i)) {
                    incComplete.add((long) inc.get(i)[0]);
                }
            }
            assertThat(incComplete).as("complete %s buckets", target)
                    .containsExactly(box(completeOnly.timestamps()));
            assertThat(agg.completeBars()).isEqualTo(completeOnly.size());
        }
    }

    private static Long[] box(long[] a) {
        Long[] out = new Long[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i];
        }
        return out;
    }
}
