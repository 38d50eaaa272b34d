package dev.kairos.model.order;

/** How long an order stays working. */
public enum TimeInForce {
    /** Good till cancelled. */
    GTC,
    /** Immediate or cancel: fill what can be filled on arrival, cancel the rest. */
    IOC,
    /** Fill or kill: fill the whole quantity on arrival or nothing. */
    FOK
}
