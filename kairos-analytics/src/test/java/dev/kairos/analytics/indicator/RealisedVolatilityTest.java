package dev.kairos.analytics.indicator;

import static dev.kairos.analytics.indicator.IndicatorAssertions.assertBitwiseEqual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Close-to-close, Parkinson and Garman–Klass volatility: hand-computed cases and two-pass references. */
class RealisedVolatilityTest {
    private static final double NaN = Double.NaN;
    private static final double LN2 = Math.log(2);

    @Test
    void closeToCloseHandComputed() {
        // returns ln 1.1, ln 0.9, ln 1.1; over two returns the sample deviation is |r1 - r2| / sqrt(2)
        double[] close = {100, 110, 99, 108.9};
        double a = Math.log(1.1);
        double b = Math.log(0.9);
        double[] expected = {NaN, NaN, Math.abs(a - b) / Math.sqrt(2), Math.abs(a - b) / Math.sqrt(2)};
        assertRelative("batch", expected, CloseToCloseVolatility.batch(close, 2, 1), 1e-14);
        CloseToCloseVolatility rvol = new CloseToCloseVolatility(2);
        assertThat(rvol.lookback()).as("needs period + 1 closes").isEqualTo(2);
        assertRelative("incremental", expected, TalibGoldenTest.incremental(rvol, close), 1e-14);
        // over three returns: mean m = (2a + b) / 3, sample variance ((a - m)^2 * 2 + (b - m)^2) / 2
        double m = (2 * a + b) / 3;
        double sd = Math.sqrt(((a - m) * (a - m) * 2 + (b - m) * (b - m)) / 2);
        assertThat(CloseToCloseVolatility.batch(close, 3, 1)[3]).isCloseTo(sd, within(1e-15));
    }

    @Test
    void annualisingMultipliesBySqrtOfPeriodsPerYear() {
        Ohlcv b = Ohlcv.random(new SplittableRandom(3), 200);
        double perYear = 365 * 6;
        double[] perBar = CloseToCloseVolatility.batch(b.close(), 20, 1);
        double[] annual = CloseToCloseVolatility.batch(b.close(), 20, perYear);
        double[] pk = ParkinsonVolatility.batch(b.high(), b.low(), 20, 1);
        double[] pkAnnual = ParkinsonVolatility.batch(b.high(), b.low(), 20, perYear);
        double[] gk = GarmanKlassVolatility.batch(b.open(), b.high(), b.low(), b.close(), 20, 1);
        double[] gkAnnual = GarmanKlassVolatility.batch(b.open(), b.high(), b.low(), b.close(), 20, perYear);
        for (int i = 20; i < 200; i++) {
            assertThat(annual[i]).isCloseTo(perBar[i] * Math.sqrt(perYear), within(1e-15 * annual[i]));
            assertThat(pkAnnual[i]).isCloseTo(pk[i] * Math.sqrt(perYear), within(1e-15 * pkAnnual[i]));
            assertThat(gkAnnual[i]).isCloseTo(gk[i] * Math.sqrt(perYear), within(1e-15 * gkAnnual[i]));
        }
        assertThat(new CloseToCloseVolatility(20).periodsPerYear()).as("not annualised by default").isEqualTo(1);
        assertThat(new ParkinsonVolatility(20).periodsPerYear()).isEqualTo(1);
        assertThat(new GarmanKlassVolatility(20).periodsPerYear()).isEqualTo(1);
    }

    @Test
    void parkinsonAndGarmanKlassHandComputed() {
        // one bar with high = e × low: ln(H/L) = 1, Parkinson variance 1 / (4 ln 2)
        double e = Math.E;
        assertThat(ParkinsonVolatility.batch(new double[] {e}, new double[] {1}, 1, 1)[0])
                .isCloseTo(Math.sqrt(1 / (4 * LN2)), within(1e-15));
        // the same bar opening at the low and closing at the high: ln(C/O) = 1 too,
        // Garman-Klass variance 0.5 - (2 ln 2 - 1) = 1.5 - 2 ln 2
        assertThat(GarmanKlassVolatility.batch(new double[] {1}, new double[] {e}, new double[] {1},
                new double[] {e}, 1, 1)[0]).isCloseTo(Math.sqrt(1.5 - 2 * LN2), within(1e-15));
        // opening and closing mid-range: only the range term, 0.5 ln(H/L)^2
        assertThat(GarmanKlassVolatility.batch(new double[] {1.5}, new double[] {e}, new double[] {1},
                new double[] {1.5}, 1, 1)[0]).isCloseTo(Math.sqrt(0.5), within(1e-15));
    }

