package dev.kairos.engine.risk;

import dev.kairos.engine.venue.PositionView;
import dev.kairos.model.ClientOrderId;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.event.Event;
import dev.kairos.model.order.Order;
import dev.kairos.model.order.Side;
import dev.kairos.model.portfolio.ClosedTrade;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the checks need to remember between orders, fed by every bar ({@link #onBar}) and by the order events
 * on the bus: the kill switch and its circuit breakers, peak and day-start equity, the daily loss cap, the
 * cooldowns after losing trades, the orders still working at the venue, and each instrument's recent returns
 * for the VaR. Per-bar updates are O(1) (plus new closed trades) and allocation-free; order events allocate a
 * little per order.
 *
 * <p><b>Circuit breakers and recovery.</b>
 * <ul>
 *   <li>Equity at or below zero: HALTED for the rest of the run.</li>
 *   <li>Drawdown from peak equity (at bar closes) ≥ {@link RiskConfig#maxDrawdownHalt()}: HALTED. It stays for
 *       the rest of the run unless {@link RiskConfig#haltRecoveryBars()} &gt; 0: that many bars after the halt
 *       the state returns to ACTIVE and the peak restarts from the equity then.</li>
 *   <li>{@link RiskConfig#rejectBurstCount()} venue rejections or input-check denials (market data, stale
 *       data, price band, instrument rules: signs that something is broken, not policy limits) within
 *       {@link RiskConfig#rejectBurstWindowBars()} bars: REDUCING, back to ACTIVE once as many bars pass without
 *       another one.</li>
 *   <li>An operator's {@link #set} is never undone automatically; a breaker never lowers a stricter state.</li>
 * </ul>
 * A bar here is the run's step: the shortest bar interval seen.
 *
 * <p><b>Day.</b> UTC calendar days. The day-start equity is the equity last seen at or before 00:00 UTC (the
 * close of a bar ending at midnight counts for the new day).
 *
 * <p><b>Cooldowns.</b> A losing trade (net PnL &lt; 0) seen at the close of bar {@code b} of its instrument stops
 * new exposure there for the decisions at the closes of bars {@code b … b + N − 1}; {@code maxConsecutiveLosses}
 * losses in a row (any instrument; a winning trade resets the count, a flat one does not) stop it on every
 * instrument for the next {@code cooldownBarsAfterStreak} steps, and the count restarts.
 */
public final class RiskState {
    static final long DAY_MS = 86_400_000L;
    /** Checks whose denials are signs of broken inputs and count towards a reject burst. */
    static final Set<String> INPUT_CHECKS = Set.of("market-data", "stale-data", "price-band", "instrument-rules");

    /** Why the trading state was entered. */
    private enum Cause {
        NONE,
        OPERATOR,
        WIPED_OUT,
        DRAWDOWN,
        REJECT_BURST
    }

    private final RiskConfig config;
    private TradingState state = TradingState.ACTIVE;
    private Cause cause = Cause.NONE;
    private String reason = "";
    private long since = Long.MIN_VALUE;

    private InstrumentId[] ids = new InstrumentId[0];
    private double[] lastClose = new double[0];
    private long[] lastCloseTime = new long[0];
    private long[] interval = new long[0];
    private double[] workingBuy = new double[0];
    private double[] workingSell = new double[0];
    private long[] cooldownUntil = new long[0];
    private double[][] returns = new double[0][];
    private int[] returnCount = new int[0];
    private int[] returnHead = new int[0];
    private long stepMs = Long.MAX_VALUE;

    private double peak = Double.NaN;
    private double dayStart = Double.NaN;
    private double lastEquity = Double.NaN;
    private long day = Long.MIN_VALUE;
    /** Start of the UTC day after {@link #day}: a bar at or after it begins a new day (no division per bar). */
    private long nextDay = Long.MIN_VALUE;
    private boolean capReached;

    private int tradesSeen;
    private int lossesInRow;
    private long streakUntil = Long.MIN_VALUE;

    private final long[] rejectTimes;
    private long rejects;
    private long lastRejectTime = Long.MIN_VALUE;

    private final Map<ClientOrderId, Working> working = new HashMap<>();

    /** An order sent and not yet done: its instrument, side and unfilled quantity. */
    private static final class Working {
        final int k;
        final Side side;
        double remaining;

        Working(int k, Side side, double remaining) {
            this.k = k;
            this.side = side;
            this.remaining = remaining;
        }
    }

    RiskState(RiskConfig config) {
        this.config = config;
        this.rejectTimes = new long[Math.max(1, config.rejectBurstCount())];
    }

    /** Sizes the per-instrument state for the run's instruments (in engine order). */
    void attach(List<InstrumentId> instruments) {
        int n = instruments.size();
        ids = instruments.toArray(InstrumentId[]::new);
        lastClose = new double[n];
        java.util.Arrays.fill(lastClose, Double.NaN);
        lastCloseTime = new long[n];
        java.util.Arrays.fill(lastCloseTime, Long.MIN_VALUE);
        interval = new long[n];
        workingBuy = new double[n];
        workingSell = new double[n];
        cooldownUntil = new long[n];
        java.util.Arrays.fill(cooldownUntil, Long.MIN_VALUE);
        returns = new double[n][config.varWindowBars()];
        returnCount = new int[n];
        returnHead = new int[n];
    }

    // ---------------------------------------------------------------------------------------------- kill switch

    public TradingState state() {
        return state;
    }

    /** Why the state is what it is; empty when ACTIVE. */
    public String reason() {
        return reason;
    }

    /** Sets the state by hand (an operator); breakers never undo it. */
    public void set(TradingState newState, String why, long time) {
        enter(newState, newState == TradingState.ACTIVE ? Cause.NONE : Cause.OPERATOR,
                newState == TradingState.ACTIVE ? "" : why, time);
    }

    private void enter(TradingState newState, Cause newCause, String why, long time) {
        state = newState;
        cause = newCause;
        reason = why;
        since = time;
    }

    // ---------------------------------------------------------------------------------------------- per bar

    /**
     * Records the close of bar {@code closeTime} of instrument {@code k} (interval {@code intervalMs}, close
     * {@code close}), with the account's {@code equity} after the bar's fills and marks and every trade closed
     * so far; then runs the breakers. O(1) plus the new trades, allocation-free.
     */
    void onBar(int k, long closeTime, long intervalMs, double close, double equity, List<ClosedTrade> closed) {
        double prev = lastClose[k];
        if (prev > 0 && close > 0 && Double.isFinite(prev) && Double.isFinite(close)) {
            double[] ring = returns[k];
            int head = returnHead[k];
            ring[head] = close / prev - 1;
            returnHead[k] = head + 1 == ring.length ? 0 : head + 1;
            returnCount[k]++;
        }
        lastClose[k] = close;
        lastCloseTime[k] = closeTime;
        interval[k] = intervalMs;
        if (intervalMs > 0 && intervalMs < stepMs) {
            stepMs = intervalMs;
        }
        observeEquity(closeTime, equity);
        while (tradesSeen < closed.size()) {
            onClosedTrade(closed.get(tradesSeen++), closeTime);
        }
        breakers(closeTime, equity);
    }

    private void observeEquity(long t, double equity) {
        if (t >= nextDay || t < nextDay - DAY_MS) {
            long d = Math.floorDiv(t, DAY_MS);
            if (d != day) {
                dayStart = t == d * DAY_MS || Double.isNaN(lastEquity) ? equity : lastEquity;
                day = d;
                capReached = false;
            }
            nextDay = (d + 1) * DAY_MS;
        }
        lastEquity = equity;
        if (!(peak >= equity)) {
            peak = equity;
        }
        if (config.dailyLossCap() > 0 && dayStart > 0 && dayStart - equity >= config.dailyLossCap() * dayStart) {
            capReached = true;
        }
    }

    private void onClosedTrade(ClosedTrade trade, long seenAt) {
        if (trade.pnl() > 0) {
            lossesInRow = 0;
            return;
        }
        if (!(trade.pnl() < 0)) {
            return;
        }
        int j = index(trade.instrument());
        if (config.cooldownBarsAfterLoss() > 0 && j >= 0) {
            cooldownUntil[j] = Math.max(cooldownUntil[j], seenAt + (config.cooldownBarsAfterLoss() - 1) * interval[j]);
        }
        lossesInRow++;
        if (config.maxConsecutiveLosses() > 0 && lossesInRow >= config.maxConsecutiveLosses()) {
            if (config.cooldownBarsAfterStreak() > 0) {
                streakUntil = Math.max(streakUntil, seenAt + (config.cooldownBarsAfterStreak() - 1) * stepMs);
            }
            lossesInRow = 0;
        }
    }

    private void breakers(long t, double equity) {
        if (state == TradingState.REDUCING && cause == Cause.REJECT_BURST
                && t - lastRejectTime >= config.rejectBurstWindowBars() * stepMs) {
            enter(TradingState.ACTIVE, Cause.NONE, "", t);
        }
        if (state == TradingState.HALTED && cause == Cause.DRAWDOWN && config.haltRecoveryBars() > 0
                && t - since >= config.haltRecoveryBars() * stepMs) {
            enter(TradingState.ACTIVE, Cause.NONE, "", t);
            peak = equity;
        }
        if (state == TradingState.HALTED) {
            return;
        }
        if (!(equity > 0)) {
            enter(TradingState.HALTED, Cause.WIPED_OUT, "equity " + equity + " at " + Instant.ofEpochMilli(t)
                    + ": account wiped out", t);
        } else if (config.maxDrawdownHalt() > 0 && peak > 0 && peak - equity >= config.maxDrawdownHalt() * peak) {
            enter(TradingState.HALTED, Cause.DRAWDOWN, String.format("circuit breaker at %s: drawdown %.2f %% from"
                    + " peak equity %.2f reached the limit %.2f %%", Instant.ofEpochMilli(t),
                    (peak - equity) / peak * 100, peak, config.maxDrawdownHalt() * 100), t);
        }
    }

    // ---------------------------------------------------------------------------------------------- order events

    void onSubmitted(Event.OrderSubmitted e) {
        Order o = e.order();
        int k = index(o.instrument());
        if (k < 0) {
            return;
        }
        working.put(o.id(), new Working(k, o.side(), o.quantity()));
        add(k, o.side(), o.quantity());
    }

    void onFilled(Event.OrderFilled e) {
        Working w = working.get(e.fill().orderId());
        if (w == null) {
            return;
        }
        double q = Math.min(w.remaining, e.fill().quantity());
        w.remaining -= q;
        add(w.k, w.side, -q);
        if (e.status().isTerminal() || !(e.leavesQuantity() > 0)) {
            done(e.fill().orderId());
        }
    }

    /** The order is done without (further) fills: cancelled, expired or rejected. */
    void onDone(ClientOrderId id) {
        done(id);
    }

    void onRejected(Event.OrderRejected e) {
        done(e.orderId());
        burst(e.timestamp(), "venue rejection: " + e.reason());
    }

    void onDenied(Event.OrderDenied e) {
        if (INPUT_CHECKS.contains(e.check())) {
            burst(e.timestamp(), e.check() + " denial: " + e.reason());
        }
    }

    private void done(ClientOrderId id) {
        Working w = working.remove(id);
        if (w != null && w.remaining > 0) {
            add(w.k, w.side, -w.remaining);
        }
    }

    private void add(int k, Side side, double q) {
        if (side == Side.BUY) {
            workingBuy[k] = Math.max(0.0, workingBuy[k] + q);
        } else {
            workingSell[k] = Math.max(0.0, workingSell[k] + q);
        }
    }

    private void burst(long t, String what) {
        lastRejectTime = t;
        int size = rejectTimes.length;
        rejectTimes[(int) (rejects % size)] = t;
        rejects++;
        if (config.rejectBurstCount() == 0 || rejects < size || stepMs == Long.MAX_VALUE) {
            return;
        }
        // the ring holds the last `size` times; the next slot to be written holds the oldest of them
        long first = rejectTimes[(int) (rejects % size)];
        long window = config.rejectBurstWindowBars() * stepMs;
        if (t - first <= window && state == TradingState.ACTIVE) {
            enter(TradingState.REDUCING, Cause.REJECT_BURST, String.format("circuit breaker at %s: %d rejections or"
                    + " input denials within %d bars; last %s", Instant.ofEpochMilli(t), size,
                    config.rejectBurstWindowBars(), what), t);
        }
    }

    // ---------------------------------------------------------------------------------------------- reads

    /** The engine index of instrument {@code id}, or -1. */
    public int index(InstrumentId id) {
        for (int j = 0; j < ids.length; j++) {
            if (ids[j].equals(id)) {
                return j;
            }
        }
        return -1;
    }

    /** Last close of instrument k; NaN before its first bar. */
    public double lastClose(int k) {
        return lastClose[k];
    }

    /** Close time of instrument k's last bar; Long.MIN_VALUE before its first. */
    public long lastCloseTime(int k) {
        return lastCloseTime[k];
    }

    /** Bar interval of instrument k; 0 before its first bar. */
    public long intervalMs(int k) {
        return interval[k];
    }

    /** Unfilled quantity of instrument k's working buy orders. */
    public double workingBuy(int k) {
        return workingBuy[k];
    }

    /** Unfilled quantity of instrument k's working sell orders. */
    public double workingSell(int k) {
        return workingSell[k];
    }

    /** Highest equity at a bar close; NaN before the first bar. */
    public double peakEquity() {
        return peak;
    }

    /** The day-start equity for a decision at {@code now}: the last equity seen if no bar of that day yet. */
    public double dayStartEquity(long now) {
        return Math.floorDiv(now, DAY_MS) == day ? dayStart : lastEquity;
    }

    /** Whether the daily loss cap was reached during the UTC day of {@code now}. */
    public boolean dailyLossCapReached(long now) {
        return capReached && Math.floorDiv(now, DAY_MS) == day;
    }

    /** Last decision time (inclusive) at which instrument k cools down; Long.MIN_VALUE: none. */
    public long cooldownUntil(int k) {
        return Math.max(cooldownUntil[k], streakUntil);
    }

    /**
     * Scenario returns of the worst-case exposures after {@code order} on instrument {@code k} (see
     * {@link RiskContext#scenarioReturns}): instrument {@code j} contributes its signed worst-case exposure
     * {@code x_j × close_j / equity} times its return; instruments are aligned by their own latest bars.
     */
    public int scenarioReturns(int k, Order order, PositionView positions, double equity, double[] out) {
        if (!(equity > 0) || !Double.isFinite(equity)) {
            return 0;
        }
        int m = out.length;
        boolean exposed = false;
        for (int j = 0; j < ids.length; j++) {
            double w = weight(j, k, order, positions, equity);
            if (w != 0) {
                if (!Double.isFinite(w)) {
                    return 0;
                }
                exposed = true;
                m = Math.min(m, Math.min(returnCount[j], returns[j].length));
            }
        }
        if (!exposed) {
            return 0;
        }
        for (int t = 0; t < m; t++) {
            out[t] = 0;
        }
        for (int j = 0; j < ids.length; j++) {
            double w = weight(j, k, order, positions, equity);
            if (w == 0) {
                continue;
            }
            double[] ring = returns[j];
            int cap = ring.length;
            int start = returnHead[j] - m;
            for (int t = 0; t < m; t++) {
                int at = start + t;
                out[t] += w * ring[at < 0 ? at + cap : at];
            }
        }
        return m;
    }

    private double weight(int j, int k, Order order, PositionView positions, double equity) {
        double q = positions.positionQuantity(j);
        double longSide = q + workingBuy[j];
        double shortSide = q - workingSell[j];
        if (j == k) {
            if (order.side() == Side.BUY) {
                longSide += order.quantity();
            } else {
                shortSide -= order.quantity();
            }
        }
        double x = Math.abs(longSide) >= Math.abs(shortSide) ? longSide : shortSide;
        return x == 0 ? 0 : x * lastClose[j] / equity;
    }
}
