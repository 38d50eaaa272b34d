package dev.kairos.engine.sizing;

import dev.kairos.model.Instrument;
import dev.kairos.model.event.Signal;

/** Turns a signal into a target position size. */
public interface SizingPolicy {

    /**
     * The absolute target position quantity (base asset, lot-aligned, &gt;= 0) for {@code signal}.
     *
     * @param price  decision price
     * @param equity account equity at decision time
     */
    double targetQuantity(Signal signal, Instrument instrument, double price, double equity);
}
