package dev.kairos.engine.risk;

import dev.kairos.model.Instrument;
import dev.kairos.model.order.Order;

/**
 * What checks may read about the account and the market at decision time, for the order's instrument
 * (implemented by the engine). Every method is O(1) or O(instruments) and allocation-free. Unknown values
 * are NaN (doubles) or {@link Long#MIN_VALUE} (times): checks deny on them (fail closed).
 *
 * <p>Exposure counts working orders: see {@link Exposure} for the worst-case rule.
 */
public interface RiskContext {

    TradingState tradingState();

    /** Why the trading state is what it is (empty when ACTIVE). */
    String tradingStateReason();

    /** Account equity; may be NaN when unknown. */
    double equity();

    Instrument instrument();

    /** Last traded price of the order's instrument; NaN when unknown. */
    double lastPrice();

    /** Signed current position in the order's instrument. */
    double positionQuantity();

    /** Decision time, epoch ms UTC (engine clock). */
    long now();

    /** The price the order was decided at (for a market order, what it expects to pay); NaN when unknown. */
    double decisionPrice();

    /** Quantity of the instrument's working (sent, not yet done) buy orders. */
    double workingBuyQuantity();

    /** Quantity of the instrument's working sell orders. */
    double workingSellQuantity();

    /** Σ over instruments of their worst-case exposure (quote currency, ≥ 0) before this order. */
    double grossExposure();

    /** Σ over instruments of (position + working buys) × last price: the net exposure if every buy fills. */
    double netLongExposure();

    /** Σ over instruments of (position − working sells) × last price: the net exposure if every sell fills. */
    double netShortExposure();

    /** Instruments with a non-zero worst-case exposure. */
    int openPositions();

    /** Unrealised PnL of all positions at the last prices. */
    double unrealizedPnl();

    /** Highest equity seen at a bar close so far; NaN before the first bar. */
    double peakEquity();

    /** Equity at the start of the current UTC day; NaN before the first bar. */
    double dayStartEquity();

    /** Whether the daily loss cap was reached earlier in the current UTC day (it then holds all day). */
    boolean dailyLossCapReached();

    /** New exposure on the order's instrument is refused until this time (inclusive); Long.MIN_VALUE: none. */
    long cooldownUntil();

    /** Close time of the instrument's last bar; Long.MIN_VALUE before its first bar. */
    long lastBarCloseTime();

    /** The instrument's bar interval in ms; 0 before its first bar. */
    long barIntervalMs();

    /**
     * Writes to {@code out} the one-bar returns (fractions of equity) the portfolio would have had over the most
     * recent bars if it had held its worst-case exposures after this order, oldest first, and returns how many;
     * 0 when they are unknown (an exposed instrument without enough bars, equity not positive).
     */
    int scenarioReturns(Order order, double[] out);

    /** The health monitor's overall score, 0..100; NaN while not scored. */
    double healthScore();
}
