package dev.kairos.analytics.indicator;

import static dev.kairos.analytics.indicator.IndicatorAssertions.assertBitwiseEqual;
import static dev.kairos.analytics.indicator.TrendMomentumRuns.runTwice;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.analytics.indicator.BatchMatchesIncrementalTest.Bars;
import dev.kairos.analytics.testsupport.Allocation;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of the trend and momentum indicators on seeded random bar series (with and without flat
 * stretches): the batch and incremental forms agree bit for bit on every output, the warm-up lasts exactly
 * {@code lookback()} inputs, {@code reset()} gives a fresh indicator, and updates allocate nothing.
 */
class TrendMomentumBatchMatchesIncrementalTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 7, 42, 1234, 2024, 99991, -5, 8_675_309})
    void batchEqualsIncremental(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int trial = 0; trial < 20; trial++) {
            int n = rnd.nextInt(0, 400);
            int p = rnd.nextInt(1, 40);
            int q = rnd.nextInt(1, 12);
            int r = rnd.nextInt(1, 12);
            Bars bars = TrendMomentumRuns.randomBars(rnd, n);
            double[] h = bars.high();
            double[] l = bars.low();
            double[] c = bars.close();
            String ctx = "seed " + seed + ", trial " + trial + ", n " + n + ", periods " + p + "/" + q + "/" + r + ": ";

            same(ctx, runTwice(new Wma(p), c), Wma.batch(c, p));
            same(ctx, runTwice(new Dema(p), c), Dema.batch(c, p));
            same(ctx, runTwice(new Tema(p), c), Tema.batch(c, p));
            same(ctx, runTwice(new Trix(p), c), Trix.batch(c, p));
            same(ctx, runTwice(new Kama(p), c), Kama.batch(c, p));
            same(ctx, runTwice(new Kama(p, q, q + r), c), Kama.batch(c, p, q, q + r));
            Macd.Batch macd = Macd.batch(c, q, q + p, r);
            same(ctx, runTwice(new Macd(q, q + p, r), c), macd.macd(), macd.signal(), macd.histogram());
            same(ctx, runTwice(new Roc(p), c), Roc.batch(c, p));
            same(ctx, runTwice(new Momentum(p), c), Momentum.batch(c, p));
            same(ctx, runTwice(new RollingMin(p), c), RollingMin.batch(c, p));
            same(ctx, runTwice(new RollingMax(p), c), RollingMax.batch(c, p));
            same(ctx, runTwice(new LinearRegressionSlope(p + 1), c), LinearRegressionSlope.batch(c, p + 1));
            same(ctx, runTwice(new ZScore(p + 1), c), ZScore.batch(c, p + 1));
            StochasticRsi.Batch stochRsi = StochasticRsi.batch(c, p, q, r);
            same(ctx, runTwice(new StochasticRsi(p, q, r), c), stochRsi.k(), stochRsi.d());

            same(ctx, runTwice(new WilliamsR(p), h, l, c), WilliamsR.batch(h, l, c, p));
            same(ctx, runTwice(new Cci(p + 1), h, l, c), Cci.batch(h, l, c, p + 1));
            Stochastic.Batch stoch = Stochastic.batch(h, l, c, p, q, r);
            same(ctx, runTwice(new Stochastic(p, q, r), h, l, c), stoch.k(), stoch.d());
            StochasticFast.Batch stochF = StochasticFast.batch(h, l, c, p, q);
            same(ctx, runTwice(new StochasticFast(p, q), h, l, c), stochF.k(), stochF.d());
            Aroon.Batch aroon = Aroon.batch(h, l, p);
            same(ctx, runTwice(new Aroon(p), h, l, c), aroon.up(), aroon.down(), aroon.oscillator());
            same(ctx, runTwice(new UltimateOscillator(q, q + r, q + r + p), h, l, c),
                    UltimateOscillator.batch(h, l, c, q, q + r, q + r + p));
        }
    }

    /** Long series: the periodic re-summing of the O(1) sums stays in step between the two forms. */
    @Test
    void longSeriesWithResums() {
        Bars bars = TrendMomentumRuns.randomBars(new SplittableRandom(77), 20_000);
        for (int period : new int[] {2, 3, 14, 50}) {
            same("period " + period + ": ", runTwice(new LinearRegressionSlope(period), bars.close()),
                    LinearRegressionSlope.batch(bars.close(), period));
            same("period " + period + ": ", runTwice(new ZScore(period), bars.close()),
                    ZScore.batch(bars.close(), period));
        }
    }

    private static void same(String ctx, double[][] incremental, double[]... batch) {
        assertThat(incremental).as("%s output count", ctx).hasNumberOfRows(batch.length);
        for (int o = 0; o < batch.length; o++) {
            assertBitwiseEqual(ctx + "output " + o + " (batch vs incremental)", batch[o], incremental[o]);
        }
    }

    @Test
    void updatesDoNotAllocate() {
        Bars bars = TrendMomentumRuns.randomBars(new SplittableRandom(5), 100_000);
        double[] h = bars.high();
        double[] l = bars.low();
        double[] c = bars.close();
        List<SingleInputIndicator> single = List.of(new Wma(20), new Dema(20), new Tema(20), new Trix(15),
                new Kama(10), new Macd(12, 26, 9), new Roc(10), new Momentum(10), new RollingMin(20),
                new RollingMax(20), new LinearRegressionSlope(14), new ZScore(20), new StochasticRsi(14, 5, 3));
        List<HlcIndicator> hlc = List.of(new WilliamsR(14), new Cci(20), new Stochastic(14, 3, 3),
                new StochasticFast(14, 3), new Aroon(14), new UltimateOscillator(7, 14, 28));
        SingleInputIndicator[] singleArray = single.toArray(SingleInputIndicator[]::new);
        HlcIndicator[] hlcArray = hlc.toArray(HlcIndicator[]::new);
        Runnable work = () -> {
            for (SingleInputIndicator indicator : singleArray) {
                indicator.reset();
            }
            for (HlcIndicator indicator : hlcArray) {
                indicator.reset();
            }
            double sink = 0.0;
            for (int i = 0; i < c.length; i++) {
                for (SingleInputIndicator indicator : singleArray) {
                    sink += indicator.update(c[i]);
                }
                for (HlcIndicator indicator : hlcArray) {
                    sink += indicator.update(h[i], l[i], c[i]);
                    sink += indicator.output(indicator.outputCount() - 1);
                }
            }
            assertThat(sink).isNotNull();
        };
        work.run(); // warm up the JIT
        // 1.9 million updates; a single 16-byte object per update would be about 30 MB
        long bytes = Allocation.bytesAllocatedBy(work);
        assertThat(bytes).as("bytes allocated by 1,900,000 indicator updates").isLessThan(64 * 1024);
    }
}
