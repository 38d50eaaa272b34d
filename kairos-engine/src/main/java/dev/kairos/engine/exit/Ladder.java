package dev.kairos.engine.exit;

import dev.kairos.model.Instrument;

/** Splits a position into take-profit legs. */
public final class Ladder {
    private Ladder() {
    }

    /**
     * Splits {@code quantity} into {@code legs} lot-aligned parts: leg {@code j} gets {@code shares[j]} of it
     * (relative to the sum of the first {@code legs} shares) rounded down to the lot, the last leg the rest.
     * The parts are never negative and add up to {@code quantity} rounded down to the lot. Allocation-free.
     *
     * @param out receives the parts in its first {@code legs} entries
     */
    public static void split(double quantity, double[] shares, int legs, Instrument instrument, double[] out) {
        if (legs < 1 || legs > shares.length || legs > out.length) {
            throw new IllegalArgumentException("legs must be 1.." + Math.min(shares.length, out.length) + ", got "
                    + legs);
        }
        double total = 0;
        for (int j = 0; j < legs; j++) {
            if (!(shares[j] > 0)) {
                throw new IllegalArgumentException("share of leg " + j + " must be positive, got " + shares[j]);
            }
            total += shares[j];
        }
        double whole = instrument.floorToLot(quantity);
        double lots = Math.rint(whole / instrument.lotSize());
        long given = 0;
        for (int j = 0; j < legs - 1; j++) {
            long part = (long) Math.floor(lots * shares[j] / total + 1e-9);
            part = Math.min(part, (long) lots - given);
            out[j] = part * instrument.lotSize();
            given += part;
        }
        out[legs - 1] = ((long) lots - given) * instrument.lotSize();
    }
}
