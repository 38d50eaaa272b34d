package dev.kairos.model;

/** Identifies an instrument, e.g. {@code BTC-USD} or {@code XRP-USDT-PERP}. */
public record InstrumentId(String symbol) implements Comparable<InstrumentId> {
    public InstrumentId {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("instrument symbol must not be blank");
        }
        if (!symbol.matches("[A-Za-z0-9._:/-]+")) {
            throw new IllegalArgumentException("instrument symbol has illegal characters: '" + symbol + "'");
        }
    }

    public static InstrumentId of(String symbol) {
        return new InstrumentId(symbol);
    }

    @Override
    public int compareTo(InstrumentId o) {
        return symbol.compareTo(o.symbol);
    }

    @Override
    public String toString() {
        return symbol;
    }
}
