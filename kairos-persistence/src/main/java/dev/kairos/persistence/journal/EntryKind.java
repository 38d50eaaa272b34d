package dev.kairos.persistence.journal;

import java.util.Locale;
import java.util.Optional;

/**
 * The kind of a journal entry, stored in column {@code kind} as its snake_case {@link #label()}: the run
 * manifest, then one kind per {@link dev.kairos.model.event.Event} type.
 */
public enum EntryKind {
    /** The run manifest; always the first entry. */
    RUN,
    SIGNAL,
    ORDER_DENIED,
    ORDER_SUBMITTED,
    ORDER_ACCEPTED,
    ORDER_REJECTED,
    ORDER_TRIGGERED,
    ORDER_FILLED,
    ORDER_CANCELED,
    ORDER_EXPIRED,
    ORDER_MODIFIED,
    POSITION_CHANGED,
    FUNDING_APPLIED,
    EQUITY_SAMPLE,
    REGIME_UPDATE,
    RISK_CHECKED,
    HEALTH_UPDATE,
    EXIT_ALERT;

    private final String label = name().toLowerCase(Locale.ROOT);

    /** The text stored in column {@code kind}, e.g. {@code order_filled}. */
    public String label() {
        return label;
    }

    /** The kind whose label is {@code label}, or empty when no kind has it. */
    public static Optional<EntryKind> fromLabel(String label) {
        for (EntryKind kind : values()) {
            if (kind.label.equals(label)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
