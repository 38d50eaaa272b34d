package dev.kairos.model.market;

import java.util.Objects;

/**
 * Folds bars of a lower timeframe, one at a time, into bars of a higher timeframe on the UTC grid of
 * {@link Timeframe}, and hands each higher bar to a {@link ClosedBarListener} once it is <em>closed</em>.
 * This is how a strategy reads higher-timeframe indicators: it feeds its own bars in, and updates the
 * higher-timeframe indicators only in the listener, so they only ever see closed higher bars.
 *
 * <p><b>The closing rule.</b> The bucket being formed is closed, and reported, at the first of:
 * <ol>
 *   <li>an input bar whose <em>close time</em> ({@code timestamp + input length}) reaches the bucket end:
 *       the last input bar of the bucket closes it in the same {@link #add} call (a 1h bar opening at 23:00
 *       closes the 1d bucket of that day);</li>
 *   <li>an input bar of a later bucket arrives (the bucket had a gap at its end): the bucket is reported
 *       before the new bar is folded in;</li>
 *   <li>{@link #advanceTo(long)} with a time at or after the bucket end (a clock tick with no bar, e.g. a
 *       live feed whose last minute had no trades);</li>
 *   <li>{@link #finish()}, at the end of the data: the bucket is reported as incomplete.</li>
 * </ol>
 * Nothing else reports a bucket, so a bucket that could still receive input bars is never exposed as
 * closed. A bucket closed by rule 1 always has all its input bars ({@code complete}); one closed by rules
 * 2–4 is {@code complete} only if it had them all anyway, which for rules 2 and 4 it cannot. The forming
 * bucket is not readable from outside.
 *
 * <p>OHLCV of a higher bar: open of its first input bar, highest high, lowest low, close of its last input
 * bar, volume the sum of the input volumes in double arithmetic (in input order; the batch
 * resampler in {@code kairos-persistence} sums in exact decimal, so volumes may differ from it in the
 * last bits). Missing input bars are not filled.
 *
 * <p>Input bars must come in strictly increasing open time, on the grid of the input timeframe, valid
 * ({@link BarCheck}), and not inside a bucket that was already closed; anything else is a broken caller
 * invariant and throws {@link IllegalArgumentException} leaving the state unchanged. Allocation-free per
 * input bar. Not thread-safe: one aggregator per feed, used from one thread.
 */
public final class BarAggregator {
    private final Timeframe input;
    private final Timeframe target;
    private final int barsPerBucket;
    private final ClosedBarListener listener;

    private boolean forming;
    private long bucketStart;
    private long bucketEnd;
    private double open;
    private double high;
    private double low;
    private double close;
    private double volume;
    private int subBars;

    /** Open time of the last input bar; {@link Long#MIN_VALUE} before the first. */
    private long lastInput = Long.MIN_VALUE;
    /** End of the last closed bucket: no input bar may open before it. */
    private long closedUntil = Long.MIN_VALUE;
    private long closedBars;
    private long completeBars;

    /**
     * @param input    the timeframe of the bars fed in
     * @param target   the higher timeframe; a whole multiple of {@code input} (equal is allowed)
     * @param listener receives each closed higher bar
     * @throws IllegalArgumentException when {@code target} is not a whole multiple of {@code input}
     */
    public BarAggregator(Timeframe input, Timeframe target, ClosedBarListener listener) {
        this.input = Objects.requireNonNull(input, "input");
        this.target = Objects.requireNonNull(target, "target");
        this.listener = Objects.requireNonNull(listener, "listener");
        if (!target.isMultipleOf(input)) {
            throw new IllegalArgumentException("cannot aggregate " + input + " bars into " + target
                    + " bars: " + target + " is not a whole multiple of " + input);
        }
        this.barsPerBucket = target.barsOf(input);
    }

    public Timeframe input() {
        return input;
    }

    public Timeframe target() {
        return target;
    }

    /** Input bars in a complete bucket. */
    public int barsPerBucket() {
        return barsPerBucket;
    }

    /** Higher bars reported so far. */
    public long closedBars() {
        return closedBars;
    }

    /** Of {@link #closedBars()}, those that had every input bar. */
    public long completeBars() {
        return completeBars;
    }

    /** Whether a bucket is being formed (has input bars and is not yet closed). */
    public boolean isForming() {
        return forming;
    }

    /** Folds one input bar in; may report up to two closed bars (rule 2, then rule 1). */
    public void add(Bar bar) {
        add(bar.timestamp(), bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
    }

    /**
     * Folds one input bar in; may report up to two closed bars: the previous bucket (rule 2), then the
     * bucket of this bar when this bar completes it (rule 1).
     *
     * @param timestamp open time of the input bar, epoch ms UTC, on the input grid
     * @throws IllegalArgumentException when the bar breaks the input rules of this class
     */
    public void add(long timestamp, double open, double high, double low, double close, double volume) {
        if (timestamp <= lastInput) {
            throw new IllegalArgumentException("input bar at " + timestamp + " is not after the previous one at "
                    + lastInput);
        }
        if (timestamp < closedUntil) {
            throw new IllegalArgumentException("input bar at " + timestamp + " is inside a bucket already closed (until "
                    + closedUntil + ")");
        }
        if (!input.isAligned(timestamp)) {
            throw new IllegalArgumentException("input bar at " + timestamp + " is not on the " + input + " grid");
        }
        if (!BarCheck.isValid(open, high, low, close, volume)) {
            throw new IllegalArgumentException("invalid input bar at " + timestamp + ": "
                    + BarCheck.problem(open, high, low, close, volume));
        }
        long start = target.bucketStart(timestamp);
        if (forming && start != bucketStart) {
            closeForming();
        }
        if (!forming) {
            forming = true;
            bucketStart = start;
            bucketEnd = start + target.millis();
            this.open = open;
            this.high = high;
            this.low = low;
            this.volume = volume;
            subBars = 1;
        } else {
            if (high > this.high) {
                this.high = high;
            }
            if (low < this.low) {
                this.low = low;
            }
            this.volume += volume;
            subBars++;
        }
        this.close = close;
        lastInput = timestamp;
        if (timestamp + input.millis() >= bucketEnd) {
            closeForming();
        }
    }

    /**
     * Tells the aggregator the time is {@code now} (epoch ms UTC): closes the forming bucket if
     * {@code now} is at or after its end. Input bars opening before that end are refused afterwards.
     */
    public void advanceTo(long now) {
        if (forming && now >= bucketEnd) {
            closeForming();
        }
    }

    /** End of the data: reports the forming bucket, if any, as it is (incomplete). */
    public void finish() {
        if (forming) {
            closeForming();
        }
    }

    private void closeForming() {
        forming = false;
        closedUntil = bucketEnd;
        closedBars++;
        boolean complete = subBars == barsPerBucket;
        if (complete) {
            completeBars++;
        }
        listener.onClosed(bucketStart, open, high, low, close, volume, subBars, complete);
    }

    @Override
    public String toString() {
        return "BarAggregator[" + input + " -> " + target + ", " + closedBars + " closed]";
    }
}
