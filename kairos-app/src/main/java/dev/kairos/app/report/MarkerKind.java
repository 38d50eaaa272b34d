package dev.kairos.app.report;

/** What a price-chart marker shows. */
public enum MarkerKind {
    /** A long position was opened. */
    ENTRY_LONG,
    /** A short position was opened. */
    ENTRY_SHORT,
    /** A position was closed, in full or in part. */
    EXIT
}
