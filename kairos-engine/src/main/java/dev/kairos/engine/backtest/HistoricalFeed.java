package dev.kairos.engine.backtest;

import dev.kairos.model.market.BarSeries;
import java.util.List;

/**
 * Replays several bar series merged by bar close time (a bar is known only once it has closed), ties
 * broken by instrument order. A cursor, allocation-free: call {@link #next()} until it returns false,
 * then read {@link #instrument()} and {@link #index()}.
 */
public final class HistoricalFeed {
    private final BarSeries[] series;
    private final int[] cursor;
    private final long total;
    private int instrument = -1;
    private int index = -1;

    public HistoricalFeed(List<BarSeries> series) {
        this.series = series.toArray(BarSeries[]::new);
        this.cursor = new int[this.series.length];
        long t = 0;
        for (BarSeries s : this.series) {
            t += s.size();
        }
        this.total = t;
    }

    /** Advances to the next bar; false when all series are exhausted. */
    public boolean next() {
        int best = -1;
        long bestClose = Long.MAX_VALUE;
        for (int k = 0; k < series.length; k++) {
            int c = cursor[k];
            if (c < series[k].size()) {
                long close = series[k].closeTime(c);
                if (close < bestClose) {
                    bestClose = close;
                    best = k;
                }
            }
        }
        if (best < 0) {
            return false;
        }
        instrument = best;
        index = cursor[best]++;
        return true;
    }

    /** Close time of the bar the feed would deliver next; {@link Long#MAX_VALUE} when exhausted. */
    public long peekCloseTime() {
        long bestClose = Long.MAX_VALUE;
        for (int k = 0; k < series.length; k++) {
            int c = cursor[k];
            if (c < series[k].size()) {
                bestClose = Math.min(bestClose, series[k].closeTime(c));
            }
        }
        return bestClose;
    }

    public int instrument() {
        return instrument;
    }

    public int index() {
        return index;
    }

    public BarSeries series(int k) {
        return series[k];
    }

    public long totalBars() {
        return total;
    }
}
