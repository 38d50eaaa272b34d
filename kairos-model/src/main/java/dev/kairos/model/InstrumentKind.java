package dev.kairos.model;

/** What kind of contract an instrument is. */
public enum InstrumentKind {
    /** Spot pair: base asset quoted in the quote currency. */
    SPOT,
    /** Linear perpetual future: settles in the quote currency, pays or receives funding. */
    PERPETUAL
}
