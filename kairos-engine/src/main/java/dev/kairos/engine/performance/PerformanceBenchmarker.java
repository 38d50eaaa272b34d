package dev.kairos.engine.performance;

import dev.kairos.model.StrategyId;
import dev.kairos.model.event.Direction;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Measures how well signal sources and exit legs do over rolling windows of their last {@code window}
 * outcomes.
 *
 * <ul>
 *   <li><b>Trades</b> ({@link #onTradeClosed}): per strategy, a win is a closed trade with a positive net
 *       return on entry notional; the same outcome is also counted for the exit leg that closed the trade (its
 *       exit reason), read by {@link #exits}, {@link #exitWinRate}.</li>
 *   <li><b>Signals</b> ({@link #onSignal}, {@link #onBar}): a LONG (SHORT) signal at price p is a hit when the
 *       close {@code horizonBars} bars of its instrument later is above (below) p; FLAT signals have no
 *       direction and are not scored. A signal scored against a missing (NaN) close counts as unscorable.</li>
 *   <li><b>Leg hits</b> ({@link #onLegOutcome}): whether an armed exit leg (a take-profit rung, a trailing
 *       stop) was reached, as reported by the exit brain, read by {@link #hitRate(String)} and
 *       {@link #samples(String)}.</li>
 * </ul>
 *
 * <p>Per bar ({@link #onBar}) the work is O(signals due) and allocation-free. Instruments are addressed by
 * their index in the run. Engine thread only.
 */
public final class PerformanceBenchmarker {
    private final int window;
    private final int horizon;
    private final int capacity;
    private final Map<StrategyId, Track> strategies = new HashMap<>();
    private final Map<String, Leg> legs = new HashMap<>();
    /** Bars seen per instrument. */
    private final long[] bars;
    /** Per instrument a ring of pending signals: slot = k * capacity + j. */
    private final int[] head;
    private final int[] pending;
    private final long[] due;
    private final double[] price;
    private final boolean[] isLong;
    private final Track[] source;
    private long dropped;

    /**
     * @param instruments instruments of the run
     * @param window      outcomes kept per strategy and per leg (&gt;= 1)
     * @param horizonBars bars after a signal at whose close it is scored (&gt;= 1)
     */
    public PerformanceBenchmarker(int instruments, int window, int horizonBars) {
        if (instruments < 1) {
            throw new IllegalArgumentException("instrument count must be >= 1: " + instruments);
        }
        if (window < 1 || window > 100_000) {
            throw new IllegalArgumentException("performance window must be in [1, 100000]: " + window);
        }
        if (horizonBars < 1 || horizonBars > 100_000) {
            throw new IllegalArgumentException("signal horizon must be in [1, 100000] bars: " + horizonBars);
        }
        this.window = window;
        this.horizon = horizonBars;
        // one signal per instrument per bar never overflows; more than one per bar may drop the oldest
        this.capacity = 2 * (horizonBars + 1);
        this.bars = new long[instruments];
        this.head = new int[instruments];
        this.pending = new int[instruments];
        this.due = new long[instruments * capacity];
        this.price = new double[instruments * capacity];
        this.isLong = new boolean[instruments * capacity];
        this.source = new Track[instruments * capacity];
    }

    public int window() {
        return window;
    }

    public int horizonBars() {
        return horizon;
    }

    /**
     * A closed trade of {@code strategy} that {@code leg} closed, with its net return on entry notional
     * (pnl / (entry price × quantity)); a NaN return is ignored.
     */
    public void onTradeClosed(StrategyId strategy, String leg, double netReturn) {
        if (Double.isNaN(netReturn)) {
            return;
        }
        boolean win = netReturn > 0;
        track(strategy).trades.add(win, netReturn);
        leg(leg).exits.add(win, netReturn);
    }

    /** Whether an armed exit leg was reached ({@code hit}) or the position closed before it. */
    public void onLegOutcome(String leg, boolean hit) {
        leg(leg).hits.add(hit, hit ? 1.0 : 0.0);
    }

    /**
     * A signal of {@code strategy} for instrument {@code k} decided at {@code decisionPrice} after the current bar
     * of {@code k} was counted by {@link #onBar}; scored at the close {@code horizonBars} bars later. FLAT
     * signals and unknown prices are ignored.
     */
    public void onSignal(int k, StrategyId strategy, Direction direction, double decisionPrice) {
        if (direction == Direction.FLAT || !(decisionPrice > 0) || Double.isInfinite(decisionPrice)) {
            return;
        }
        if (pending[k] == capacity) {
            // more signals than bars in the horizon: the oldest pending one is given up
            head[k] = (head[k] + 1) % capacity;
            pending[k]--;
            dropped++;
        }
        int slot = k * capacity + (head[k] + pending[k]) % capacity;
        due[slot] = bars[k] + horizon;
        price[slot] = decisionPrice;
        isLong[slot] = direction == Direction.LONG;
        source[slot] = track(strategy);
        pending[k]++;
    }

    /** Counts a bar of instrument {@code k} and scores the signals due at its {@code close}. */
    public void onBar(int k, double close) {
        long n = ++bars[k];
        while (pending[k] > 0) {
            int slot = k * capacity + head[k];
            if (due[slot] > n) {
                return;
            }
            if (Double.isNaN(close)) {
                dropped++;
            } else {
                double move = close - price[slot];
                boolean hit = isLong[slot] ? move > 0 : move < 0;
                source[slot].signals.add(hit, isLong[slot] ? move / price[slot] : -move / price[slot]);
            }
            source[slot] = null;
            head[k] = head[k] + 1 == capacity ? 0 : head[k] + 1;
            pending[k]--;
        }
    }

    /** The recent record of {@code strategy}; {@link TrackRecord#EMPTY} when it has none. */
    public TrackRecord record(StrategyId strategy) {
        Track t = strategies.get(strategy);
        if (t == null) {
            return TrackRecord.EMPTY;
        }
        OutcomeWindow tr = t.trades;
        double loss = tr.meanValue(false);
        return new TrackRecord(tr.samples(), tr.hits(), tr.meanValue(true), Double.isNaN(loss) ? loss : -loss,
                t.signals.samples(), t.signals.hits());
    }

    /** The share of leg outcomes in the window where the leg was reached; NaN without any. */
    public double hitRate(String leg) {
        Leg l = legs.get(leg);
        return l == null ? Double.NaN : l.hits.hitRate();
    }

    /** Leg outcomes (reached or not) in the window. */
    public int samples(String leg) {
        Leg l = legs.get(leg);
        return l == null ? 0 : l.hits.samples();
    }

    /** Closed trades in the window that {@code leg} closed. */
    public int exits(String leg) {
        Leg l = legs.get(leg);
        return l == null ? 0 : l.exits.samples();
    }

    /** The share of winners among the trades in the window that {@code leg} closed; NaN without any. */
    public double exitWinRate(String leg) {
        Leg l = legs.get(leg);
        return l == null ? Double.NaN : l.exits.hitRate();
    }

    /** The mean net return of the trades in the window that {@code leg} closed; NaN without any. */
    public double exitMeanReturn(String leg) {
        Leg l = legs.get(leg);
        return l == null ? Double.NaN : l.exits.meanValue();
    }

    /** The rolling window of leg {@code leg}'s reported outcomes, if it has any. */
    public Optional<OutcomeWindow> legHits(String leg) {
        return Optional.ofNullable(legs.get(leg)).map(l -> l.hits);
    }

    /** Signals given up: more pending than the horizon holds, or scored against a missing close. */
    public long droppedSignals() {
        return dropped;
    }

    private Track track(StrategyId strategy) {
        Track t = strategies.get(strategy);
        if (t == null) {
            t = new Track(window);
            strategies.put(strategy, t);
        }
        return t;
    }

    private Leg leg(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an exit leg needs a name, got '" + name + "'");
        }
        Leg l = legs.get(name);
        if (l == null) {
            l = new Leg(window);
            legs.put(name, l);
        }
        return l;
    }

    private static final class Track {
        final OutcomeWindow trades;
        final OutcomeWindow signals;

        Track(int window) {
            trades = new OutcomeWindow(window);
            signals = new OutcomeWindow(window);
        }
    }

    private static final class Leg {
        final OutcomeWindow exits;
        final OutcomeWindow hits;

        Leg(int window) {
            exits = new OutcomeWindow(window);
            hits = new OutcomeWindow(window);
        }
    }
}
