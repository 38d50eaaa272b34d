package dev.kairos.app.report;

/** The direction of a round-trip trade in the report's trade list. */
public enum TradeSide {
    /** Bought first, sold to close. */
    LONG,
    /** Sold first, bought to close. */
    SHORT
}
