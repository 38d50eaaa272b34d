package dev.kairos.analytics.indicator;

import static dev.kairos.analytics.indicator.IndicatorAssertions.assertBitwiseEqual;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.analytics.testsupport.Allocation;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of the volatility, volume and bar-shape indicators on seeded random bar series (with and
 * without long flat, volume-less stretches): for every output the batch and incremental forms agree bit
 * for bit; each output is NaN exactly during its warm-up and {@code isReady()} turns true at
 * {@code lookback()}; {@code reset()} gives a fresh indicator that reproduces the same values; updates
 * allocate nothing.
 */
class VolatilityVolumeBatchMatchesIncrementalTest {

    /**
     * One indicator with fixed arguments: how to make it fresh, its batch outputs in output order, and the
     * lookback of each output (all {@code lookback()} except the DIs of {@link Adx}).
     */
    record Case(String name, Supplier<Indicator> fresh, Function<Ohlcv, double[][]> batch, int[] lookbacks) {
    }

    /** Every indicator of this family with arguments drawn from {@code rnd}. */
    static List<Case> cases(SplittableRandom rnd) {
        int period = rnd.nextInt(1, 60);
        int period2 = rnd.nextInt(2, 60);
        int fast = rnd.nextInt(2, 20);
        int slow = rnd.nextInt(2, 40);
        int emaPeriod = rnd.nextInt(1, 40);
        int atrPeriod = rnd.nextInt(1, 40);
        double k = rnd.nextDouble(0.5, 3.5);
        double acceleration = rnd.nextDouble(0.005, 0.1);
        double maximum = rnd.nextDouble(acceleration, 0.5);
        double perYear = rnd.nextBoolean() ? 1.0 : 2190.0;
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("NATR(" + period + ")", () -> new Natr(period),
                b -> new double[][] {Natr.batch(b.high(), b.low(), b.close(), period)}, new int[] {period}));
        cases.add(new Case("STDDEV(" + period2 + ")", () -> new StdDev(period2),
                b -> new double[][] {StdDev.batch(b.close(), period2)}, new int[] {period2 - 1}));
        cases.add(new Case("BBANDS(" + period2 + ", " + k + ")", () -> new BollingerBands(period2, k), b -> {
            BollingerBands.Batch r = BollingerBands.batch(b.close(), period2, k);
            return new double[][] {r.upper(), r.middle(), r.lower(), r.percentB(), r.bandwidth()};
        }, same(5, period2 - 1)));
        cases.add(new Case("KELTNER(" + emaPeriod + ", " + atrPeriod + ", " + k + ")",
                () -> new KeltnerChannels(emaPeriod, atrPeriod, k), b -> {
                    KeltnerChannels.Batch r = KeltnerChannels.batch(b.high(), b.low(), b.close(), emaPeriod,
                            atrPeriod, k);
                    return new double[][] {r.upper(), r.middle(), r.lower()};
                }, same(3, Math.max(emaPeriod - 1, atrPeriod))));
        cases.add(new Case("DONCHIAN(" + period + ")", () -> new DonchianChannels(period), b -> {
            DonchianChannels.Batch r = DonchianChannels.batch(b.high(), b.low(), b.close(), period);
            return new double[][] {r.upper(), r.middle(), r.lower()};
        }, same(3, period - 1)));
        cases.add(new Case("ADX(" + period2 + ")", () -> new Adx(period2), b -> {
            Adx.Batch r = Adx.batch(b.high(), b.low(), b.close(), period2);
            return new double[][] {r.adx(), r.plusDi(), r.minusDi()};
        }, new int[] {2 * period2 - 1, period2, period2}));
        cases.add(new Case("SAR(" + acceleration + ", " + maximum + ")", () -> new ParabolicSar(acceleration, maximum),
                b -> new double[][] {ParabolicSar.batch(b.high(), b.low(), acceleration, maximum)}, new int[] {1}));
        cases.add(new Case("OBV", Obv::new, b -> new double[][] {Obv.batch(b.close(), b.volume())}, new int[] {0}));
        cases.add(new Case("AD", AccumulationDistribution::new,
                b -> new double[][] {AccumulationDistribution.batch(b.high(), b.low(), b.close(), b.volume())},
                new int[] {0}));
        cases.add(new Case("ADOSC(" + fast + ", " + slow + ")", () -> new ChaikinOscillator(fast, slow),
                b -> new double[][] {ChaikinOscillator.batch(b.high(), b.low(), b.close(), b.volume(), fast, slow)},
                new int[] {Math.max(fast, slow) - 1}));
        cases.add(new Case("MFI(" + period + ")", () -> new Mfi(period),
                b -> new double[][] {Mfi.batch(b.high(), b.low(), b.close(), b.volume(), period)},
                new int[] {period}));
        cases.add(new Case("CMF(" + period + ")", () -> new ChaikinMoneyFlow(period),
                b -> new double[][] {ChaikinMoneyFlow.batch(b.high(), b.low(), b.close(), b.volume(), period)},
                new int[] {period - 1}));
        cases.add(new Case("VWAP(" + period + ")", () -> new RollingVwap(period),
                b -> new double[][] {RollingVwap.batch(b.high(), b.low(), b.close(), b.volume(), period)},
                new int[] {period - 1}));
        cases.add(new Case("SESSION_VWAP", SessionVwap::new,
                b -> new double[][] {SessionVwap.batch(b.timestamp(), b.high(), b.low(), b.close(), b.volume())},
                new int[] {0}));
        cases.add(new Case("HEIKIN_ASHI", HeikinAshi::new, b -> {
            HeikinAshi.Batch r = HeikinAshi.batch(b.open(), b.high(), b.low(), b.close());
            return new double[][] {r.open(), r.high(), r.low(), r.close()};
        }, same(4, 0)));
        cases.add(new Case("RVOL(" + period2 + ", " + perYear + ")", () -> new CloseToCloseVolatility(period2, perYear),
                b -> new double[][] {CloseToCloseVolatility.batch(b.close(), period2, perYear)}, new int[] {period2}));
        cases.add(new Case("PARKINSON(" + period + ", " + perYear + ")", () -> new ParkinsonVolatility(period, perYear),
                b -> new double[][] {ParkinsonVolatility.batch(b.high(), b.low(), period, perYear)},
                new int[] {period - 1}));
        cases.add(new Case("GARMAN_KLASS(" + period + ", " + perYear + ")",
                () -> new GarmanKlassVolatility(period, perYear),
                b -> new double[][] {GarmanKlassVolatility.batch(b.open(), b.high(), b.low(), b.close(), period,
                        perYear)},
                new int[] {period - 1}));
        return cases;
    }

    private static int[] same(int outputs, int lookback) {
        int[] lookbacks = new int[outputs];
        java.util.Arrays.fill(lookbacks, lookback);
        return lookbacks;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 7, 42, 1234, 2024, 99991, -5, 8_675_309})
    void batchEqualsIncremental(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int trial = 0; trial < 20; trial++) {
            int n = rnd.nextInt(0, 400);
            Ohlcv bars = trial % 2 == 0 ? Ohlcv.random(rnd, n) : Ohlcv.randomWithFlatStretches(rnd, n);
            for (Case c : cases(rnd)) {
                String ctx = "seed " + seed + ", trial " + trial + ", n " + n + ", " + c.name();
                double[][] batch = c.batch().apply(bars);
                Indicator indicator = c.fresh().get();
                assertThat(batch).as("%s batch outputs", ctx).hasNumberOfRows(indicator.outputCount());
                assertThat(indicator.lookback()).as("%s lookback", ctx).isEqualTo(c.lookbacks()[0]);
                double[][] first = checkedRun(ctx, indicator, bars, c.lookbacks());
                indicator.reset();
                double[][] second = checkedRun(ctx + " after reset", indicator, bars, c.lookbacks());
                for (int k = 0; k < batch.length; k++) {
                    assertBitwiseEqual(ctx + " output " + k + " batch vs incremental", batch[k], first[k]);
                    assertBitwiseEqual(ctx + " output " + k + " after reset", first[k], second[k]);
                }
            }
        }
    }

    /** Runs a fresh indicator, checking its warm-up flags and the NaN pattern of every output at every step. */
    private static double[][] checkedRun(String ctx, Indicator indicator, Ohlcv bars, int[] lookbacks) {
        assertThat(indicator.isReady()).as("%s fresh isReady", ctx).isFalse();
        for (int k = 0; k < indicator.outputCount(); k++) {
            assertThat(indicator.output(k)).as("%s fresh output %d", ctx, k).isNaN();
        }
        double[][] out = bars.run(indicator);
        for (int i = 0; i < bars.size(); i++) {
            for (int k = 0; k < out.length; k++) {
                assertThat(Double.isNaN(out[k][i])).as("%s output %d NaN at index %d", ctx, k, i)
                        .isEqualTo(i < lookbacks[k]);
            }
        }
        assertThat(indicator.isReady()).as("%s isReady after %d bars", ctx, bars.size())
                .isEqualTo(bars.size() > indicator.lookback());
        return out;
    }

    /** The warm-up flags switch exactly at the lookback, checked bar by bar. */
    @Test
    void isReadyTurnsTrueAtTheLookback() {
        SplittableRandom rnd = new SplittableRandom(31);
        Ohlcv bars = Ohlcv.random(rnd, 150);
        for (Case c : cases(rnd)) {
            Indicator indicator = c.fresh().get();
            for (int i = 0; i < bars.size(); i++) {
                Ohlcv one = new Ohlcv(new long[] {bars.timestamp()[i]}, new double[] {bars.open()[i]},
                        new double[] {bars.high()[i]}, new double[] {bars.low()[i]}, new double[] {bars.close()[i]},
                        new double[] {bars.volume()[i]});
                one.run(indicator);
                assertThat(indicator.isReady()).as("%s isReady at index %d", c.name(), i)
                        .isEqualTo(i >= indicator.lookback());
                if (indicator instanceof Adx adx) {
                    assertThat(adx.diReady()).as("%s diReady at index %d", c.name(), i).isEqualTo(i >= adx.period());
                }
            }
        }
    }

    @Test
    void outputIndexOutOfRangeIsRejected() {
        for (Case c : cases(new SplittableRandom(3))) {
            Indicator indicator = c.fresh().get();
            int count = indicator.outputCount();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> indicator.output(count))
                    .as(c.name()).isInstanceOf(IndexOutOfBoundsException.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> indicator.output(-1))
                    .as(c.name()).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void updatesDoNotAllocate() {
        Ohlcv bars = Ohlcv.randomWithFlatStretches(new SplittableRandom(5), 100_000);
        List<Indicator> indicators = cases(new SplittableRandom(6)).stream().map(c -> c.fresh().get()).toList();
        Indicator[] all = indicators.toArray(new Indicator[0]);
        Runnable work = () -> {
            for (Indicator indicator : all) {
                indicator.reset();
            }
            long[] t = bars.timestamp();
            double[] o = bars.open();
            double[] h = bars.high();
            double[] l = bars.low();
            double[] c = bars.close();
            double[] v = bars.volume();
            for (int i = 0; i < c.length; i++) {
                for (Indicator indicator : all) {
                    switch (indicator) {
                        case SingleInputIndicator s -> s.update(c[i]);
                        case HlcIndicator x -> x.update(h[i], l[i], c[i]);
                        case BarIndicator b -> b.update(t[i], o[i], h[i], l[i], c[i], v[i]);
                    }
                    for (int k = 0; k < indicator.outputCount(); k++) {
                        indicator.output(k);
                    }
                }
            }
        };
        work.run(); // warm up the JIT
        work.run();
        // 1.8 million updates; a single 16-byte object per update would be 28 MB
        long bytes = Allocation.bytesAllocatedBy(work);
        assertThat(bytes).as("bytes allocated by %d indicator updates", all.length * bars.size())
                .isLessThan(64 * 1024);
    }
}
