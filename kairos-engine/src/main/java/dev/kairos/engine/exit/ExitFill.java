package dev.kairos.engine.exit;

import dev.kairos.model.InstrumentId;

/**
 * A fill that closed (part of) a position.
 *
 * @param time     fill time, epoch ms UTC
 * @param price    fill price, quote currency
 * @param quantity the quantity it closed, base asset, &gt; 0
 * @param reason   why: an {@link ExitReason} label, or another order purpose
 */
public record ExitFill(InstrumentId instrument, long time, double price, double quantity, String reason) {
    public ExitFill {
        if (instrument == null || reason == null) {
            throw new IllegalArgumentException("exit fill instrument and reason must not be null");
        }
        if (!(quantity > 0)) {
            throw new IllegalArgumentException("exit fill quantity must be positive, got " + quantity);
        }
    }
}
