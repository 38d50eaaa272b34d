package dev.kairos.model;

/**
 * A tradable instrument with its venue constraints.
 *
 * @param tickSize    smallest price increment (quote currency), &gt; 0
 * @param lotSize     smallest quantity increment (base asset), &gt; 0
 * @param minNotional smallest order value price × quantity (quote currency), &gt;= 0
 */
public record Instrument(InstrumentId id, InstrumentKind kind, double tickSize, double lotSize, double minNotional) {
    public Instrument {
        if (id == null || kind == null) {
            throw new IllegalArgumentException("instrument id and kind are required");
        }
        if (!(tickSize > 0) || !Double.isFinite(tickSize)) {
            throw new IllegalArgumentException(id + ": tick size must be a positive number: " + tickSize);
        }
        if (!(lotSize > 0) || !Double.isFinite(lotSize)) {
            throw new IllegalArgumentException(id + ": lot size must be a positive number: " + lotSize);
        }
        if (!(minNotional >= 0) || !Double.isFinite(minNotional)) {
            throw new IllegalArgumentException(id + ": min notional must be >= 0: " + minNotional);
        }
    }

    /** A spot instrument with crypto-typical defaults: tick 0.01, lot 1e-8, min notional 1. */
    public static Instrument spot(String symbol) {
        return new Instrument(InstrumentId.of(symbol), InstrumentKind.SPOT, 0.01, 1e-8, 1.0);
    }

    /** Largest multiple of the lot size that is &lt;= {@code quantity} (never negative). */
    public double floorToLot(double quantity) {
        if (!(quantity > 0)) {
            return 0.0;
        }
        // the small epsilon absorbs binary representation error (0.3 / 0.1 = 2.9999999999999996)
        double lots = Math.floor(quantity / lotSize + 1e-9);
        return lots * lotSize;
    }

    /** Nearest multiple of the tick size. */
    public double roundToTick(double price) {
        return Math.rint(price / tickSize) * tickSize;
    }

    /**
     * True when {@code quantity} is a whole number of lots, within binary rounding: the tolerance grows
     * with the number of lots because a double carries ~16 significant digits (1.3e10 lots of 1e-8 are
     * only exact to ~1e-6 lots).
     */
    public boolean isLotAligned(double quantity) {
        double lots = quantity / lotSize;
        return Math.abs(lots - Math.rint(lots)) <= 1e-6 + Math.abs(lots) * 1e-12;
    }
}
