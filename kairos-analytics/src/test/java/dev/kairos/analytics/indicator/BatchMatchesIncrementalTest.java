package dev.kairos.analytics.indicator;

import static dev.kairos.analytics.indicator.IndicatorAssertions.assertBitwiseEqual;
import static dev.kairos.analytics.indicator.IndicatorAssertions.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.analytics.testsupport.Allocation;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties on seeded random bar series: batch and incremental forms agree bit for bit, the warm-up lasts
 * exactly {@code lookback()} inputs, {@code reset()} gives a fresh indicator, and updates allocate nothing.
 */
class BatchMatchesIncrementalTest {

    /** A random walk of valid bars: high ≥ max(open, close), low ≤ min(open, close), all positive. */
    record Bars(double[] high, double[] low, double[] close) {
        static Bars random(SplittableRandom rnd, int n) {
            double[] high = new double[n];
            double[] low = new double[n];
            double[] close = new double[n];
            double price = 100 * Math.exp(rnd.nextDouble(-2, 2));
            for (int i = 0; i < n; i++) {
                double open = price;
                // occasional flat bars exercise zero changes and zero ranges
                price = rnd.nextInt(20) == 0 ? price : price * Math.exp(rnd.nextGaussian() * 0.02);
                close[i] = price;
                high[i] = Math.max(open, price) * (1 + Math.abs(rnd.nextGaussian()) * 0.005);
                low[i] = Math.min(open, price) * (1 - Math.abs(rnd.nextGaussian()) * 0.005);
            }
            return new Bars(high, low, close);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 7, 42, 1234, 2024, 99991, -5, 8_675_309})
    void batchEqualsIncremental(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int trial = 0; trial < 20; trial++) {
            int n = rnd.nextInt(0, 400);
            int period = rnd.nextInt(1, 60);
            Bars bars = Bars.random(rnd, n);
            String ctx = "seed " + seed + ", trial " + trial + ", n " + n + ", period " + period + ": ";

            assertBitwiseEqual(ctx + "SMA", Sma.batch(bars.close, period),
                    checkedIncremental(new Sma(period), bars.close));
            assertBitwiseEqual(ctx + "EMA", Ema.batch(bars.close, period),
                    checkedIncremental(new Ema(period), bars.close));
            assertBitwiseEqual(ctx + "RSI", Rsi.batch(bars.close, period),
                    checkedIncremental(new Rsi(period), bars.close));
            assertBitwiseEqual(ctx + "TRANGE", TrueRange.batch(bars.high, bars.low, bars.close),
                    checkedIncremental(new TrueRange(), bars));
            assertBitwiseEqual(ctx + "ATR", Atr.batch(bars.high, bars.low, bars.close, period),
                    checkedIncremental(new Atr(period), bars));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void smaEqualsItsDefinition(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 500;
        int period = rnd.nextInt(1, 40);
        double[] close = Bars.random(rnd, n).close;
        double[] naive = new double[n];
        for (int i = 0; i < n; i++) {
            if (i < period - 1) {
                naive[i] = Double.NaN;
                continue;
            }
            double sum = 0;
            for (int j = i - period + 1; j <= i; j++) {
                sum += close[j];
            }
            naive[i] = sum / period;
        }
        assertClose("SMA(" + period + ") vs mean of window", naive, Sma.batch(close, period), 1e-9);
    }

    /**
     * Runs the indicator over the input twice, with a {@code reset()} between, checks the warm-up flags at
     * every step and that both runs agree.
     */
    private static double[] checkedIncremental(SingleInputIndicator indicator, double[] values) {
        double[] first = run(indicator, values);
        indicator.reset();
        assertFresh(indicator);
        assertBitwiseEqual(indicator + " after reset", first, run(indicator, values));
        return first;
    }

    private static double[] checkedIncremental(HlcIndicator indicator, Bars bars) {
        double[] first = run(indicator, bars);
        indicator.reset();
        assertFresh(indicator);
        assertBitwiseEqual(indicator + " after reset", first, run(indicator, bars));
        return first;
    }

    private static double[] run(SingleInputIndicator indicator, double[] values) {
        assertFresh(indicator);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = indicator.update(values[i]);
            assertStep(indicator, i, out[i]);
        }
        return out;
    }

    private static double[] run(HlcIndicator indicator, Bars bars) {
        assertFresh(indicator);
        double[] out = new double[bars.close.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = indicator.update(bars.high[i], bars.low[i], bars.close[i]);
            assertStep(indicator, i, out[i]);
        }
        return out;
    }

    private static void assertFresh(Indicator indicator) {
        assertThat(indicator.isReady()).as("%s fresh isReady", indicator).isFalse();
        assertThat(indicator.value()).as("%s fresh value", indicator).isNaN();
    }

    private static void assertStep(Indicator indicator, int index, double returned) {
        boolean ready = index >= indicator.lookback();
        assertThat(indicator.isReady()).as("%s isReady at index %d", indicator, index).isEqualTo(ready);
        assertThat(Double.isNaN(returned)).as("%s NaN at index %d", indicator, index).isEqualTo(!ready);
        assertThat(Double.doubleToLongBits(indicator.value())).as("%s value() at index %d", indicator, index)
                .isEqualTo(Double.doubleToLongBits(returned));
    }

    @Test
    void updatesDoNotAllocate() {
        Bars bars = Bars.random(new SplittableRandom(5), 200_000);
        List<SingleInputIndicator> single = List.of(new Sma(20), new Ema(20), new Rsi(14));
        List<HlcIndicator> hlc = List.of(new TrueRange(), new Atr(14));
        Runnable work = () -> {
            for (int i = 0; i < bars.close.length; i++) {
                for (SingleInputIndicator indicator : single) {
                    indicator.update(bars.close[i]);
                }
                for (HlcIndicator indicator : hlc) {
                    indicator.update(bars.high[i], bars.low[i], bars.close[i]);
                }
            }
        };
        work.run(); // warm up the JIT and the iterators' escape analysis
        // one million updates; a single 16-byte object per update would be 16 MB
        long bytes = Allocation.bytesAllocatedBy(() -> {
            for (SingleInputIndicator indicator : single) {
                indicator.reset();
            }
            for (HlcIndicator indicator : hlc) {
                indicator.reset();
            }
            for (int i = 0; i < bars.close.length; i++) {
                single.get(0).update(bars.close[i]);
                single.get(1).update(bars.close[i]);
                single.get(2).update(bars.close[i]);
                hlc.get(0).update(bars.high[i], bars.low[i], bars.close[i]);
                hlc.get(1).update(bars.high[i], bars.low[i], bars.close[i]);
            }
        });
        assertThat(bytes).as("bytes allocated by 1,000,000 indicator updates").isLessThan(64 * 1024);
    }
}
