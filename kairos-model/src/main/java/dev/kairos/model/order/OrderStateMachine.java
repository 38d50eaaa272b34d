package dev.kairos.model.order;

/**
 * The one order state machine: a total function (status, event) → {@link Transition}. Every pair is
 * defined; pairs that cannot happen are {@link Transition.Invalid} with a reason, never an exception.
 *
 * <pre>
 * INITIALIZED --DENY--> DENIED
 * INITIALIZED --SUBMIT--> SUBMITTED --ACCEPT--> ACCEPTED --TRIGGER--> TRIGGERED
 * SUBMITTED --REJECT--> REJECTED
 * SUBMITTED/ACCEPTED/TRIGGERED/PARTIALLY_FILLED --PARTIAL_FILL--> PARTIALLY_FILLED --FILL--> FILLED
 * SUBMITTED/ACCEPTED/TRIGGERED/PARTIALLY_FILLED --CANCEL--> CANCELED, --EXPIRE--> EXPIRED
 * </pre>
 *
 * A fill straight from SUBMITTED is allowed: venues may report a fill before (or instead of) the
 * acknowledgement. TRIGGER is only valid before any fill.
 */
public final class OrderStateMachine {
    private OrderStateMachine() {
    }

    public static Transition apply(OrderStatus from, OrderEventType event) {
        if (from.isTerminal()) {
            return new Transition.Invalid(from, event, "order is already " + from);
        }
        return switch (from) {
            case INITIALIZED -> switch (event) {
                case DENY -> valid(from, event, OrderStatus.DENIED);
                case SUBMIT -> valid(from, event, OrderStatus.SUBMITTED);
                case ACCEPT, REJECT, TRIGGER, PARTIAL_FILL, FILL, CANCEL, EXPIRE ->
                        invalid(from, event, "order has not been submitted");
            };
            case SUBMITTED -> switch (event) {
                case ACCEPT -> valid(from, event, OrderStatus.ACCEPTED);
                case REJECT -> valid(from, event, OrderStatus.REJECTED);
                case PARTIAL_FILL -> valid(from, event, OrderStatus.PARTIALLY_FILLED);
                case FILL -> valid(from, event, OrderStatus.FILLED);
                case CANCEL -> valid(from, event, OrderStatus.CANCELED);
                case EXPIRE -> valid(from, event, OrderStatus.EXPIRED);
                case TRIGGER -> invalid(from, event, "order is not yet working at the venue");
                case DENY -> invalid(from, event, "risk checks run before submission");
                case SUBMIT -> invalid(from, event, "order was already submitted");
            };
            case ACCEPTED -> switch (event) {
                case TRIGGER -> valid(from, event, OrderStatus.TRIGGERED);
                case PARTIAL_FILL -> valid(from, event, OrderStatus.PARTIALLY_FILLED);
                case FILL -> valid(from, event, OrderStatus.FILLED);
                case CANCEL -> valid(from, event, OrderStatus.CANCELED);
                case EXPIRE -> valid(from, event, OrderStatus.EXPIRED);
                case ACCEPT -> invalid(from, event, "order was already accepted");
                case REJECT -> invalid(from, event, "an accepted order cannot be rejected");
                case DENY -> invalid(from, event, "risk checks run before submission");
                case SUBMIT -> invalid(from, event, "order was already submitted");
            };
            case TRIGGERED -> switch (event) {
                case PARTIAL_FILL -> valid(from, event, OrderStatus.PARTIALLY_FILLED);
                case FILL -> valid(from, event, OrderStatus.FILLED);
                case CANCEL -> valid(from, event, OrderStatus.CANCELED);
                case EXPIRE -> valid(from, event, OrderStatus.EXPIRED);
                case TRIGGER -> invalid(from, event, "order was already triggered");
                case ACCEPT -> invalid(from, event, "order was already accepted");
                case REJECT -> invalid(from, event, "a working order cannot be rejected");
                case DENY -> invalid(from, event, "risk checks run before submission");
                case SUBMIT -> invalid(from, event, "order was already submitted");
            };
            case PARTIALLY_FILLED -> switch (event) {
                case PARTIAL_FILL -> valid(from, event, OrderStatus.PARTIALLY_FILLED);
                case FILL -> valid(from, event, OrderStatus.FILLED);
                case CANCEL -> valid(from, event, OrderStatus.CANCELED);
                case EXPIRE -> valid(from, event, OrderStatus.EXPIRED);
                case TRIGGER -> invalid(from, event, "a partly filled order cannot trigger again");
                case ACCEPT -> invalid(from, event, "order was already accepted");
                case REJECT -> invalid(from, event, "a partly filled order cannot be rejected");
                case DENY -> invalid(from, event, "risk checks run before submission");
                case SUBMIT -> invalid(from, event, "order was already submitted");
            };
            case DENIED, REJECTED, FILLED, CANCELED, EXPIRED ->
                    throw new AssertionError("terminal statuses are handled above: " + from);
        };
    }

    private static Transition valid(OrderStatus from, OrderEventType event, OrderStatus to) {
        return new Transition.Valid(from, event, to);
    }

    private static Transition invalid(OrderStatus from, OrderEventType event, String reason) {
        return new Transition.Invalid(from, event, reason);
    }
}
