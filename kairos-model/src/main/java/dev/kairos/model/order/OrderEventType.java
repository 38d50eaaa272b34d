package dev.kairos.model.order;

/** What can happen to an order; the inputs of {@link OrderStateMachine}. */
public enum OrderEventType {
    DENY,
    SUBMIT,
    ACCEPT,
    REJECT,
    TRIGGER,
    PARTIAL_FILL,
    FILL,
    CANCEL,
    EXPIRE
}
