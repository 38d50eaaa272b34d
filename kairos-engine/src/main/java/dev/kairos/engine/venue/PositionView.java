package dev.kairos.engine.venue;

/** The venue's read-only view of positions, for reduce-only orders. */
public interface PositionView {
    /** Signed position quantity of instrument {@code index}. */
    double positionQuantity(int instrumentIndex);
}
