package dev.kairos.engine.exit;

import java.util.Optional;

/**
 * The exit plan of one position: its dynamic stop, its take-profit levels, and the rules that move the stop.
 * One instance per instrument, reused from position to position (nothing is allocated per bar).
 *
 * <p>Prices are in quote currency; {@code side} is +1 for a long, −1 for a short. R is the initial stop
 * distance. The stop only ever moves in the position's favour ({@link #tighten}): to breakeven after the
 * configured take-profit, behind the best price once the trail is armed, towards breakeven on an alert. The
 * engine checks it on each bar's close ({@link #onBar}); the {@link #hardStop() hard stop} rests at the
 * venue as the safety net.
 *
 * <p>Breakeven is the price at which closing the rest loses nothing after the round-trip fee: with a fee
 * rate f per side, {@code entry × (1 + f) / (1 − f)} for a long and {@code entry × (1 − f) / (1 + f)} for a
 * short (slippage is not included).
 */
public final class ExitPlan {
    private static final int TRAIL_OFF = 0;
    private static final int TRAIL_ATR = 1;
    private static final int TRAIL_PERCENT = 2;

    private final int legs;
    private final double[] levelsR;
    private final int breakevenAfter;
    private final int trailKind;
    private final double trailValue;
    private final int armAfter;
    private final int timeStopBars;
    private final double hardMultiple;
    private final double feeRate;

    private boolean active;
    private int side;
    private double entry;
    private double risk;
    private double stop;
    private ExitReason stopReason = ExitReason.STOP;
    private double breakeven;
    private double best;
    private boolean trailArmed;
    private int bars;
    private int hits;
    private final double[] target = new double[ExitReason.MAX_TAKE_PROFITS];
    private final boolean[] hit = new boolean[ExitReason.MAX_TAKE_PROFITS];
    private double tpScale = 1.0;
    private long opens;

    /**
     * @param feeRate the taker fee as a fraction of notional, per side (10 bps = 0.001), in [0, 0.5)
     */
    public ExitPlan(ExitConfig config, double feeRate) {
        if (!(feeRate >= 0 && feeRate < 0.5)) {
            throw new IllegalArgumentException("fee rate must be in [0, 0.5), got " + feeRate);
        }
        this.legs = config.takeProfitR().size();
        this.levelsR = new double[legs];
        for (int j = 0; j < legs; j++) {
            levelsR[j] = config.takeProfitR().get(j);
        }
        this.breakevenAfter = config.breakevenAfterTp();
        this.trailKind = switch (config.trailing()) {
            case ExitConfig.Trailing.Off off -> TRAIL_OFF;
            case ExitConfig.Trailing.Atr atr -> TRAIL_ATR;
            case ExitConfig.Trailing.Percent pct -> TRAIL_PERCENT;
        };
        this.trailValue = switch (config.trailing()) {
            case ExitConfig.Trailing.Off off -> 0.0;
            case ExitConfig.Trailing.Atr atr -> atr.multiple();
            case ExitConfig.Trailing.Percent pct -> pct.percent();
        };
        this.armAfter = config.trailing().armAfterTp();
        this.timeStopBars = config.timeStopBars();
        this.hardMultiple = config.hardStopMultiple();
        this.feeRate = feeRate;
    }

    /**
     * Starts the plan of a new position.
     *
     * @param side    +1 long, −1 short
     * @param entry   the position's average entry price
     * @param risk    R, the initial stop distance, &gt; 0
     * @param tpScale multiplies the configured take-profit levels (adaptive levels; 1 = as configured)
     */
    public void open(int side, double entry, double risk, double tpScale) {
        if (side != 1 && side != -1) {
            throw new IllegalArgumentException("side must be +1 or -1, got " + side);
        }
        if (!(entry > 0) || !Double.isFinite(entry) || !(risk > 0) || !Double.isFinite(risk)) {
            throw new IllegalArgumentException("entry and risk must be positive numbers, got entry " + entry
                    + ", risk " + risk);
        }
        if (!(tpScale > 0) || !Double.isFinite(tpScale)) {
            throw new IllegalArgumentException("take-profit scale must be positive, got " + tpScale);
        }
        this.active = true;
        this.opens++;
        this.side = side;
        this.risk = risk;
        this.tpScale = tpScale;
        this.stop = entry - side * risk;
        this.stopReason = ExitReason.STOP;
        this.trailArmed = trailKind != TRAIL_OFF && armAfter == 0;
        this.bars = 0;
        this.hits = 0;
        for (int j = 0; j < legs; j++) {
            hit[j] = false;
        }
        anchor(entry);
        this.best = entry;
    }

    /**
     * The position grew (its entry kept filling): take-profits and breakeven follow the new average entry; the
     * stop moves to the new entry's initial stop (or breakeven, when due) only if that tightens it.
     */
    public void reanchor(double newEntry) {
        requireActive();
        if (!(newEntry > 0) || !Double.isFinite(newEntry)) {
            throw new IllegalArgumentException("entry must be a positive number, got " + newEntry);
        }
        anchor(newEntry);
        tighten(newEntry - side * risk, ExitReason.STOP);
        if (breakevenAfter > 0 && hits >= breakevenAfter) {
            tighten(breakeven, ExitReason.BREAKEVEN);
        }
    }

