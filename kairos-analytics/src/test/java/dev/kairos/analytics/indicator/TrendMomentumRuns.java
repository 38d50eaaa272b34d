package dev.kairos.analytics.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

/**
 * Drives the trend and momentum indicators over whole series for the tests of this package: every output at
 * every step, with the warm-up contract checked on the way, and random bar series with flat stretches.
 */
final class TrendMomentumRuns {
    private TrendMomentumRuns() {
    }

    /** Every output ({@code [output][bar]}) of the indicator fed {@code values}, checking each step. */
    static double[][] run(SingleInputIndicator indicator, double[] values) {
        assertFresh(indicator);
        double[][] out = new double[indicator.outputCount()][values.length];
        for (int i = 0; i < values.length; i++) {
            double returned = indicator.update(values[i]);
            record(indicator, i, returned, out);
        }
        return out;
    }

    /** Every output ({@code [output][bar]}) of the indicator fed the bars, checking each step. */
    static double[][] run(HlcIndicator indicator, double[] high, double[] low, double[] close) {
        assertFresh(indicator);
        double[][] out = new double[indicator.outputCount()][close.length];
        for (int i = 0; i < close.length; i++) {
            double returned = indicator.update(high[i], low[i], close[i]);
            record(indicator, i, returned, out);
        }
        return out;
    }

    /** The first run's outputs, after checking that a run after {@code reset()} gives the same bits. */
    static double[][] runTwice(SingleInputIndicator indicator, double[] values) {
        double[][] first = run(indicator, values);
        indicator.reset();
        assertSame(indicator + " after reset", first, run(indicator, values));
        return first;
    }

    /** The first run's outputs, after checking that a run after {@code reset()} gives the same bits. */
    static double[][] runTwice(HlcIndicator indicator, double[] high, double[] low, double[] close) {
        double[][] first = run(indicator, high, low, close);
        indicator.reset();
        assertSame(indicator + " after reset", first, run(indicator, high, low, close));
        return first;
    }

    private static void assertSame(String what, double[][] expected, double[][] actual) {
        for (int o = 0; o < expected.length; o++) {
            IndicatorAssertions.assertBitwiseEqual(what + " output " + o, expected[o], actual[o]);
        }
    }

    private static void assertFresh(Indicator indicator) {
        assertThat(indicator.isReady()).as("%s fresh isReady", indicator).isFalse();
        for (int o = 0; o < indicator.outputCount(); o++) {
            assertThat(indicator.output(o)).as("%s fresh output %d", indicator, o).isNaN();
        }
        assertThat(indicator.value()).as("%s fresh value", indicator).isNaN();
    }

    /**
     * Records the outputs after update {@code index} and checks the contract: ready exactly from index
     * {@code lookback()}, every output NaN exactly while warming up, {@code value()} is output 0 and is what
     * {@code update} returned.
     */
    private static void record(Indicator indicator, int index, double returned, double[][] out) {
        boolean ready = index >= indicator.lookback();
        if (indicator.isReady() != ready || Double.isNaN(returned) == ready) {
            assertThat(indicator.isReady()).as("%s isReady at index %d", indicator, index).isEqualTo(ready);
            assertThat(Double.isNaN(returned)).as("%s NaN at index %d", indicator, index).isEqualTo(!ready);
        }
        if (Double.doubleToLongBits(indicator.value()) != Double.doubleToLongBits(returned)
                || Double.doubleToLongBits(indicator.output(0)) != Double.doubleToLongBits(returned)) {
            assertThat(indicator.value()).as("%s value() at index %d", indicator, index).isEqualTo(returned);
            assertThat(indicator.output(0)).as("%s output(0) at index %d", indicator, index).isEqualTo(returned);
        }
        for (int o = 0; o < out.length; o++) {
            double v = indicator.output(o);
            if (Double.isNaN(v) == ready) {
                assertThat(Double.isNaN(v)).as("%s output %d NaN at index %d", indicator, o, index)
                        .isEqualTo(!ready);
            }
            out[o][index] = v;
        }
    }

    /**
     * Valid random bars ({@code low <= open, close <= high}, all positive) whose closes are a random walk
     * with flat stretches: runs of identical bars ({@code high == low == close}) of random length, which
     * exercise the zero-range and zero-change guards.
     */
    static BatchMatchesIncrementalTest.Bars barsWithFlatStretches(SplittableRandom rnd, int n) {
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        double price = 100 * Math.exp(rnd.nextDouble(-2, 2));
        int flat = 0;
        for (int i = 0; i < n; i++) {
            if (flat == 0 && rnd.nextInt(25) == 0) {
                flat = rnd.nextInt(1, 40);
            }
            if (flat > 0) {
                flat--;
                high[i] = price;
                low[i] = price;
                close[i] = price;
                continue;
            }
            double open = price;
            price = rnd.nextInt(10) == 0 ? price : price * Math.exp(rnd.nextGaussian() * 0.02);
            close[i] = price;
            high[i] = Math.max(open, price) * (1 + Math.abs(rnd.nextGaussian()) * 0.005);
            low[i] = Math.min(open, price) * (1 - Math.abs(rnd.nextGaussian()) * 0.005);
        }
        return new BatchMatchesIncrementalTest.Bars(high, low, close);
    }

    /** Either kind of random bars, chosen at random. */
    static BatchMatchesIncrementalTest.Bars randomBars(SplittableRandom rnd, int n) {
        return rnd.nextBoolean() ? BatchMatchesIncrementalTest.Bars.random(rnd, n) : barsWithFlatStretches(rnd, n);
    }
}
