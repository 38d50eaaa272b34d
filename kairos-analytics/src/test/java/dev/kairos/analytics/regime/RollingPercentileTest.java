package dev.kairos.analytics.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RollingPercentileTest {

    @Test
    void rankMatchesBruteForceOverTheWindowUpToTheBin() {
        SplittableRandom rnd = new SplittableRandom(7);
        int window = 97;
        RollingPercentile p = new RollingPercentile(window, 0, 1, 1 << 16);
        double[] history = new double[3000];
        for (int i = 0; i < history.length; i++) {
            double x = rnd.nextDouble();
            history[i] = x;
            p.push(x);
            double q = rnd.nextDouble();
            int from = Math.max(0, i - window + 1);
            int below = 0;
            for (int k = from; k <= i; k++) {
                below += history[k] < q ? 1 : 0;
            }
            int n = i - from + 1;
            assertEquals(n, p.count());
            // exact up to values sharing q's bin (width 1.5e-5): at most one or two in a window of 97
            assertEquals((double) below / n, p.rank(q), 1.5 / n, "bar " + i);
        }
    }

    @Test
    void handComputedRanksAndQuantiles() {
        RollingPercentile p = new RollingPercentile(4, 0, 10, 10);
        assertEquals(0.5, p.rank(3), 0.0, "empty: the middle");
        assertEquals(Double.NaN, p.quantile(0.5));
        for (double x : new double[] {1.5, 3.5, 5.5, 7.5}) {
            p.push(x);
        }
        // bins 1, 3, 5, 7; rank of 5.2 (bin 5): 2 below + half of 1
        assertEquals(2.5 / 4, p.rank(5.2), 1e-12);
        assertEquals(0.0, p.rank(0.2), 1e-12);
        assertEquals(1.0, p.rank(9.9), 1e-12);
        assertEquals(1.5, p.quantile(0.05), 1e-12, "first value's bin centre");
        assertEquals(3.5, p.quantile(0.5), 1e-12);
        assertEquals(7.5, p.quantile(0.95), 1e-12);
        p.push(9.5); // 1.5 leaves
        assertEquals(4, p.count());
        assertEquals(3.5, p.quantile(0.05), 1e-12);
        assertEquals(0.25 / 1.0 * 0 + 0.0, p.rank(2.0), 1e-12);
        // out-of-range values clamp to the end bins
        p.push(-100);
        assertEquals(0.125, p.rank(-5), 1e-12);
    }

    @Test
    void quantileMatchesSortedWindow() {
        SplittableRandom rnd = new SplittableRandom(11);
        RollingPercentile p = new RollingPercentile(200, -5, 5, 1 << 14);
        double[] all = new double[1000];
        for (int i = 0; i < all.length; i++) {
            all[i] = rnd.nextGaussian();
            p.push(all[i]);
        }
        double[] last = Arrays.copyOfRange(all, 800, 1000);
        Arrays.sort(last);
        for (double q : new double[] {0.05, 0.25, 0.5, 0.95}) {
            double expected = last[(int) Math.ceil(q * 200) - 1];
            assertEquals(expected, p.quantile(q), 10.0 / (1 << 14), "q " + q);
        }
    }

    @Test
    void refusesBadArgumentsAndNaN() {
        assertThrows(IllegalArgumentException.class, () -> new RollingPercentile(0, 0, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> new RollingPercentile(5, 1, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> new RollingPercentile(5, 0, 1, 1));
        RollingPercentile p = new RollingPercentile(5, 0, 1, 10);
        assertThrows(IllegalArgumentException.class, () -> p.push(Double.NaN));
    }
}
