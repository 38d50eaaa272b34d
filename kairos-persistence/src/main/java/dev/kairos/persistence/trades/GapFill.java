package dev.kairos.persistence.trades;

/** What candles from trades do about buckets without trades. */
public enum GapFill {
    /** Buckets without trades have no bar: the series keeps its gaps. */
    NONE,
    /**
     * Between the first and the last bucket with trades, each bucket without trades gets a bar with
     * open = high = low = close = the previous close and volume 0 (as freqtrade and many exchanges do).
     * Nothing is added before the first or after the last trade.
     */
    FORWARD_FILL
}
