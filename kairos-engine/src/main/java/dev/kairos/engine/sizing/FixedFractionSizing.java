package dev.kairos.engine.sizing;

import dev.kairos.model.Instrument;
import dev.kairos.model.event.Signal;

/**
 * Puts {@code fraction} of equity, shared equally among {@code instruments}, into each position:
 * quantity = equity × fraction / instruments / price, rounded down to the lot. Ignores confidence.
 */
public final class FixedFractionSizing implements SizingPolicy {
    private final double fraction;
    private final int instruments;

    public FixedFractionSizing(double fraction, int instruments) {
        if (!(fraction > 0) || fraction > 10) {
            throw new IllegalArgumentException("sizing fraction must be in (0, 10]: " + fraction);
        }
        if (instruments < 1) {
            throw new IllegalArgumentException("instrument count must be >= 1: " + instruments);
        }
        this.fraction = fraction;
        this.instruments = instruments;
    }

    @Override
    public double targetQuantity(Signal signal, Instrument instrument, double price, double equity) {
        if (!(price > 0) || !(equity > 0)) {
            return 0.0;
        }
        return instrument.floorToLot(equity * fraction / instruments / price);
    }
}