    @Test
    void flatWindowsHaveZeroVolatilityExactly() {
        // after volatile bars, a long flat stretch: the running sums' residue is dropped
        Ohlcv b = Ohlcv.random(new SplittableRandom(8), 60);
        int n = 100;
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        for (int i = 0; i < n; i++) {
            boolean live = i < 60;
            open[i] = live ? b.open()[i] : b.close()[59];
            high[i] = live ? b.high()[i] : b.close()[59];
            low[i] = live ? b.low()[i] : b.close()[59];
            close[i] = live ? b.close()[i] : b.close()[59];
        }
        double[] rvol = CloseToCloseVolatility.batch(close, 10, 1);
        double[] pk = ParkinsonVolatility.batch(high, low, 10, 1);
        double[] gk = GarmanKlassVolatility.batch(open, high, low, close, 10, 1);
        assertThat(rvol[58]).isPositive();
        for (int i = 70; i < n; i++) {
            assertThat(rvol[i]).as("close-to-close at %d", i).isZero();
            assertThat(pk[i]).as("Parkinson at %d", i).isZero();
            assertThat(gk[i]).as("Garman-Klass at %d", i).isZero();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void equalTwoPassReferences(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int trial = 0; trial < 20; trial++) {
            int n = rnd.nextInt(0, 300);
            int period = rnd.nextInt(2, 50);
            Ohlcv b = trial % 2 == 0 ? Ohlcv.random(rnd, n) : Ohlcv.randomWithFlatStretches(rnd, n);
            double[] cc = new double[n];
            double[] pk = new double[n];
            double[] gk = new double[n];
            for (int i = 0; i < n; i++) {
                cc[i] = i < period ? NaN : closeToClose(b.close(), i, period);
                pk[i] = i < period - 1 ? NaN : parkinson(b, i, period);
                gk[i] = i < period - 1 ? NaN : garmanKlass(b, i, period);
            }
            String ctx = "seed " + seed + " trial " + trial + " period " + period;
            assertRelative(ctx + " close-to-close", cc, CloseToCloseVolatility.batch(b.close(), period, 1), 1e-9);
            assertRelative(ctx + " Parkinson", pk, ParkinsonVolatility.batch(b.high(), b.low(), period, 1), 1e-9);
            assertRelative(ctx + " Garman-Klass", gk,
                    GarmanKlassVolatility.batch(b.open(), b.high(), b.low(), b.close(), period, 1), 1e-9);
        }
    }

    /** Sample standard deviation of the {@code period} log returns ending at {@code i}, mean first. */
    private static double closeToClose(double[] close, int i, int period) {
        double mean = 0;
        for (int j = i - period + 1; j <= i; j++) {
            mean += Math.log(close[j] / close[j - 1]);
        }
        mean /= period;
        double ss = 0;
        for (int j = i - period + 1; j <= i; j++) {
            double d = Math.log(close[j] / close[j - 1]) - mean;
            ss += d * d;
        }
        return Math.sqrt(ss / (period - 1));
    }

    private static double parkinson(Ohlcv b, int i, int period) {
        double sum = 0;
        for (int j = i - period + 1; j <= i; j++) {
            double hl = Math.log(b.high()[j] / b.low()[j]);
            sum += hl * hl;
        }
        return Math.sqrt(sum / (4 * LN2 * period));
    }

    private static double garmanKlass(Ohlcv b, int i, int period) {
        double sum = 0;
        for (int j = i - period + 1; j <= i; j++) {
            double hl = Math.log(b.high()[j] / b.low()[j]);
            double co = Math.log(b.close()[j] / b.open()[j]);
            sum += 0.5 * hl * hl - (2 * LN2 - 1) * co * co;
        }
        return Math.sqrt(Math.max(0, sum / period));
    }

    /** Relative to the expected value, NaN where NaN; an expected 0 must be matched exactly. */
    private static void assertRelative(String what, double[] expected, double[] actual, double tolerance) {
        assertThat(actual).as("%s length", what).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            double e = expected[i];
            double a = actual[i];
            boolean bothNaN = Double.isNaN(e) && Double.isNaN(a);
            if (!bothNaN && !(a == e || Math.abs(a - e) <= tolerance * Math.abs(e))) {
                fail(what + " at index " + i + ": expected " + e + " but was " + a);
            }
        }
    }

    @Test
    void periodOfOneIsTheBarItself() {
        double[] high = {11, 12};
        double[] low = {10, 10};
        double[] expected = {Math.sqrt(Math.log(1.1) * Math.log(1.1) / (4 * LN2)),
                Math.sqrt(Math.log(1.2) * Math.log(1.2) / (4 * LN2))};
        double[] pk = ParkinsonVolatility.batch(high, low, 1, 1);
        assertThat(pk[0]).isCloseTo(expected[0], within(1e-15));
        assertThat(pk[1]).isCloseTo(expected[1], within(1e-15));
        assertBitwiseEqual("incremental", pk, TalibGoldenTest.incremental(new ParkinsonVolatility(1), high, low, low));
    }
}
