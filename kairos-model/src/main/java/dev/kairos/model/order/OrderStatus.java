package dev.kairos.model.order;

/** Where an order is in its life. */
public enum OrderStatus {
    /** Created by the engine, not yet through risk and not yet sent. */
    INITIALIZED(false),
    /** Refused by a pre-trade risk check; never sent. Terminal. */
    DENIED(true),
    /** Sent to the venue, not yet acknowledged (in flight for the modelled latency). */
    SUBMITTED(false),
    /** Working at the venue. */
    ACCEPTED(false),
    /** Refused by the venue (e.g. post-only would take, below min notional). Terminal. */
    REJECTED(true),
    /** A stop order whose trigger was hit; now working as market or limit. */
    TRIGGERED(false),
    /** Some quantity filled, the rest still working. */
    PARTIALLY_FILLED(false),
    /** Fully filled. Terminal. */
    FILLED(true),
    /** Cancelled by the user, by IOC/FOK rules or by reduce-only. Terminal. */
    CANCELED(true),
    /** Reached its expiry. Terminal. */
    EXPIRED(true);

    private final boolean terminal;

    OrderStatus(boolean terminal) {
        this.terminal = terminal;
    }

    public boolean isTerminal() {
        return terminal;
    }

    /** Working at the venue: can still fill. */
    public boolean isOpen() {
        return this == ACCEPTED || this == TRIGGERED || this == PARTIALLY_FILLED;
    }
}
