package dev.kairos.engine.strategy;

import dev.kairos.model.market.BarAggregator;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.ClosedBarListener;
import dev.kairos.model.market.Timeframe;

/**
 * Higher-timeframe bars for a strategy, closed bars only. A strategy trading 1h bars that wants, say, an SMA
 * of 4h closes owns one of these: it feeds it every bar it is given ({@link #onBar}), and updates its 4h
 * indicators only in the {@link ClosedBarListener} — which is called once per 4h bar, when that bar has
 * closed, and never with a bar still forming. So a higher-timeframe indicator can only ever have seen closed
 * higher bars, and reading it while deciding on bar {@code i} looks at nothing after bar {@code i}.
 *
 * <pre>{@code
 * Sma sma4h = new Sma(20);
 * HigherTimeframe h4 = new HigherTimeframe(Timeframe.FOUR_HOURS,
 *         (t, o, h, l, c, v, subBars, complete) -> sma4h.update(c));
 * public void onBar(BarSeries s, int i, StrategyContext ctx) {
 *     h4.onBar(s, i);            // first: the 4h bar this 1h bar completes is closed now
 *     if (sma4h.isReady() && s.close(i) > sma4h.value()) { ... }
 * }
 * }</pre>
 *
 * <p>When a higher bar closes is {@link BarAggregator}'s rule: with the input bar that ends its bucket (the
 * 1h bar opening at 03:00 closes the 00:00 4h bar at 04:00, the decision time of that 1h bar), or, when the
 * end of the bucket is missing from the data, with the first input bar of a later bucket (reported
 * {@code complete = false}). A bucket missing its last bars is thus seen late, never early. Higher bars sit on
 * the UTC grid of {@link Timeframe}.
 *
 * <p>The input timeframe is {@link Timeframe#of(BarSeries)} of the series on the first bar; it must divide
 * the target. Allocation-free per bar (after the first). Not thread-safe: the engine thread, like the
 * strategy that owns it.
 */
public final class HigherTimeframe {
    private final Timeframe target;
    private final ClosedBarListener listener;
    private BarAggregator aggregator;

    /**
     * @param target   the higher timeframe, a whole multiple of the bars that will be fed
     * @param listener receives each closed higher bar, in time order
     */
    public HigherTimeframe(Timeframe target, ClosedBarListener listener) {
        if (target == null || listener == null) {
            throw new IllegalArgumentException("target timeframe and listener are required");
        }
        this.target = target;
        this.listener = listener;
    }

    /**
     * Feeds bar {@code i} (bars in increasing time, each once); calls the listener for every higher bar this
     * closes.
     *
     * @throws IllegalArgumentException when the target is not a multiple of the series' timeframe, or the bar
     *                                  is not after the previous one or off the series' grid
     */
    public void onBar(BarSeries s, int i) {
        if (aggregator == null) {
            aggregator = new BarAggregator(Timeframe.of(s), target, listener);
        }
        aggregator.add(s.timestamp(i), s.open(i), s.high(i), s.low(i), s.close(i), s.volume(i));
    }

    public Timeframe target() {
        return target;
    }

    /** Higher bars closed (and handed to the listener) so far. */
    public long closedBars() {
        return aggregator == null ? 0 : aggregator.closedBars();
    }
}
