package dev.kairos.model.order;

/** The outcome of applying an order event to a status: a new status, or a typed refusal. */
public sealed interface Transition {

    record Valid(OrderStatus from, OrderEventType event, OrderStatus to) implements Transition {
    }

    record Invalid(OrderStatus from, OrderEventType event, String reason) implements Transition {
        /** A one-line description for errors and logs. */
        public String message() {
            return "invalid order transition: " + event + " in status " + from + " (" + reason + ")";
        }
    }

    default boolean isValid() {
        return this instanceof Valid;
    }

    /** The new status; throws {@link IllegalStateException} with the reason when the transition is invalid. */
    default OrderStatus orThrow() {
        return switch (this) {
            case Valid v -> v.to();
            case Invalid i -> throw new IllegalStateException(i.message());
        };
    }
}
