package dev.kairos.model.portfolio;

import dev.kairos.model.InstrumentId;

/** An immutable view of a position at a mark price. */
public record PositionSnapshot(InstrumentId instrument, double quantity, double averagePrice, double realizedPnl,
                               double unrealizedPnl, double markPrice) {
}
