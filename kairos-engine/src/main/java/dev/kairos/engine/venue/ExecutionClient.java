package dev.kairos.engine.venue;

import dev.kairos.model.ClientOrderId;
import dev.kairos.model.event.Command;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.order.OrderSpec;

/**
 * Where the engine sends orders: the {@link SimulatedVenue} in backtest and paper modes, a venue adapter
 * live. Events come back through a {@link VenueListener}.
 */
public interface ExecutionClient {

    void submit(Command.SubmitOrder command, int instrumentIndex);

    /** Sends linked orders (OCO, bracket) with the contingency rules of {@link SimulatedVenue}. */
    void submitList(Command.SubmitOrderList command, int instrumentIndex);

    boolean cancel(ClientOrderId id, long time, String reason);

    void cancelAll(int instrumentIndex, long time, String reason);

    boolean modify(ClientOrderId id, OrderSpec spec, long time);

    boolean hasOpenOrders(int instrumentIndex);

    /** A bar of instrument k closed: a simulated venue matches its resting orders; a live one ignores it. */
    void onBar(int instrumentIndex, BarSeries series, int index);
}
