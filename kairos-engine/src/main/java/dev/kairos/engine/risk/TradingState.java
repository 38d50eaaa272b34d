package dev.kairos.engine.risk;

/** The kill switch. */
public enum TradingState {
    /** Normal trading. */
    ACTIVE,
    /** Only orders that reduce exposure pass. */
    REDUCING,
    /** Nothing new passes. */
    HALTED
}
