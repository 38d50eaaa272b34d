package dev.kairos.engine.risk;

import dev.kairos.model.Instrument;

/**
 * What checks may read about the account and the market, at decision time. Implemented by the engine.
 */
public interface RiskContext {

    TradingState tradingState();

    /** Account equity; may be NaN when unknown. */
    double equity();

    Instrument instrument();

    /** Last traded price of the order's instrument; NaN when unknown. */
    double lastPrice();

    /** Signed current position in the order's instrument. */
    double positionQuantity();
}
