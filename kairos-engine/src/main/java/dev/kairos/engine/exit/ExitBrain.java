package dev.kairos.engine.exit;

import dev.kairos.model.ClientOrderId;
import dev.kairos.model.Instrument;
import dev.kairos.model.StrategyId;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.order.Order;
import dev.kairos.model.order.OrderSpec;
import dev.kairos.model.order.Side;
import dev.kairos.model.order.TimeInForce;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Step 3 of the life of a bar: gives every open position an {@link ExitPlan} and carries it out.
 *
 * <p><b>When a position opens</b> (seen at the close of the bar whose fills opened it, and only in the
 * direction the engine's target asks for) R is taken from the ATR ({@link WilderAtr}) or a percentage of the
 * average entry price, scaled by the {@link AdaptiveLevels}; if the close is already through the stop the
 * position is closed at once, otherwise the take-profit ladder (reduce-only GTC limits, {@link Ladder lot-aligned
 * legs}) and the hard stop (a reduce-only GTC stop-market) are sent through the engine's risk checks.
 *
 * <p><b>On each bar's close</b> (after the venue matched and the portfolio was marked): take-profit fills
 * seen since the last bar have moved the stop to breakeven and armed the trail; the plan then follows the
 * best price with the trail, and when the close is through the dynamic stop, or the time stop is due, the
 * rest of the position is closed with a reduce-only market order whose purpose is the reason ({@code stop},
 * {@code breakeven}, {@code trailing}, {@code time}) and the resting orders are cancelled. Otherwise the hard
 * stop follows the dynamic stop: amended when its price would tighten by at least a tenth of R (and a tick),
 * so a trailing stop does not send an amendment every bar. A take-profit whose order does not exist (a leg
 * rounded to nothing, or denied) counts as reached when a bar trades through its price.
 *
 * <p><b>The hybrid stop</b>: the dynamic stop is only checked on closes; the hard stop rests at the venue,
 * {@code (hard_stop_multiple − 1) × R} behind it, and catches what the engine cannot see in time (a gap, a
 * missing stretch of bars): its fills close with reason {@code hard_stop}.
 *
 * <p>When the position grows (its entry kept filling), the plan re-anchors on the new average price and its
 * orders are replaced for the new size. When the position is closed (by the ladder, a stop, a signal,
 * anything) the plan's remaining orders are cancelled and its outcome is recorded in the {@link HitRates}.
 * A signal that changes the engine's target ends the plan first ({@link #onTargetChange}). A denied exit
 * order is tried again on the next close; a denied hard stop when the dynamic stop next moves.
 *
 * <p>Allocation-free on bars without order activity. Engine thread only.
 */
public final class ExitBrain {
    /** The hard stop is amended when it would move by at least this many R (and one tick). */
    public static final double AMEND_STEP_R = 0.1;
    private static final ClientOrderId NONE = new ClientOrderId("none");
    private static final OrderSpec MARKET = new OrderSpec.Market();
    private static final int L = ExitReason.MAX_TAKE_PROFITS;

    private final boolean enabled;
    private final ExitConfig config;
    private final Instrument[] instruments;
    private final StrategyId strategy;
    private final ExitActions actions;
    private final HitRates rates;
    private final HealthSignal health;
    private final AdaptiveLevels levels;
    private final WilderAtr atr;
    private final ExitPlan[] plans;
    private final double[] shares;
    private final ClientOrderId[] takeProfitId;
    private final ClientOrderId[] hardId;
    private final double[] hardPrice;
    private final ClientOrderId[] exitId;
    private final ExitReason[] exitReason;
    private final ExitReason[] lastExit;
    private final boolean[] grown;
    private final boolean[] needsOrders;
    private final double[] lastClose;
    private final double[] scratchShares = new double[L];
    private final double[] scratchQuantity = new double[L];
    private final int[] scratchLeg = new int[L];

    /**
     * @param takerFeeRate the venue's taker fee as a fraction of notional (10 bps = 0.001), for breakeven
     * @param rates        where plan outcomes are recorded and hit rates read
     * @param health       freezes adaptation while low
     */
    public ExitBrain(ExitConfig config, List<Instrument> instruments, StrategyId strategy, double takerFeeRate,
                     ExitActions actions, HitRates rates, HealthSignal health) {
        if (config == null || strategy == null || actions == null || rates == null || health == null) {
            throw new IllegalArgumentException("exit brain parts must not be null");
        }
        int n = instruments.size();
        this.enabled = config.enabled();
        this.config = config;
        this.instruments = instruments.toArray(Instrument[]::new);
        this.strategy = strategy;
        this.actions = actions;
        this.rates = rates;
        this.health = health;
        this.levels = new AdaptiveLevels(config.adaptive());
        this.atr = new WilderAtr(n, config.atrPeriod());
        this.plans = new ExitPlan[n];
        for (int k = 0; k < n; k++) {
            plans[k] = new ExitPlan(config, takerFeeRate);
        }
        this.shares = new double[config.takeProfitShares().size()];
        for (int j = 0; j < shares.length; j++) {
            shares[j] = config.takeProfitShares().get(j);
        }
        this.takeProfitId = new ClientOrderId[n * L];
        this.hardId = new ClientOrderId[n];
        this.exitId = new ClientOrderId[n];
        Arrays.fill(takeProfitId, NONE);
        Arrays.fill(hardId, NONE);
        Arrays.fill(exitId, NONE);
        this.hardPrice = new double[n];
        Arrays.fill(hardPrice, Double.NaN);
        this.exitReason = new ExitReason[n];
        this.lastExit = new ExitReason[n];
        Arrays.fill(exitReason, ExitReason.STOP);
        Arrays.fill(lastExit, ExitReason.STOP);
        this.grown = new boolean[n];
        this.needsOrders = new boolean[n];
        this.lastClose = new double[n];
    }

    /** A brain that does nothing: exits off. */
    public static ExitBrain disabled(List<Instrument> instruments, StrategyId strategy, ExitActions actions) {
        return new ExitBrain(ExitConfig.disabled(), instruments, strategy, 0.0, actions, new RollingHitRates(1),
                HealthSignal.HEALTHY);
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * Step 3 for bar {@code i} of instrument {@code k}, after its fills were applied and it was marked.
     *
     * @param position     the signed position after the bar's fills
     * @param averagePrice its average entry price
     * @param targetSign   the direction the engine's target asks for: +1 long, −1 short, 0 flat; a plan opens
     *                     only for a position in that direction (not for one a signal is closing)
     */
    public void onBar(int k, BarSeries s, int i, double position, double averagePrice, int targetSign, long now) {
        if (!enabled) {
            return;
        }
        double high = s.high(i);
        double low = s.low(i);
        double close = s.close(i);
        double a = atr.update(k, high, low, close);
        lastClose[k] = close;
        int sign = Math.abs(position) < instruments[k].lotSize() * 0.5 ? 0 : position > 0 ? 1 : -1;
        double size = Math.abs(position);
        ExitPlan p = plans[k];
        if (p.isActive() && sign != p.side()) {
            finish(k, now, "position closed");
        }
        if (p.isActive() && grown[k]) {
            p.reanchor(averagePrice);
            cancelResting(k, now, "exit plan resized to " + size);
            needsOrders[k] = true;
        }
        grown[k] = false;
        if (!p.isActive() && sign != 0 && sign == targetSign && !open(k, sign, averagePrice, a)) {
            return;
        }
        if (!p.isActive() || exitId[k] != NONE) {
            return;
        }
        if (p.bars() > 0 && !needsOrders[k]) {
            reachedWithoutOrder(k, high, low);
        }
        Optional<ExitReason> exit = p.onBar(high, low, close, a);
        if (exit.isPresent()) {
            exit(k, size, exit.get(), close, now);
        } else if (needsOrders[k]) {
            needsOrders[k] = false;
            placeOrders(k, size, close, now);
        } else {
            syncHardStop(k, size, close, now);
        }
    }

    /** A fill of instrument {@code k}'s order {@code id}; {@code done}: the order is completely filled. */
    public void onFill(int k, ClientOrderId id, Side side, boolean done) {
        if (!enabled || !plans[k].isActive()) {
            return;
        }
        ExitPlan p = plans[k];
        for (int j = 0; j < p.legs(); j++) {
            if (id.equals(takeProfitId[k * L + j])) {
                p.takeProfitHit(j);
                lastExit[k] = ExitReason.takeProfit(j);
                if (done) {
                    takeProfitId[k * L + j] = NONE;
                }
                return;
            }
        }
        if (id.equals(hardId[k])) {
            lastExit[k] = ExitReason.HARD_STOP;
            if (done) {
                hardId[k] = NONE;
            }
        } else if (id.equals(exitId[k])) {
            lastExit[k] = exitReason[k];
        } else if (side.sign() == p.side()) {
            grown[k] = true;
        }
    }

    /** Order {@code id} of instrument {@code k} ended without (more) fills: cancelled, rejected or expired. */
    public void onOrderEnded(int k, ClientOrderId id) {
        if (!enabled) {
            return;
        }
        for (int j = 0; j < L; j++) {
            if (id.equals(takeProfitId[k * L + j])) {
                takeProfitId[k * L + j] = NONE;
                return;
            }
        }
        if (id.equals(hardId[k])) {
            hardId[k] = NONE;
        } else if (id.equals(exitId[k])) {
            exitId[k] = NONE;
        }
    }

    /**
     * The engine's target for instrument {@code k} changed (a signal flattens or reverses): the plan's orders are
     * cancelled and the plan ends before the signal's order is sent.
     */
    public void onTargetChange(int k, long now) {
        if (enabled && plans[k].isActive()) {
            lastExit[k] = ExitReason.SIGNAL;
            finish(k, now, "superseded by a signal");
        }
    }

    /**
     * A predictive alert: moves instrument {@code k}'s stop {@code fraction} of the way to breakeven (never
     * loosening it) and the hard stop with it. The new stop is checked on the next close. Returns whether the
     * stop moved.
     */
    public boolean tightenTowardBreakeven(int k, double fraction, double position, long now) {
        if (!enabled || !plans[k].isActive() || exitId[k] != NONE) {
            return false;
        }
        boolean moved = plans[k].tightenTowardBreakeven(fraction);
        if (moved) {
            syncHardStop(k, Math.abs(position), lastClose[k], now);
        }
        return moved;
    }

    /** The plan of instrument {@code k} (inactive when it has no open position), for inspection. */
    public ExitPlan plan(int k) {
        return plans[k];
    }

    public AdaptiveLevels levels() {
        return levels;
    }

    /** The working hard stop of instrument {@code k}, if any. */
    public Optional<ClientOrderId> hardStopOrder(int k) {
        return hardId[k] == NONE ? Optional.empty() : Optional.of(hardId[k]);
    }

    /** The working order of take-profit {@code leg} of instrument {@code k}, if any. */
    public Optional<ClientOrderId> takeProfitOrder(int k, int leg) {
        ClientOrderId id = takeProfitId[k * L + leg];
        return id == NONE ? Optional.empty() : Optional.of(id);
    }

    private boolean open(int k, int sign, double averagePrice, double atrValue) {
        double base = switch (config.stop()) {
            case ExitConfig.InitialStop.AtrMultiple m -> m.multiple() * atrValue;
            case ExitConfig.InitialStop.Percent pct -> averagePrice * pct.percent() / 100.0;
        };
        double risk = base * levels.stopScale();
        if (!(risk > 0) || !Double.isFinite(risk) || !(averagePrice > 0)) {
            return false; // no range yet to set a stop from: tried again on the next close
        }
        plans[k].open(sign, averagePrice, risk, levels.tpScale());
        needsOrders[k] = true;
        hardPrice[k] = Double.NaN;
        lastExit[k] = ExitReason.STOP;
        return true;
    }

    private Side exitSide(int k) {
        return plans[k].side() > 0 ? Side.SELL : Side.BUY;
    }

    /** Marks take-profits without an order as reached when the bar traded through them. */
    private void reachedWithoutOrder(int k, double high, double low) {
        ExitPlan p = plans[k];
        for (int j = 0; j < p.legs(); j++) {
            if (!p.isHit(j) && takeProfitId[k * L + j] == NONE) {
                double t = p.takeProfit(j);
                if (p.side() > 0 ? high > t : low < t) {
                    p.takeProfitHit(j);
                }
            }
        }
    }

    private void exit(int k, double size, ExitReason reason, double close, long now) {
        Instrument ins = instruments[k];
        double q = ins.floorToLot(size);
        if (q <= 0) {
            return;
        }
        Order o = new Order(actions.nextOrderId(), ins.id(), strategy, exitSide(k), q, MARKET, TimeInForce.GTC, true,
                now);
        if (actions.submit(k, o, close, reason.label())) {
            exitId[k] = o.id();
            exitReason[k] = reason;
            cancelResting(k, now, "exit: " + reason.label());
        }
    }

    private void placeOrders(int k, double size, double close, long now) {
        ExitPlan p = plans[k];
        Instrument ins = instruments[k];
        int n = 0;
        for (int j = 0; j < p.legs(); j++) {
            if (!p.isHit(j)) {
                scratchLeg[n] = j;
                scratchShares[n] = shares[j];
                n++;
            }
        }
        if (n > 0) {
            Ladder.split(size, scratchShares, n, ins, scratchQuantity);
            for (int m = 0; m < n; m++) {
                int j = scratchLeg[m];
                double price = ins.roundToTick(p.takeProfit(j));
                if (scratchQuantity[m] <= 0 || !(price > 0)) {
                    continue;
                }
                Order o = new Order(actions.nextOrderId(), ins.id(), strategy, exitSide(k), scratchQuantity[m],
                        new OrderSpec.Limit(price, false), TimeInForce.GTC, true, now);
                if (actions.submit(k, o, close, ExitReason.takeProfit(j).label())) {
                    takeProfitId[k * L + j] = o.id();
                }
            }
        }
        placeHardStop(k, size, close, now);
    }

    private void placeHardStop(int k, double size, double close, long now) {
        if (!config.hasHardStop()) {
            return;
        }
        Instrument ins = instruments[k];
        double price = ins.roundToTick(plans[k].hardStop());
        hardPrice[k] = price;
        double q = ins.floorToLot(size);
        if (!(price > 0) || q <= 0) {
            return;
        }
        Order o = new Order(actions.nextOrderId(), ins.id(), strategy, exitSide(k), q, new OrderSpec.StopMarket(price),
                TimeInForce.GTC, true, now);
        if (actions.submit(k, o, close, ExitReason.HARD_STOP.label())) {
            hardId[k] = o.id();
        }
    }

    /** Moves the hard stop after the dynamic stop when it tightens by at least the amend step. */
    private void syncHardStop(int k, double size, double close, long now) {
        if (!config.hasHardStop()) {
            return;
        }
        ExitPlan p = plans[k];
        Instrument ins = instruments[k];
        double desired = ins.roundToTick(p.hardStop());
        double step = Math.max(ins.tickSize(), AMEND_STEP_R * p.risk());
        if (!(p.side() * (desired - hardPrice[k]) >= step - ins.tickSize() * 1e-6)) {
            return;
        }
        if (hardId[k] == NONE) {
            placeHardStop(k, size, close, now);
        } else if (actions.modify(hardId[k], new OrderSpec.StopMarket(desired), now)) {
            hardPrice[k] = desired;
        } else {
            hardId[k] = NONE;
            placeHardStop(k, size, close, now);
        }
    }

    private void cancelResting(int k, long now, String why) {
        for (int j = 0; j < L; j++) {
            ClientOrderId id = takeProfitId[k * L + j];
            if (id != NONE) {
                takeProfitId[k * L + j] = NONE;
                actions.cancel(id, now, why);
            }
        }
        if (hardId[k] != NONE) {
            ClientOrderId id = hardId[k];
            hardId[k] = NONE;
            actions.cancel(id, now, why);
        }
    }

    private void finish(int k, long now, String why) {
        ExitPlan p = plans[k];
        cancelResting(k, now, why);
        if (exitId[k] != NONE) {
            ClientOrderId id = exitId[k];
            exitId[k] = NONE;
            actions.cancel(id, now, why);
        }
        ExitReason last = lastExit[k];
        rates.record(p.hits(), p.hits() == 0 && (last == ExitReason.STOP || last == ExitReason.HARD_STOP));
        levels.update(rates, health.health());
        needsOrders[k] = false;
        grown[k] = false;
        p.close();
    }
}