    private void anchor(double price) {
        this.entry = price;
        this.breakeven = side > 0 ? price * (1 + feeRate) / (1 - feeRate) : price * (1 - feeRate) / (1 + feeRate);
        for (int j = 0; j < legs; j++) {
            target[j] = price + side * levelsR[j] * tpScale * risk;
        }
    }

    /**
     * Take-profit {@code leg} was reached (its order filled, even partly): moves the stop to breakeven and arms
     * the trail when their take-profit count is reached. Returns whether the stop moved.
     */
    public boolean takeProfitHit(int leg) {
        requireActive();
        if (leg < 0 || leg >= legs) {
            throw new IllegalArgumentException("take-profit leg must be 0.." + (legs - 1) + ", got " + leg);
        }
        if (hit[leg]) {
            return false;
        }
        hit[leg] = true;
        hits++;
        boolean moved = false;
        if (breakevenAfter > 0 && hits >= breakevenAfter) {
            moved = tighten(breakeven, ExitReason.BREAKEVEN);
        }
        if (trailKind != TRAIL_OFF && hits >= armAfter) {
            trailArmed = true;
        }
        return moved;
    }

    /**
     * A bar closed with the position open: counts it, follows the best price with the trail when armed, then
     * checks the close against the stop and the time stop. Returns the exit reason when the position must
     * close (the stop's reason, or {@link ExitReason#TIME}), empty otherwise.
     *
     * @param atr the current ATR (used by an ATR trail)
     */
    public Optional<ExitReason> onBar(double high, double low, double close, double atr) {
        requireActive();
        bars++;
        best = side > 0 ? Math.max(best, high) : Math.min(best, low);
        if (trailArmed) {
            double distance = trailKind == TRAIL_ATR ? trailValue * atr : best * trailValue / 100.0;
            if (distance > 0 && Double.isFinite(distance)) {
                tighten(best - side * distance, ExitReason.TRAILING);
            }
        }
        if (side * (close - stop) <= 0) {
            return Optional.of(stopReason);
        }
        if (timeStopBars > 0 && bars >= timeStopBars) {
            return Optional.of(ExitReason.TIME);
        }
        return Optional.empty();
    }

    /**
     * A predictive alert: moves the stop {@code fraction} of the way from where it is to breakeven (1 = all the
     * way). Never loosens: a stop already at or past breakeven stays. Returns whether it moved.
     */
    public boolean tightenTowardBreakeven(double fraction) {
        requireActive();
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be in (0, 1], got " + fraction);
        }
        double to = fraction == 1.0 ? breakeven : stop + fraction * (breakeven - stop);
        return tighten(to, fraction == 1.0 ? ExitReason.BREAKEVEN : ExitReason.STOP);
    }

    /** Moves the stop to {@code price} if that is tighter (higher for a long); returns whether it moved. */
    public boolean tighten(double price, ExitReason reason) {
        requireActive();
        if (side * (price - stop) > 0) {
            stop = price;
            stopReason = reason;
            return true;
        }
        return false;
    }

    /** The venue's safety-net stop: {@code (hardStopMultiple − 1) × R} behind the dynamic stop; NaN without one. */
    public double hardStop() {
        return hardMultiple > 0 ? stop - side * (hardMultiple - 1) * risk : Double.NaN;
    }

    /** Ends the plan (the position closed). */
    public void close() {
        active = false;
    }

    public boolean isActive() {
        return active;
    }

    /** How many plans this instance has opened (tells one position's plan from the next). */
    public long opens() {
        return opens;
    }

    /** +1 long, −1 short. */
    public int side() {
        return side;
    }

    public double entry() {
        return entry;
    }

    /** R, the initial stop distance. */
    public double risk() {
        return risk;
    }

    /** The dynamic stop. */
    public double stop() {
        return stop;
    }

    /** What the stop is now: {@code stop}, {@code breakeven} or {@code trailing}; the reason of its exit. */
    public ExitReason stopReason() {
        return stopReason;
    }

    public double breakevenPrice() {
        return breakeven;
    }

    /** Best price since the entry: the highest high of a long, the lowest low of a short. */
    public double best() {
        return best;
    }

    public int legs() {
        return legs;
    }

    /** The price of take-profit {@code leg}. */
    public double takeProfit(int leg) {
        return target[leg];
    }

    public boolean isHit(int leg) {
        return hit[leg];
    }

    /** Take-profits reached so far. */
    public int hits() {
        return hits;
    }

    public boolean trailArmed() {
        return trailArmed;
    }

    /** Bars closed since the plan opened. */
    public int bars() {
        return bars;
    }

    private void requireActive() {
        if (!active) {
            throw new IllegalStateException("exit plan is not active");
        }
    }
}
