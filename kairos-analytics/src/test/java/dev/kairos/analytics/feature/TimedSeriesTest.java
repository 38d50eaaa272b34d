package dev.kairos.analytics.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.analytics.testsupport.Allocation;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.FundingRates;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** As-of reads of a point-in-time series: the last value stamped at or before t, never a later one. */
class TimedSeriesTest {
    private final TimedSeries s = TimedSeries.of(new long[] {10, 20, 20, 30}, new double[] {1, 2, 3, 4});

    @Test
    void asOfIsTheLastValueStampedAtOrBeforeT() {
        assertThat(s.indexAsOf(9)).as("before the first stamp").isEqualTo(-1);
        assertThat(s.indexAsOf(10)).as("exactly at a stamp: included").isZero();
        assertThat(s.indexAsOf(19)).isZero();
        assertThat(s.indexAsOf(20)).as("equal stamps: the later row").isEqualTo(2);
        assertThat(s.indexAsOf(29)).isEqualTo(2);
        assertThat(s.indexAsOf(30)).isEqualTo(3);
        assertThat(s.indexAsOf(Long.MAX_VALUE)).isEqualTo(3);
        assertThat(TimedSeries.empty().indexAsOf(Long.MAX_VALUE)).isEqualTo(-1);
    }

    @Test
    void valueAsOfHonoursTheMaximumAge() {
        // value 3 is stamped at 20: at t = 25 it is 5 ms old
        assertThat(s.valueAsOf(25, 5)).as("exactly the maximum age: used").isEqualTo(3.0);
        assertThat(s.valueAsOf(25, 4)).as("older than the maximum age: missing").isNaN();
        assertThat(s.valueAsOf(9, Long.MAX_VALUE)).as("nothing known yet").isNaN();
        assertThat(TimedSeries.empty().valueAsOf(100, Long.MAX_VALUE)).isNaN();
    }

    @Test
    void cursorAgreesWithBinarySearchForOrderedAndUnorderedQueries() {
        SplittableRandom rnd = new SplittableRandom(7);
        int n = 5_000;
        long[] t = new long[n];
        double[] v = new double[n];
        long time = 1_000;
        for (int i = 0; i < n; i++) {
            time += rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(1, 2_000); // some equal stamps, some long gaps
            t[i] = time;
            v[i] = rnd.nextGaussian();
        }
        TimedSeries series = TimedSeries.of(t, v);
        AsOfCursor cursor = series.cursor();
        // non-decreasing queries with steps from 0 to far beyond the end
        long q = 0;
        for (int k = 0; k < 20_000; k++) {
            q += rnd.nextInt(3) == 0 ? 0 : rnd.nextLong(1, 3_000);
            assertThat(cursor.seek(q)).as("seek(%d)", q).isEqualTo(series.indexAsOf(q));
        }
        // queries in random order (the cursor falls back to a binary search when going back)
        for (int k = 0; k < 20_000; k++) {
            long r = rnd.nextLong(0, time + 5_000);
            assertThat(cursor.seek(r)).as("seek(%d)", r).isEqualTo(series.indexAsOf(r));
            assertThat(cursor.ageAt(r)).isEqualTo(series.indexAsOf(r) < 0 ? Long.MAX_VALUE
                    : r - series.time(series.indexAsOf(r)));
        }
        cursor.reset();
        assertThat(cursor.seek(t[0] - 1)).isEqualTo(-1);
    }

    @Test
    void cursorDoesNotAllocate() {
        int n = 100_000;
        long[] t = new long[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 10L;
            v[i] = i;
        }
        AsOfCursor cursor = TimedSeries.of(t, v).cursor();
        double[] sink = new double[1];
        long bytes = Allocation.bytesAllocatedBy(() -> {
            for (int round = 0; round < 10; round++) {
                cursor.reset();
                for (long q = 0; q < n * 10L; q += 7) {
                    sink[0] += cursor.valueAsOf(q, 50);
                }
            }
        });
        assertThat(bytes).as("bytes allocated by 1.4 million as-of reads").isLessThan(64 * 1024);
        assertThat(sink[0]).isPositive();
    }

    @Test
    void refusesBackwardTimesAndNonFiniteValues() {
        assertThatThrownBy(() -> TimedSeries.of(new long[] {2, 1}, new double[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("backwards");
        assertThatThrownBy(() -> TimedSeries.of(new long[] {1, 2}, new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not finite");
        assertThatThrownBy(() -> TimedSeries.of(new long[] {1}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isImmutable() {
        long[] t = {1, 2};
        double[] v = {5, 6};
        TimedSeries series = TimedSeries.of(t, v);
        t[0] = 100;
        v[0] = 100;
        series.times()[1] = 100;
        series.values()[1] = 100;
        assertThat(series.times()).containsExactly(1, 2);
        assertThat(series.values()).containsExactly(5, 6);
    }

    @Test
    void fundingRatesAreStampedAtTheirFundingTime() {
        FundingRates rates = new FundingRates(InstrumentId.of("XRP-USDT-PERP"), new long[] {100, 200},
                new double[] {0.0001, -0.0002});
        TimedSeries series = TimedSeries.of(rates);
        assertThat(series.times()).containsExactly(100, 200);
        assertThat(series.values()).containsExactly(0.0001, -0.0002);
        assertThat(series.valueAsOf(199, Long.MAX_VALUE)).isEqualTo(0.0001);
        assertThat(series.valueAsOf(200, Long.MAX_VALUE)).isEqualTo(-0.0002);
    }

    @Test
    void barClosesAreStampedAtTheBarCloseTime() {
        BarSeries bars = Bars.of(Bars.T0, Bars.HOUR, new double[] {1, 2, 1, 2, 5}, new double[] {2, 3, 2, 3, 5});
        TimedSeries closes = TimedSeries.closesAtCloseTime(bars);
        assertThat(closes.times()).containsExactly(Bars.T0 + Bars.HOUR, Bars.T0 + 2 * Bars.HOUR);
        assertThat(closes.values()).containsExactly(2, 3);
        assertThat(Arrays.equals(closes.times(), new long[] {bars.closeTime(0), bars.closeTime(1)})).isTrue();
    }
}
