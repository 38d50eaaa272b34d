package dev.kairos.engine.venue;

import dev.kairos.model.ClientOrderId;
import dev.kairos.model.Instrument;
import dev.kairos.model.event.Command;
import dev.kairos.model.event.Event;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.order.Fill;
import dev.kairos.model.order.Order;
import dev.kairos.model.order.OrderEventType;
import dev.kairos.model.order.OrderList;
import dev.kairos.model.order.OrderSpec;
import dev.kairos.model.order.OrderStateMachine;
import dev.kairos.model.order.OrderStatus;
import dev.kairos.model.order.Side;
import dev.kairos.model.order.TimeInForce;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
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
 *   <li><b>Trailing stops</b> trigger like stop-markets at their current stop. The stop starts at the trail
 *       from the decision price and, after each bar the order worked in, follows that bar's high (sell) or
 *       low (buy) if that tightens it; it never loosens, not even when the trail is modified. A bar is
 *       matched against the stop left by the bars before it.</li>
 *   <li><b>OCO</b> ({@link OrderList.Oco}): the first fill or trigger of either order cancels the other at
 *       once, so within a bar a triggered stop cancels its sibling limit before limits are matched. When
 *       either ends unfilled (cancelled, rejected), the other is cancelled too.</li>
 *   <li><b>Brackets</b> ({@link OrderList.Bracket}): the exits wait, unaccepted, until the entry fills, and
 *       may then fill at most their share of the entry's filled quantity (growing with later entry fills).
 *       The stop protects from the entry's fill on, in that same bar (checked at once when the entry filled
 *       after the bar's stop pass); the take-profits work from the next bar, since a bar does not tell whether
 *       its high came after the fill. A stop trigger or fill cancels the take-profits and any unfilled entry;
 *       an entry that ends unfilled cancels the exits; once the take-profits have closed all the entry filled
 *       (and the entry is done) the stop is cancelled; exits capped by a partly filled entry that ended are
 *       cancelled when they reach their cap.</li>
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
    /** Matching phase in progress (0 market, 1 stops, 2 limits), -1 outside {@link #onBar}. */
    private int phase = -1;

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
        requireNew(cmd.order(), instrumentIndex);
        long arrival = cmd.timestamp() + config.latency().sample(random);
        add(cmd.order(), instrumentIndex, cmd.decisionPrice(), cmd.timestamp(), arrival);
    }

    /**
     * Accepts linked orders for routing; they travel together (one latency sample). An OCO's two orders then
     * work like single orders; a bracket's exits wait for the entry's first fill.
     */
    @Override
    public void submitList(Command.SubmitOrderList cmd, int instrumentIndex) {
        List<Order> orders = cmd.list().orders();
        for (Order o : orders) {
            requireNew(o, instrumentIndex);
        }
        long arrival = cmd.timestamp() + config.latency().sample(random);
        switch (cmd.list()) {
            case OrderList.Oco oco -> {
                OcoLink link = new OcoLink();
                link.first = add(oco.first(), instrumentIndex, cmd.decisionPrice(), cmd.timestamp(), arrival);
                link.second = add(oco.second(), instrumentIndex, cmd.decisionPrice(), cmd.timestamp(), arrival);
                link.first.link = link;
                link.second.link = link;
            }
            case OrderList.Bracket b -> {
                BracketLink link = new BracketLink();
                link.entry = add(b.entry(), instrumentIndex, cmd.decisionPrice(), cmd.timestamp(), arrival);
                link.stop = add(b.stop(), instrumentIndex, cmd.decisionPrice(), cmd.timestamp(), arrival);
                link.takeProfits = new Working[b.takeProfits().size()];
                for (int j = 0; j < link.takeProfits.length; j++) {
                    link.takeProfits[j] = add(b.takeProfits().get(j), instrumentIndex, cmd.decisionPrice(),
                            cmd.timestamp(), arrival);
                }
                link.entry.link = link;
                link.stop.link = link;
                link.stop.active = false;
                link.stop.cap = 0.0;
                for (Working tp : link.takeProfits) {
                    tp.link = link;
                    tp.active = false;
                    tp.cap = 0.0;
                }
            }
        }
    }

    private void requireNew(Order o, int instrumentIndex) {
        if (!instruments[instrumentIndex].id().equals(o.instrument())) {
            throw new IllegalArgumentException("order " + o.id() + " is for " + o.instrument()
                    + ", not instrument #" + instrumentIndex);
        }
        if (byId.containsKey(o.id())) {
            throw new IllegalArgumentException("duplicate client order id " + o.id());
        }
    }

    private Working add(Order o, int instrumentIndex, double decisionPrice, long decisionTime, long arrival) {
        Working w = new Working(o, instrumentIndex, decisionPrice, decisionTime, arrival);
        working.get(instrumentIndex).add(w);
        byId.put(o.id(), w);
        return w;
    }

    /** Cancels a working order; false when it is unknown or already finished. */
    @Override
    public boolean cancel(ClientOrderId id, long time, String reason) {
        Working w = byId.get(id);
        if (w == null || w.status.isTerminal()) {
            return false;
        }
        finish(w, OrderEventType.CANCEL, new Event.OrderCanceled(time, id, reason));
        if (phase < 0) {
            // (linked orders may have ended with it); during matching the loop skips finished orders and
            // removes them at the end of the bar
            working.get(w.instrument).removeIf(x -> x.status.isTerminal());
        }
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
        if (spec instanceof OrderSpec.TrailingStop ts && !Double.isNaN(w.trailStop)) {
            // a new trail moves the stop only if that tightens it
            w.trailStop = tighter(w.order.side(), w.trailStop, ts.stopFor(w.order.side(), w.best));
        }
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

    /**
     * The current stop price of a working trailing stop: empty when the order is unknown, not a trailing stop,
     * finished, triggered or not yet accepted.
     */
    public OptionalDouble trailingStopPrice(ClientOrderId id) {
        Working w = byId.get(id);
        if (w == null || w.status.isTerminal() || w.triggered || Double.isNaN(w.trailStop)
                || !(w.spec instanceof OrderSpec.TrailingStop)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(w.trailStop);
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
        try {
            for (phase = 0; phase < 3; phase++) {
                for (int n = 0; n < list.size(); n++) {
                    Working w = list.get(n);
                    if (w.status.isTerminal() || !w.active || w.arrival >= bar.close) {
                        continue;
                    }
                    if (w.status == OrderStatus.SUBMITTED && !accept(w, bar)) {
                        continue;
                    }
                    switch (phase) {
                        case 0 -> {
                            if (w.spec instanceof OrderSpec.Market || (w.triggered && isStopMarketLike(w.spec))) {
                                matchMarket(w, bar);
                            }
                        }
                        case 1 -> {
                            if (!w.triggered && isStop(w.spec)) {
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
        } finally {
            phase = -1;
        }
        for (Working w : list) {
            if (!w.status.isTerminal() && w.active && w.arrival < bar.close) {
                w.seenBars++;
                if (!w.triggered && !Double.isNaN(w.trailStop) && w.spec instanceof OrderSpec.TrailingStop ts) {
                    // ratchet with the bar just matched: it takes effect from the next bar
                    Side side = w.order.side();
                    w.best = side == Side.SELL ? Math.max(w.best, bar.high) : Math.min(w.best, bar.low);
                    w.trailStop = tighter(side, w.trailStop, ts.stopFor(side, w.best));
                }
            }
        }
        list.removeIf(w -> w.status.isTerminal());
    }

    private static boolean isStop(OrderSpec spec) {
        return spec instanceof OrderSpec.StopMarket || spec instanceof OrderSpec.StopLimit
                || spec instanceof OrderSpec.TrailingStop;
    }

    /** Stops that become market orders when triggered. */
    private static boolean isStopMarketLike(OrderSpec spec) {
        return spec instanceof OrderSpec.StopMarket || spec instanceof OrderSpec.TrailingStop;
    }

    /** The tighter of two stops of an order on {@code side}: the higher for a sell, the lower for a buy. */
    private static double tighter(Side side, double a, double b) {
        return side == Side.SELL ? Math.max(a, b) : Math.min(a, b);
    }

    private boolean accept(Working w, Bar bar) {
        long t = Math.max(w.arrival, bar.open);
        Order o = w.order;
        Instrument ins = instruments[w.instrument];
        String reject = null;
        if (isStop(w.spec) && o.timeInForce() != TimeInForce.GTC) {
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
        if (w.spec instanceof OrderSpec.TrailingStop ts) {
            w.trailStop = ts.stopFor(o.side(), w.best);
        }
        emit(new Event.OrderAccepted(t, o.id()), w.instrument);
        return true;
    }

    private void matchMarket(Working w, Bar bar) {
        takeAt(w, bar, bar.openPrice, Double.NaN);
    }

    private void matchStop(Working w, Bar bar) {
        Side side = w.order.side();
        double trigger = switch (w.spec) {
            case OrderSpec.StopMarket sm -> sm.triggerPrice();
            case OrderSpec.StopLimit sl -> sl.triggerPrice();
            case OrderSpec.TrailingStop ts -> w.trailStop;
            case OrderSpec.Market m -> throw new IllegalStateException("not a stop: " + w.order.id());
            case OrderSpec.Limit l -> throw new IllegalStateException("not a stop: " + w.order.id());
        };
        boolean hit = side == Side.BUY ? bar.high >= trigger : bar.low <= trigger;
        if (!hit) {
            return;
        }
        long t = Math.max(w.arrival, bar.open);
        w.triggered = true;
        w.triggerBarOpen = bar.open;
        w.status = OrderStateMachine.apply(w.status, OrderEventType.TRIGGER).orThrow();
        emit(new Event.OrderTriggered(t, w.order.id()), w.instrument);
        afterTrigger(w, t);
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
        double leaves = w.order.quantity() - w.filled;
        boolean done = leaves <= instruments[w.instrument].lotSize() * 0.5;
        w.status = OrderStateMachine.apply(w.status, done ? OrderEventType.FILL : OrderEventType.PARTIAL_FILL)
                .orThrow();
        emit(new Event.OrderFilled(t, f, w.status, w.filled, done ? 0.0 : leaves), w.instrument);
        if (!done && o.reduceOnly() && positions.positionQuantity(w.instrument) == 0.0) {
            finish(w, OrderEventType.CANCEL, new Event.OrderCanceled(t, o.id(), "reduce-only: position closed"));
        }
        afterFill(w, bar, t, price);
    }

    /** What the order may still fill: its quantity (or its cap, for bracket exits) less what it filled. */
    private static double remaining(Working w) {
        return Math.min(w.order.quantity(), w.cap) - w.filled;
    }

    private void finish(Working w, OrderEventType type, Event event) {
        w.status = OrderStateMachine.apply(w.status, type).orThrow();
        emit(event, w.instrument);
        if (type != OrderEventType.FILL && type != OrderEventType.PARTIAL_FILL) {
            afterEnd(w, event.timestamp());
        }
    }

    private void cancelLinked(Working w, long time, String reason) {
        if (!w.status.isTerminal()) {
            finish(w, OrderEventType.CANCEL, new Event.OrderCanceled(time, w.order.id(), reason));
        }
    }

    // ---------------------------------------------------------------- contingencies

    private void afterTrigger(Working w, long t) {
        switch (w.link) {
            case NoLink n -> { }
            case OcoLink oco -> resolve(oco, w, t, "triggered");
            case BracketLink b -> {
                if (w == b.stop) {
                    stopFired(b, t);
                }
            }
        }
    }

    private void afterFill(Working w, Bar bar, long t, double price) {
        switch (w.link) {
            case NoLink n -> { }
            case OcoLink oco -> resolve(oco, w, t, "filled");
            case BracketLink b -> {
                if (w == b.entry) {
                    entryFilled(b, bar, t, price);
                } else if (w == b.stop) {
                    stopFired(b, t);
                } else {
                    closeFinishedExits(b, t);
                }
            }
        }
    }

    private void afterEnd(Working w, long t) {
        switch (w.link) {
            case NoLink n -> { }
            case OcoLink oco -> resolve(oco, w, t, "ended as " + w.status);
            case BracketLink b -> {
                if (w == b.entry) {
                    if (b.entry.filled <= 0) {
                        String why = "bracket: entry " + w.order.id() + " ended unfilled (" + w.status + ")";
                        cancelLinked(b.stop, t, why);
                        for (Working tp : b.takeProfits) {
                            cancelLinked(tp, t, why);
                        }
                    } else {
                        closeFinishedExits(b, t);
                    }
                }
            }
        }
    }

    /** The first fill, trigger or unfilled end of an OCO order cancels its sibling; later ones change nothing. */
    private void resolve(OcoLink oco, Working w, long t, String what) {
        if (oco.resolved) {
            return;
        }
        oco.resolved = true;
        cancelLinked(w == oco.first ? oco.second : oco.first, t, "OCO: " + w.order.id() + " " + what);
    }

    private void entryFilled(BracketLink b, Bar bar, long t, double price) {
        Instrument ins = instruments[b.entry.instrument];
        double filled = b.entry.filled;
        boolean complete = b.entry.status == OrderStatus.FILLED;
        double entryQty = b.entry.order.quantity();
        b.stop.cap = complete ? Double.POSITIVE_INFINITY : filled;
        double given = 0;
        int last = b.takeProfits.length - 1;
        for (int j = 0; j <= last; j++) {
            Working tp = b.takeProfits[j];
            if (complete) {
                tp.cap = Double.POSITIVE_INFINITY;
            } else if (j < last) {
                tp.cap = ins.floorToLot(filled * tp.order.quantity() / entryQty);
                given += tp.cap;
            } else {
                tp.cap = ins.floorToLot(filled - given);
            }
        }
        if (b.stop.active) {
            closeFinishedExits(b, t);
            return;
        }
        // first fill: the exits go to work
        b.stop.active = true;
        b.stop.arrival = t;
        if (b.stop.spec instanceof OrderSpec.TrailingStop) {
            b.stop.best = price;
        }
        boolean stopAccepted = !b.stop.status.isTerminal() && accept(b.stop, bar);
        for (Working tp : b.takeProfits) {
            tp.active = true;
            tp.arrival = t;
            if (!tp.status.isTerminal() && accept(tp, bar)) {
                tp.arrival = bar.close; // from the next bar on
            }
        }
        if (stopAccepted && phase >= 2) {
            // the bar's stop pass is over: the stop must still see this bar, it may have come after the fill
            matchStop(b.stop, bar);
        }
    }

    private void stopFired(BracketLink b, long t) {
        if (b.stopFired) {
            return;
        }
        b.stopFired = true;
        String why = "bracket: stop " + b.stop.order.id() + " triggered";
        for (Working tp : b.takeProfits) {
            cancelLinked(tp, t, why);
        }
        cancelLinked(b.entry, t, why);
    }

    /**
     * Once the entry is done, exits at their cap are cancelled, and the stop goes when the take-profits have
     * closed everything the entry filled.
     */
    private void closeFinishedExits(BracketLink b, long t) {
        if (!b.entry.status.isTerminal()) {
            return;
        }
        double half = instruments[b.entry.instrument].lotSize() * 0.5;
        double closed = 0;
        for (Working tp : b.takeProfits) {
            closed += tp.filled;
            if (!tp.status.isTerminal() && tp.filled >= tp.cap - half) {
                cancelLinked(tp, t, "bracket: entry filled only " + b.entry.filled + " of "
                        + b.entry.order.quantity());
            }
        }
        if (closed >= b.entry.filled - half) {
            cancelLinked(b.stop, t, "bracket: take-profits closed the position");
        }
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
        OrderSpec spec;
        OrderStatus status = OrderStatus.SUBMITTED;
        double filled;
        boolean triggered;
        long triggerBarOpen = Long.MIN_VALUE;
        int seenBars;
        /** When it takes part in matching (a bracket's exits only once the entry filled). */
        long arrival;
        boolean active = true;
        /** Most it may fill in total (a bracket exit: its share of the entry's filled quantity). */
        double cap = Double.POSITIVE_INFINITY;
        /** Trailing stops: best price seen (high for a sell, low for a buy) and the current stop. */
        double best;
        double trailStop = Double.NaN;
        Link link = NoLink.INSTANCE;

        Working(Order order, int instrument, double decisionPrice, long decisionTime, long arrival) {
            this.order = order;
            this.instrument = instrument;
            this.decisionPrice = decisionPrice;
            this.decisionTime = decisionTime;
            this.arrival = arrival;
            this.spec = order.spec();
            this.best = decisionPrice;
        }

        boolean triggeredThisBar(Bar bar) {
            return triggerBarOpen == bar.open;
        }
    }

    /** The contingency an order belongs to. */
    private sealed interface Link permits NoLink, OcoLink, BracketLink {
    }

    /** A single order. */
    private enum NoLink implements Link {
        INSTANCE
    }

    /** The two orders of an OCO; resolved once one of them filled, triggered or ended. */
    private static final class OcoLink implements Link {
        Working first;
        Working second;
        boolean resolved;
    }

    /** A bracket's orders. */
    private static final class BracketLink implements Link {
        Working entry;
        Working stop;
        Working[] takeProfits;
        boolean stopFired;
    }
}
