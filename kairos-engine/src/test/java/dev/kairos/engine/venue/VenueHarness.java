package dev.kairos.engine.venue;

import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.ClientOrderId;
import dev.kairos.model.Instrument;
import dev.kairos.model.StrategyId;
import dev.kairos.model.event.Command;
import dev.kairos.model.event.Event;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.order.Fill;
import dev.kairos.model.order.Order;
import dev.kairos.model.order.OrderList;
import dev.kairos.model.order.OrderSpec;
import dev.kairos.model.order.Side;
import dev.kairos.model.order.TimeInForce;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Drives one {@link SimulatedVenue} over a hand-built series of one instrument, records its events and
 * keeps the position the way the engine does (fills applied synchronously, before the venue goes on).
 */
final class VenueHarness implements VenueListener, PositionView {
    static final Instrument INSTRUMENT = Bars.instrument("TST-USD");
    static final StrategyId STRATEGY = new StrategyId("test");

    final List<Event> events = new ArrayList<>();
    final SimulatedVenue venue;
    final BarSeries series;
    double position;
    private long seq;

    VenueHarness(VenueConfig config, BarSeries series) {
        this.series = series;
        this.venue = new SimulatedVenue(config, List.of(INSTRUMENT), this, this, new SplittableRandom(42));
    }

    static VenueConfig config(double makerBps, double takerBps, double fixedSlipBps, double slipPerShare,
                              long latencyMs, double maxVolumeShare) {
        return new VenueConfig(new FeeModel(makerBps, takerBps), new SlippageModel(fixedSlipBps, slipPerShare),
                new LatencyModel(latencyMs, 0), new FillModel(maxVolumeShare));
    }

    @Override
    public void onVenueEvent(Event event, int instrumentIndex) {
        if (instrumentIndex != 0) {
            throw new AssertionError("unexpected instrument " + instrumentIndex);
        }
        events.add(event);
        if (event instanceof Event.OrderFilled f) {
            position += f.fill().side().sign() * f.fill().quantity();
        }
    }

    @Override
    public double positionQuantity(int instrumentIndex) {
        return position;
    }

    Order order(Side side, double qty, OrderSpec spec, TimeInForce tif, boolean reduceOnly, long decisionTime) {
        return new Order(ClientOrderId.sequence(++seq), INSTRUMENT.id(), STRATEGY, side, qty, spec, tif, reduceOnly,
                decisionTime);
    }

    /** Sends an order decided at the close of bar {@code decisionBar}, at that bar's close price. */
    Order submitAtCloseOf(int decisionBar, Side side, double qty, OrderSpec spec, TimeInForce tif,
                          boolean reduceOnly) {
        long t = series.closeTime(decisionBar);
        Order o = order(side, qty, spec, tif, reduceOnly, t);
        venue.submit(new Command.SubmitOrder(t, o, series.close(decisionBar)), 0);
        return o;
    }

    /** Sends linked orders decided at the close of bar {@code decisionBar}, at that bar's close price. */
    void submitListAtCloseOf(int decisionBar, OrderList list) {
        venue.submitList(new Command.SubmitOrderList(series.closeTime(decisionBar), list, series.close(decisionBar)),
                0);
    }

    /** An order decided at the close of bar {@code decisionBar} (not sent). */
    Order orderAtCloseOf(int decisionBar, Side side, double qty, OrderSpec spec, boolean reduceOnly) {
        return order(side, qty, spec, TimeInForce.GTC, reduceOnly, series.closeTime(decisionBar));
    }

    Order market(int decisionBar, Side side, double qty) {
        return submitAtCloseOf(decisionBar, side, qty, new OrderSpec.Market(), TimeInForce.GTC, false);
    }

    /** Matches bar {@code i}; returns the events it produced. */
    List<Event> bar(int i) {
        int from = events.size();
        venue.onBar(0, series, i);
        return List.copyOf(events.subList(from, events.size()));
    }

    List<Fill> fills() {
        return events.stream().filter(e -> e instanceof Event.OrderFilled).map(e -> ((Event.OrderFilled) e).fill())
                .toList();
    }
}
