package dev.kairos.model.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BarAggregatorTest {
    private static final long H4 = Timeframe.FOUR_HOURS.millis();
    private static final long H1 = Timeframe.ONE_HOUR.millis();

    /** A reported bar, and how many input bars had been added (including the one being added) when it came. */
    record Closed(long timestamp, double open, double high, double low, double close, double volume, int subBars,
                  boolean complete, int inputsSeen) {
    }

    /** Records what an aggregator reports. */
    static final class Recorder implements ClosedBarListener {
        final List<Closed> closed = new ArrayList<>();
        int inputsSeen;

        @Override
        public void onClosed(long timestamp, double open, double high, double low, double close, double volume,
                             int subBars, boolean complete) {
            closed.add(new Closed(timestamp, open, high, low, close, volume, subBars, complete, inputsSeen));
        }

        void add(BarAggregator agg, long ts, double price, double volume) {
            inputsSeen++;
            agg.add(ts, price, price + 1, price - 1, price + 0.5, volume);
        }
    }

    private static long at(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void aOneHourBarAt2300ClosesItsOwnDay() {
        Recorder r = new Recorder();
        BarAggregator agg = new BarAggregator(Timeframe.ONE_HOUR, Timeframe.ONE_DAY, r);
        long day = at("2024-03-09T00:00:00Z");
        for (int h = 0; h < 23; h++) {
            r.add(agg, day + h * H1, 100 + h, 1);
        }
        assertThat(r.closed).as("22 of 24 hours in: nothing closed").isEmpty();
        assertThat(agg.isForming()).isTrue();
        r.add(agg, at("2024-03-09T23:00:00Z"), 200, 1);

        assertThat(r.closed).hasSize(1);
        Closed d = r.closed.get(0);
        assertThat(d.timestamp()).as("the 23:00 bar belongs to 2024-03-09").isEqualTo(day);
        assertThat(d.inputsSeen()).as("closed by the 23:00 bar itself, not by the next day's first bar").isEqualTo(24);
        assertThat(d.complete()).isTrue();
        assertThat(d.subBars()).isEqualTo(24);
        assertThat(d.open()).isEqualTo(100);
        assertThat(d.high()).isEqualTo(201);
        assertThat(d.low()).isEqualTo(99);
        assertThat(d.close()).isEqualTo(200.5);
        assertThat(d.volume()).isEqualTo(24);
        assertThat(agg.isForming()).isFalse();
        assertThat(agg.closedBars()).isEqualTo(1);
        assertThat(agg.completeBars()).isEqualTo(1);
    }

    @Test
    void incompleteFirstAndLastBuckets() {
        Recorder r = new Recorder();
        BarAggregator agg = new BarAggregator(Timeframe.FOUR_HOURS, Timeframe.ONE_DAY, r);
        // the Coinbase 4h file starts at 2016-05-18 04:00: five bars of the first day
        long first = at("2016-05-18T04:00:00Z");
        for (int i = 0; i < 5 + 6 + 2; i++) {
            r.add(agg, first + i * H4, 10, 1);
        }
        assertThat(r.closed).extracting(Closed::timestamp)
                .containsExactly(at("2016-05-18T00:00:00Z"), at("2016-05-19T00:00:00Z"));
        assertThat(r.closed).extracting(Closed::complete).containsExactly(false, true);
        assertThat(r.closed).extracting(Closed::subBars).containsExactly(5, 6);
        assertThat(r.closed.get(0).inputsSeen()).as("first day closed by its 20:00 bar").isEqualTo(5);
        assertThat(agg.isForming()).as("the partial last day stays open").isTrue();

        agg.finish();
        assertThat(r.closed).hasSize(3);
        assertThat(r.closed.get(2)).extracting(Closed::timestamp, Closed::subBars, Closed::complete)
                .containsExactly(at("2016-05-20T00:00:00Z"), 2, false);
        agg.finish();
        assertThat(r.closed).as("finish twice reports nothing new").hasSize(3);
    }

    @Test
    void aGapInsideABucketClosesAtTheBucketEndAsIncomplete() {
        Recorder r = new Recorder();
        BarAggregator agg = new BarAggregator(Timeframe.FOUR_HOURS, Timeframe.ONE_DAY, r);
        long day = at("2018-08-10T00:00:00Z");
        r.add(agg, day, 10, 1);
        r.add(agg, day + 4 * H4, 30, 2); // 04:00..12:00 missing, as in the real file
        assertThat(r.closed).isEmpty();
        r.add(agg, day + 5 * H4, 20, 3);
        assertThat(r.closed).hasSize(1);
        Closed d = r.closed.get(0);
        assertThat(d.complete()).isFalse();
        assertThat(d.subBars()).isEqualTo(3);
        assertThat(d.inputsSeen()).isEqualTo(3);
        assertThat(d.high()).isEqualTo(31);
        assertThat(d.volume()).isEqualTo(6);
    }

    @Test
    void aGapAtTheEndOfABucketClosesItWhenTheNextBucketStarts() {
        Recorder r = new Recorder();
        BarAggregator agg = new BarAggregator(Timeframe.FOUR_HOURS, Timeframe.ONE_DAY, r);
        long day = at("2017-02-28T00:00:00Z");
        for (int i = 0; i < 5; i++) {
            r.add(agg, day + i * H4, 10 + i, 1); // 20:00 is missing
        }
        assertThat(r.closed).isEmpty();
        r.add(agg, day + 6 * H4, 99, 1);
        assertThat(r.closed).hasSize(1);
        assertThat(r.closed.get(0)).extracting(Closed::timestamp, Closed::subBars, Closed::complete, Closed::close)
                .containsExactly(day, 5, false, 14.5);
    }

    @Test
    void oneInputBarCanCloseTwoBuckets() {
        Recorder r = new Recorder();
        BarAggregator agg = new BarAggregator(Timeframe.FOUR_HOURS, Timeframe.ONE_DAY, r);
        long day = at("2024-01-01T00:00:00Z");
        r.add(agg, day, 10, 1);
        r.add(agg, day + 86_400_000L + 5 * H4, 20, 1); // the next day's 20:00 bar, alone
        assertThat(r.closed).extracting(Closed::timestamp).containsExactly(day, day + 86_400_000L);
        assertThat(r.closed).extracting(Closed::inputsSeen).containsExactly(2, 2);
        assertThat(r.closed).extracting(Closed::open).containsExactly(10.0, 20.0);
    }

    @Test
    void advancingTheClockClosesABucketWhoseLastBarsNeverCame() {
        Recorder r = new Recorder();
        BarAggregator agg = new BarAggregator(Timeframe.ONE_MINUTE, Timeframe.FIVE_MINUTES, r);
        long t = at("2024-01-01T00:00:00Z");
        r.add(agg, t, 10, 1);
        r.add(agg, t + 60_000, 11, 1);
        agg.advanceTo(t + 299_999);
        assertThat(r.closed).as("before the bucket end").isEmpty();
        agg.advanceTo(t + 300_000);
        assertThat(r.closed).hasSize(1);
        assertThat(r.closed.get(0).complete()).isFalse();
        assertThatThrownBy(() -> agg.add(t + 240_000, 1, 1, 1, 1, 1))
                .as("a late bar of a closed bucket").hasMessageContaining("already closed");
        r.add(agg, t + 300_000, 12, 1);
        assertThat(agg.isForming()).isTrue();
    }

    @Test
    void equalTimeframesCloseEveryBarAtOnce() {
        Recorder r = new Recorder();
        BarAggregator agg = new BarAggregator(Timeframe.ONE_HOUR, Timeframe.ONE_HOUR, r);
        r.add(agg, 0, 10, 1);
        r.add(agg, 2 * H1, 11, 1);
        assertThat(r.closed).extracting(Closed::timestamp).containsExactly(0L, 2 * H1);
        assertThat(r.closed).allMatch(Closed::complete);
    }

    @Test
    void refusesInputThatBreaksItsRules() {
        assertThatThrownBy(() -> new BarAggregator(Timeframe.ONE_HOUR, Timeframe.parse("90m"), (t, o, h, l, c, v, n, x) -> {
        })).hasMessageContaining("not a whole multiple");
        assertThatThrownBy(() -> new BarAggregator(Timeframe.ONE_DAY, Timeframe.ONE_HOUR, (t, o, h, l, c, v, n, x) -> {
        })).hasMessageContaining("not a whole multiple");
        Recorder r = new Recorder();
        BarAggregator agg = new BarAggregator(Timeframe.ONE_HOUR, Timeframe.ONE_DAY, r);
        r.add(agg, 5 * H1, 10, 1);
        assertThatThrownBy(() -> agg.add(5 * H1, 1, 1, 1, 1, 1)).hasMessageContaining("not after");
        assertThatThrownBy(() -> agg.add(4 * H1, 1, 1, 1, 1, 1)).hasMessageContaining("not after");
        assertThatThrownBy(() -> agg.add(6 * H1 + 1, 1, 1, 1, 1, 1)).hasMessageContaining("not on the 1h grid");
        assertThatThrownBy(() -> agg.add(6 * H1, 1, 0.5, 1, 1, 1)).hasMessageContaining("high below low");
        // a refused bar changes nothing
        r.add(agg, 6 * H1, 20, 1);
        agg.finish();
        assertThat(r.closed).singleElement().extracting(Closed::subBars, Closed::open, Closed::close)
                .containsExactly(2, 10.0, 20.5);
    }

    /**
     * Random sparse 1m data into 15m and 1h: every reported bar equals the aggregate of <em>all</em> input
     * bars of its bucket (so no bucket is reported before its last input bar), and it is reported at the
     * earliest moment allowed: by its last slot's bar when present, else by the first bar of a later bucket.
     */
    @Test
    void neverExposesAPartialBucketAsClosed() {
        SplittableRandom rnd = new SplittableRandom(20240309);
        for (Timeframe target : List.of(Timeframe.parse("15m"), Timeframe.ONE_HOUR, Timeframe.ONE_DAY)) {
            List<long[]> inputs = new ArrayList<>(); // {ts}
            List<double[]> values = new ArrayList<>();
            long t0 = at("2024-03-09T21:17:00Z");
            double price = 100;
            for (int i = 0; i < 3 * 1440; i++) {
                double keep = (i / 120) % 5 == 3 ? 0.0 : 0.7; // some long holes too
                if (rnd.nextDouble() < keep) {
                    price = Math.max(1, price + rnd.nextDouble(-1, 1));
                    double hi = price + rnd.nextDouble(0, 1);
                    double lo = price - rnd.nextDouble(0, 1);
                    inputs.add(new long[] {t0 + i * 60_000L});
                    values.add(new double[] {price, hi, lo, (hi + lo) / 2, rnd.nextInt(0, 50)});
                }
            }
            TreeMap<Long, List<Integer>> byBucket = new TreeMap<>();
            for (int i = 0; i < inputs.size(); i++) {
                byBucket.computeIfAbsent(target.bucketStart(inputs.get(i)[0]), k -> new ArrayList<>()).add(i);
            }
            Recorder r = new Recorder();
            BarAggregator agg = new BarAggregator(Timeframe.ONE_MINUTE, target, r);
            for (int i = 0; i < inputs.size(); i++) {
                double[] v = values.get(i);
                r.inputsSeen++;
                agg.add(inputs.get(i)[0], v[0], v[1], v[2], v[3], v[4]);
            }
            int beforeFinish = r.closed.size();
            agg.finish();

            assertThat(r.closed).hasSize(byBucket.size());
            int k = 0;
            for (var e : byBucket.entrySet()) {
                Closed c = r.closed.get(k++);
                List<Integer> idx = e.getValue();
                int lastInput = idx.get(idx.size() - 1);
                assertThat(c.timestamp()).isEqualTo(e.getKey());
                assertThat(c.subBars()).isEqualTo(idx.size());
                assertThat(c.open()).isEqualTo(values.get(idx.get(0))[0]);
                assertThat(c.close()).isEqualTo(values.get(lastInput)[3]);
                assertThat(c.high()).isEqualTo(idx.stream().mapToDouble(i -> values.get(i)[1]).max().orElseThrow());
                assertThat(c.low()).isEqualTo(idx.stream().mapToDouble(i -> values.get(i)[2]).min().orElseThrow());
                assertThat(c.volume()).isEqualTo(idx.stream().mapToDouble(i -> values.get(i)[4]).sum());
                assertThat(c.inputsSeen()).as("reported only after its last input bar").isGreaterThan(lastInput);
                long lastSlot = target.bucketEnd(e.getKey()) - 60_000L;
                boolean lastSlotPresent = inputs.get(lastInput)[0] == lastSlot;
                if (lastSlotPresent) {
                    assertThat(c.inputsSeen()).as("closed by its last slot's bar").isEqualTo(lastInput + 1);
                } else if (k <= beforeFinish) {
                    assertThat(c.inputsSeen()).as("closed by the next bucket's first bar").isEqualTo(lastInput + 2);
                }
                assertThat(c.complete()).isEqualTo(idx.size() == target.barsOf(Timeframe.ONE_MINUTE));
            }
        }
    }

    @Test
    void allocatesNothingPerInputBar() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
                        && bean.isThreadAllocatedMemorySupported() && bean.isThreadAllocatedMemoryEnabled(),
                "skipped: thread allocation measurement is not available on this JVM");
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[] sink = new double[1];
        BarAggregator agg = new BarAggregator(Timeframe.ONE_MINUTE, Timeframe.ONE_HOUR,
                (t, o, h, l, c, v, n, complete) -> sink[0] += c + (complete ? 1 : 0));
        long ts = 0;
        for (int i = 0; i < 50_000; i++) { // warm up, let the JIT settle
            ts += i % 7 == 0 ? 120_000 : 60_000;
            agg.add(ts, 10, 11, 9, 10, 1);
        }
        long id = Thread.currentThread().threadId();
        long before = bean.getThreadAllocatedBytes(id);
        for (int i = 0; i < 200_000; i++) {
            ts += i % 7 == 0 ? 120_000 : 60_000;
            agg.add(ts, 10, 11, 9, 10, 1);
        }
        long bytes = bean.getThreadAllocatedBytes(id) - before;
        assertThat(sink[0]).isPositive();
        assertThat(bytes).as("bytes allocated for 200,000 input bars").isLessThan(4_096);
    }
}
