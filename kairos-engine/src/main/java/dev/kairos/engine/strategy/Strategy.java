package dev.kairos.engine.strategy;

import dev.kairos.model.market.BarSeries;

/** Decides, per bar of its instrument, which way to be. One instance per instrument and run. */
public interface Strategy {

    /**
     * Called at the close of bar {@code index}. Must not read bars after {@code index}. Update indicators
     * in O(1) without allocating; allocate only when emitting a signal.
     */
    void onBar(BarSeries series, int index, StrategyContext context);
}
