package dev.kairos.model.market;

/**
 * Receives the higher-timeframe bars a {@link BarAggregator} closes, as primitives (nothing is allocated
 * per bar). Called on the aggregator's thread, in time order, once per bucket.
 */
@FunctionalInterface
public interface ClosedBarListener {

    /**
     * One closed bar: no input bar will ever change it again.
     *
     * @param timestamp open time of the bucket, epoch ms UTC
     * @param subBars   input bars folded into it (at least one)
     * @param complete  whether every input bar of the bucket was present ({@code subBars} equals
     *                  {@link BarAggregator#barsPerBucket()}); a bucket with missing input bars (a gap in the
     *                  data) still closes, as incomplete
     */
    void onClosed(long timestamp, double open, double high, double low, double close, double volume, int subBars,
                  boolean complete);
}
