package dev.kairos.analytics.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming {@link EquityStats} agrees with a straightforward two-pass computation over the stored
 * equity curve, on seeded random paths.
 */
class EquityStatsPropertyTest {
    private static final long[] INTERVALS = {60_000L, 3_600_000L, 14_400_000L, 86_400_000L};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 17, 42, 314, 2024, 65_537, -9, 123_456_789})
    void streamingEqualsTwoPass(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int trial = 0; trial < 25; trial++) {
            int n = rnd.nextInt(0, 1500);
            long interval = INTERVALS[rnd.nextInt(INTERVALS.length)];
            double initial = 1000 * Math.exp(rnd.nextDouble(-3, 3));
            double[] equity = new double[n];
            boolean[] inMarket = new boolean[n];
            double e = initial;
            double drift = rnd.nextDouble(-0.002, 0.002);
            for (int i = 0; i < n; i++) {
                inMarket[i] = rnd.nextInt(3) > 0;
                // flat while out of the market, a random walk while in it
                e = inMarket[i] ? e * Math.exp(drift + rnd.nextGaussian() * 0.02) : e;
                equity[i] = e;
            }
            EquityStats s = new EquityStats(initial, interval);
            for (int i = 0; i < n; i++) {
                s.add(equity[i], inMarket[i]);
            }
            check("seed " + seed + ", trial " + trial + ", n " + n + ": ", s, initial, interval, equity, inMarket);
        }
    }

    private static void check(String ctx, EquityStats s, double initial, long interval, double[] equity,
                              boolean[] inMarket) {
        int n = equity.length;
        double[] r = new double[n];
        double prev = initial;
        for (int i = 0; i < n; i++) {
            r[i] = equity[i] / prev - 1;
            prev = equity[i];
        }
        // pass 1: mean; pass 2: squared deviations
        double sum = 0;
        for (double x : r) {
            sum += x;
        }
        double mean = n == 0 ? 0 : sum / n;
        double squares = 0;
        double downside = 0;
        for (double x : r) {
            squares += (x - mean) * (x - mean);
            downside += Math.min(x, 0) * Math.min(x, 0);
        }
        double barsPerYear = 365.25 * 86_400_000 / interval;
        double stdev = n < 2 ? 0 : Math.sqrt(squares / (n - 1));
        double sharpe = stdev == 0 ? 0 : mean / stdev * Math.sqrt(barsPerYear);
        double sortino = downside == 0 ? 0 : mean / Math.sqrt(downside / n) * Math.sqrt(barsPerYear);
        double last = n == 0 ? initial : equity[n - 1];
        double years = n * (double) interval / (365.25 * 86_400_000);
        double cagr = n == 0 ? 0 : Math.pow(last / initial, 1 / years) - 1;

        double peak = initial;
        double maxDrawdown = 0;
        int longest = 0;
        int run = 0;
        int exposed = 0;
        for (int i = 0; i < n; i++) {
            peak = Math.max(peak, equity[i]);
            maxDrawdown = Math.max(maxDrawdown, (peak - equity[i]) / peak);
            run = equity[i] < peak ? run + 1 : 0;
            longest = Math.max(longest, run);
            exposed += inMarket[i] ? 1 : 0;
        }
        double calmar = maxDrawdown == 0 ? 0 : cagr / maxDrawdown;

        assertThat(s.bars()).as(ctx + "bars").isEqualTo(n);
        assertClose(ctx + "total return", last / initial - 1, s.totalReturn());
        assertClose(ctx + "cagr", cagr, s.cagr());
        assertClose(ctx + "mean return", mean, s.meanReturn());
        assertClose(ctx + "stdev", stdev, s.returnStdev());
        assertClose(ctx + "sharpe", sharpe, s.sharpe());
        assertClose(ctx + "sortino", sortino, s.sortino());
        assertClose(ctx + "calmar", calmar, s.calmar());
        assertThat(s.maxDrawdown()).as(ctx + "max drawdown").isEqualTo(maxDrawdown);
        assertThat(s.maxDrawdownDurationBars()).as(ctx + "max drawdown duration").isEqualTo(longest);
        assertThat(s.exposure()).as(ctx + "exposure").isEqualTo(n == 0 ? 0.0 : (double) exposed / n);
    }

    /** Relative 1e-9, with an absolute floor of 1e-12 for values near zero; equal infinities pass. */
    private static void assertClose(String what, double expected, double actual) {
        if (expected == actual) {
            return;
        }
        double tolerance = Math.max(1e-12, 1e-9 * Math.abs(expected));
        assertThat(Math.abs(actual - expected)).as("%s: expected %s but was %s", what, expected, actual)
                .isLessThanOrEqualTo(tolerance);
    }
}
