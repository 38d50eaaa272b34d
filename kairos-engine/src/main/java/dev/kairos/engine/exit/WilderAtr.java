package dev.kairos.engine.exit;

import dev.kairos.analytics.indicator.Atr;
import dev.kairos.analytics.indicator.TrueRange;
import java.util.Arrays;

/**
 * Wilder's average true range of every instrument of a run, updated bar by bar in O(1) without allocating.
 * From bar {@code period} on it is {@link Atr}'s value (TA-Lib convention: bar 0 has no true range, the first
 * value is the mean of the true ranges of bars 1..period, then Wilder smoothing): one instance of the analytics
 * indicator per instrument does the arithmetic. Before that it is the mean of the true ranges seen so far, bar 0
 * counting its high − low, so that a position opened early still gets a stop. Prices in quote currency. Engine
 * thread only.
 */
public final class WilderAtr {
    private final Atr[] atr;
    private final int[] seen;
    private final double[] previousClose;
    private final double[] sum;
    private final double[] value;

    public WilderAtr(int instruments, int period) {
        if (period < 1) {
            throw new IllegalArgumentException("ATR period must be >= 1, got " + period);
        }
        this.atr = new Atr[instruments];
        for (int k = 0; k < instruments; k++) {
            atr[k] = new Atr(period);
        }
        this.seen = new int[instruments];
        this.previousClose = new double[instruments];
        this.sum = new double[instruments];
        this.value = new double[instruments];
        Arrays.fill(value, Double.NaN);
    }

    /** Adds a bar of instrument {@code k}; returns the ATR after it. */
    public double update(int k, double high, double low, double close) {
        double wilder = atr[k].update(high, low, close);
        int n = seen[k];
        if (atr[k].isReady()) {
            value[k] = wilder;
        } else if (n == 0) {
            value[k] = high - low;
        } else {
            // warm-up: the mean of the true ranges so far
            sum[k] += TrueRange.of(high, low, previousClose[k]);
            value[k] = sum[k] / n;
        }
        previousClose[k] = close;
        seen[k] = n + 1;
        return value[k];
    }

    /** The latest ATR of instrument {@code k}; NaN before its first bar. */
    public double value(int k) {
        return value[k];
    }
}
