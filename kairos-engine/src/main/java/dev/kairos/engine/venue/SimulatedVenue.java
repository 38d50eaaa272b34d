package dev.kairos.engine.venue;

import dev.kairos.model.ClientOrderId;
import dev.kairos.model.Instrument;
import dev.kairos.model.event.Command;
import dev.kairos.model.event.Event;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.order.Fill;
import dev.kairos.model.order.Order;
import dev.kairos.model.order.OrderEventType;
import dev.kairos.model.order.OrderSpec;
import dev.kairos.model.order.OrderStateMachine;
import dev.kairos.model.order.OrderStatus;
import dev.kairos.model.order.Side;
import dev.kairos.model.order.TimeInForce;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Matches orders against bars. The rules, chosen to be conservative (never kinder than the market
 * could have been):
 *
 * <ol>
 *   <li><b>Arrival.</b> An order decided at time d arrives at a = d + latency. It takes part in matching
 *       from the first bar whose close time is after a; decisions are made at a bar's close, so an order
 *       decided on bar t never fills before bar t+1. Fills are stamped max(a, bar open).</li>
 *   <li><b>Order within a bar.</b> Market orders first (at the bar's open), then stop orders, then limit
 *       orders. So when one bar touches both a stop and a take-profit of the same position, the stop
 *       fills first and the reduce-only target finds nothing left to close.</li>
 *   <li><b>Market</b> orders fill at the open of their first bar. We do not know prices inside a bar, so
 *       an order arriving after the open also gets the open.</li>
 *   <li><b>Stops</b> trigger when the bar's high (buy) or low (sell) reaches the trigger. A stop-market
 *       fills at the trigger, or at the open when the bar gapped through it (buy: max(open, trigger);
 *       sell: min(open, trigger)). A stop-limit then becomes a limit at its limit price; it fills at once
 *       only when that price is marketable, otherwise it rests from the next bar. Stops must be GTC.</li>
 *   <li><b>Limits</b> are marketable on arrival when the bar opens at or through them: they then take at
 *       the open (taker; post-only limits are rejected instead). Otherwise they rest and fill at their
 *       price (maker) only when a later bar trades strictly through it (low &lt; buy limit, high &gt; sell
 *       limit): a mere touch does not fill.</li>
 *   <li><b>Volume.</b> All our fills in one bar together take at most {@link FillModel#maxVolumeShare()}
 *       of its volume; the rest works on later bars. IOC cancels what its first bar could not fill; FOK
 *       fills completely in its first bar or not at all.</li>
 *   <li><b>Costs.</b> Taker fills pay slippage ({@link SlippageModel}) and taker fees; resting limit fills
 *       pay maker fees and no slippage. A taker limit's slipped price never passes its limit.</li>
 *   <li><b>Reduce-only</b> orders fill at most the open position and are cancelled when there is none (or
 *       it closed).</li>
 * </ol>
 *
 * <p>Single-threaded (engine thread).
 */
public final class SimulatedVenue implements ExecutionClient {
    private static final double EPS = 1e-9;

    private final VenueConfig config;
    private final Instrument[] instruments;
    private final PositionView positions;
    private final VenueListener listener;
    private final RandomGenerator random;
    private final List<List<Working>> working;
    private final Map<ClientOrderId, Working> byId = new HashMap<>();

    public SimulatedVenue(VenueConfig config, List<Instrument> instruments, PositionView positions,
                          VenueListener listener, RandomGenerator random) {
        this.config = config;
        this.instruments = instruments.toArray(Instrument[]::new);
        this.positions = positions;
        this.listener = listener;
        this.random = random;
        this.working = new ArrayList<>();
        for (int k = 0; k < this.instruments.length; k++) {
            working.add(new ArrayList<>());
        }
    }

    /** Accepts an order for routing; it arrives after the modelled latency. */
    @Override
    public void submit(Command.SubmitOrder cmd, int instrumentIndex) {
        Order o = cmd.order();
        if (!instruments[instrumentIndex].id().equals(o.instrument())) {
            throw new IllegalArgumentException("order " + o.id() + " is for " + o.instrument()
                    + ", not instrument #" + instrumentIndex);
        }
        if (byId.containsKey(o.id())) {
            throw new IllegalArgumentException("duplicate client order id " + o.id());
        }
        long arrival = cmd.timestamp() + config.latency().sample(random);
        Working w = new Working(o, instrumentIndex, cmd.decisionPrice(), cmd.timestamp(), arrival);
        working.get(instrumentIndex).add(w);
        byId.put(o.id(), w);
    }

    /** Cancels a working order; false when it is unknown or already finished. */
    @Override
    public boolean cancel(ClientOrderId id, long time, String reason) {
        Working w = byId.get(id);
        if (w == null || w.status.isTerminal()) {
            return false;
        }
        finish(w, OrderEventType.CANCEL, new Event.OrderCanceled(time, id, reason));
        working.get(w.instrument).remove(w);
        return true;
    }

    /** Cancels every working order of one instrument. */
    @Override
    public void cancelAll(int instrumentIndex, long time, String reason) {
        List<Working> list = working.get(instrumentIndex);
        for (Working w : List.copyOf(list)) {
            cancel(w.order.id(), time, reason);
        }
    }

    /** Changes the prices of a working order; the new spec must be of the same kind. */
    @Override
    public boolean modify(ClientOrderId id, OrderSpec spec, long time) {
        Working w = byId.get(id);
        if (w == null || w.status.isTerminal()) {
            return false;
        }
        if (w.spec.getClass() != spec.getClass()) {
            throw new IllegalArgumentException("cannot change " + id + " from " + w.spec.getClass().getSimpleName()
                    + " to " + spec.getClass().getSimpleName());
        }
        w.spec = spec;
        emit(new Event.OrderModified(time, id, spec), w.instrument);
        return true;
    }

    @Override
    public boolean hasOpenOrders(int instrumentIndex) {
        return !working.get(instrumentIndex).isEmpty();
    }

    public int openOrderCount() {
        int n = 0;
        for (List<Working> l : working) {
            n += l.size();
        }
        return n;
    }

    /** Status of an order this venue has seen. */
    public OrderStatus status(ClientOrderId id) {
        Working w = byId.get(id);
        if (w == null) {
            throw new IllegalArgumentException("unknown order " + id);
        }
        return w.status;
    }

    /** Matches the working orders of instrument {@code k} against its bar {@code i}. */
    @Override
    public void onBar(int k, BarSeries s, int i) {
        List<Working> list = working.get(k);
        if (list.isEmpty()) {
            return;
        }
        Bar bar = new Bar(s.timestamp(i), s.closeTime(i), s.open(i), s.high(i), s.low(i), s.volume(i),
                config.fill().capacity(s.volume(i)));
        for (int phase = 0; phase < 3; phase++) {
            for (int n = 0; n < list.size(); n++) {
                Working w = list.get(n);
                if (w.status.isTerminal() || w.arrival >= bar.close) {
                    continue;
                }
                if (w.status == OrderStatus.SUBMITTED && !accept(w, bar)) {
                    continue;
                }
                switch (phase) {
                    case 0 -> {
                        if (w.spec instanceof OrderSpec.Market
                                || (w.spec instanceof OrderSpec.StopMarket && w.triggered)) {
                            matchMarket(w, bar);
                        }
                    }
                    case 1 -> {
                        if (!w.triggered && (w.spec instanceof OrderSpec.StopMarket
                                || w.spec instanceof OrderSpec.StopLimit)) {
                            matchStop(w, bar);
                        }
                    }
                    default -> {
                        if (w.spec instanceof OrderSpec.Limit || (w.spec instanceof OrderSpec.StopLimit
                                && w.triggered && !w.triggeredThisBar(bar))) {
                            matchLimit(w, bar);
                        }
                    }
                }
            }
        }
        for (Working w : list) {
            if (!w.status.isTerminal() && w.arrival < bar.close) {
                w.seenBars++;
            }
        }
        list.removeIf(w -> w.status.isTerminal());
    }

    private boolean accept(Working w, Bar bar) {
        long t = Math.max(w.arrival, bar.open);
        Order o = w.order;
        Instrument ins = instruments[w.instrument];
        String reject = null;
        if ((w.spec instanceof OrderSpec.StopMarket || w.spec instanceof OrderSpec.StopLimit)
                && o.timeInForce() != TimeInForce.GTC) {
            reject = "stop orders must be GTC, got " + o.timeInForce();
        } else if (!ins.isLotAligned(o.quantity())) {
            reject = "quantity " + o.quantity() + " is not a multiple of lot size " + ins.lotSize();
        } else if (!o.reduceOnly() && o.quantity() * bar.openPrice < ins.minNotional()) {
            reject = "order value " + o.quantity() * bar.openPrice + " below min notional " + ins.minNotional();
        } else if (w.spec instanceof OrderSpec.Limit l && l.postOnly() && marketableAtOpen(o.side(), l.price(), bar)) {
            reject = "post-only limit " + l.price() + " would take liquidity at open " + bar.openPrice;
        }
        if (reject != null) {
            finish(w, OrderEventType.REJECT, new Event.OrderRejected(t, o.id(), reject));
            return false;
        }
        w.status = OrderStateMachine.apply(w.status, OrderEventType.ACCEPT).orThrow();
        emit(new Event.OrderAccepted(t, o.id()), w.instrument);
        return true;
    }

    private void matchMarket(Working w, Bar bar) {
        takeAt(w, bar, bar.openPrice, Double.NaN);
    }

    private void matchStop(Working w, Bar bar) {
        Side side = w.order.side();
        double trigger = w.spec instanceof OrderSpec.StopMarket sm ? sm.triggerPrice()
                : ((OrderSpec.StopLimit) w.spec).triggerPrice();
        boolean hit = side == Side.BUY ? bar.high >= trigger : bar.low <= trigger;
        if (!hit) {
            return;
        }
        long t = Math.max(w.arrival, bar.open);
        w.triggered = true;
        w.triggerBarOpen = bar.open;
        w.status = OrderStateMachine.apply(w.status, OrderEventType.TRIGGER).orThrow();
        emit(new Event.OrderTriggered(t, w.order.id()), w.instrument);
        // gap through the trigger: the first trade is the open, and that is where the stop fills
        double base = side == Side.BUY ? Math.max(bar.openPrice, trigger) : Math.min(bar.openPrice, trigger);
        if (w.spec instanceof OrderSpec.StopLimit sl) {
            boolean marketable = side == Side.BUY ? base <= sl.limitPrice() : base >= sl.limitPrice();
            if (marketable) {
                takeAt(w, bar, base, sl.limitPrice());
            }
        } else {
            takeAt(w, bar, base, Double.NaN);
        }
    }

    private void matchLimit(Working w, Bar bar) {
        Side side = w.order.side();
        double limit = w.spec instanceof OrderSpec.Limit l ? l.price() : ((OrderSpec.StopLimit) w.spec).limitPrice();
        boolean firstBar = w.seenBars == 0 && w.spec instanceof OrderSpec.Limit;
        TimeInForce tif = w.order.timeInForce();
        if (firstBar && marketableAtOpen(side, limit, bar)) {
            takeAt(w, bar, bar.openPrice, limit);
            return;
        }
        if (firstBar && tif != TimeInForce.GTC) {
            finish(w, OrderEventType.CANCEL, new Event.OrderCanceled(Math.max(w.arrival, bar.open), w.order.id(),
                    tif + " limit " + limit + " not marketable at open " + bar.openPrice));
            return;
        }
        boolean through = side == Side.BUY ? bar.low < limit : bar.high > limit;
        if (through) {
            fill(w, bar, limit, limit, true, 0.0);
        }
    }

    private static boolean marketableAtOpen(Side side, double limit, Bar bar) {
        return side == Side.BUY ? bar.openPrice <= limit : bar.openPrice >= limit;
    }

    /** A liquidity-taking fill at {@code base} (before slippage), never beyond {@code cap} when finite. */
    private void takeAt(Working w, Bar bar, double base, double cap) {
        double qty = fillableQuantity(w, bar);
        TimeInForce tif = w.order.timeInForce();
        boolean firstBar = w.seenBars == 0;
        long t = Math.max(w.arrival, bar.open);
        if (w.status.isTerminal()) {
            return;
        }
        if (firstBar && tif == TimeInForce.FOK && qty < remaining(w) - EPS) {
            finish(w, OrderEventType.CANCEL, new Event.OrderCanceled(t, w.order.id(),
                    "FOK: only " + qty + " of " + remaining(w) + " fillable in the first bar"));
            return;
        }
        if (qty > 0) {
            double bps = config.slippage().bps(qty, bar.volume);
            double price = base * (1 + w.order.side().sign() * bps / 10_000.0);
            if (Double.isFinite(cap)) {
                price = w.order.side() == Side.BUY ? Math.min(price, cap) : Math.max(price, cap);
            }
            fill(w, bar, price, base, false, qty);
        }
        if (!w.status.isTerminal() && firstBar && tif == TimeInForce.IOC) {
            finish(w, OrderEventType.CANCEL, new Event.OrderCanceled(t, w.order.id(),
                    "IOC: remainder " + remaining(w) + " unfilled in the first bar"));
        }
    }

    /** Quantity this order may fill now: remaining, capped by the bar's capacity and reduce-only. */
    private double fillableQuantity(Working w, Bar bar) {
        double qty = Math.min(remaining(w), bar.capacityLeft);
        if (w.order.reduceOnly()) {
            double pos = positions.positionQuantity(w.instrument);
            boolean reduces = w.order.side() == Side.BUY ? pos < 0 : pos > 0;
            if (!reduces) {
                finish(w, OrderEventType.CANCEL, new Event.OrderCanceled(Math.max(w.arrival, bar.open), w.order.id(),
                        "reduce-only: no position to reduce"));
                return 0.0;
            }
            qty = Math.min(qty, Math.abs(pos));
        }
        return instruments[w.instrument].floorToLot(qty);
    }

    /**
     * Fills {@code qty} (0 = as much as fillable, used by resting limits) at {@code price}.
     *
     * @param base the price before slippage
     */
    private void fill(Working w, Bar bar, double price, double base, boolean maker, double qty) {
        if (qty == 0.0) {
            qty = fillableQuantity(w, bar);
            if (qty <= 0) {
                return;
            }
        }
        Order o = w.order;
        long t = Math.max(w.arrival, bar.open);
        double notional = qty * price;
        double fee = config.fees().fee(notional, maker);
        double slipBps = o.side().sign() * (price - w.decisionPrice) / w.decisionPrice * 10_000.0;
        Fill f = new Fill(o.id(), o.instrument(), o.side(), qty, price, fee,
                maker ? Fill.Liquidity.MAKER : Fill.Liquidity.TAKER, t, w.decisionPrice, slipBps, t - w.decisionTime);
        w.filled += qty;
        bar.capacityLeft -= qty;
        double leaves = remaining(w);
        boolean done = leaves <= instruments[w.instrument].lotSize() * 0.5;
        w.status = OrderStateMachine.apply(w.status, done ? OrderEventType.FILL : OrderEventType.PARTIAL_FILL)
                .orThrow();
        emit(new Event.OrderFilled(t, f, w.status, w.filled, done ? 0.0 : leaves), w.instrument);
        if (!done && o.reduceOnly() && positions.positionQuantity(w.instrument) == 0.0) {
            finish(w, OrderEventType.CANCEL, new Event.OrderCanceled(t, o.id(), "reduce-only: position closed"));
        }
    }

    private static double remaining(Working w) {
        return w.order.quantity() - w.filled;
    }

    private void finish(Working w, OrderEventType type, Event event) {
        w.status = OrderStateMachine.apply(w.status, type).orThrow();
        emit(event, w.instrument);
    }

    private void emit(Event e, int k) {
        listener.onVenueEvent(e, k);
    }

    /** One bar as the matcher sees it, with the volume our fills may still take. */
    private static final class Bar {
        final long open;
        final long close;
        final double openPrice;
        final double high;
        final double low;
        final double volume;
        double capacityLeft;

        Bar(long open, long close, double openPrice, double high, double low, double volume, double capacity) {
            this.open = open;
            this.close = close;
            this.openPrice = openPrice;
            this.high = high;
            this.low = low;
            this.volume = volume;
            this.capacityLeft = capacity;
        }
    }

    /** An order's progress at the venue. */
    private static final class Working {
        final Order order;
        final int instrument;
        final double decisionPrice;
        final long decisionTime;
        final long arrival;
        OrderSpec spec;
        OrderStatus status = OrderStatus.SUBMITTED;
        double filled;
        boolean triggered;
        long triggerBarOpen = Long.MIN_VALUE;
        int seenBars;

        Working(Order order, int instrument, double decisionPrice, long decisionTime, long arrival) {
            this.order = order;
            this.instrument = instrument;
            this.decisionPrice = decisionPrice;
            this.decisionTime = decisionTime;
            this.arrival = arrival;
            this.spec = order.spec();
        }

        boolean triggeredThisBar(Bar bar) {
            return triggerBarOpen == bar.open;
        }
    }
}
