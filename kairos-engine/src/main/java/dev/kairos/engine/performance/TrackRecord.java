package dev.kairos.engine.performance;

/**
 * A strategy's recent record, read from the benchmarker's rolling windows.
 *
 * @param trades      closed trades in the window
 * @param wins        of those, trades with a positive net PnL
 * @param averageWin  mean return on entry notional of the winning trades (&gt; 0); NaN when none
 * @param averageLoss mean loss on entry notional of the other trades, as a magnitude (&gt;= 0); NaN when none
 * @param signals     directional signals scored against the realised move
 * @param signalHits  of those, signals whose direction the move confirmed
 */
public record TrackRecord(int trades, int wins, double averageWin, double averageLoss, int signals,
                          int signalHits) {
    /** No data at all. */
    public static final TrackRecord EMPTY = new TrackRecord(0, 0, Double.NaN, Double.NaN, 0, 0);

    public TrackRecord {
        if (trades < 0 || wins < 0 || wins > trades) {
            throw new IllegalArgumentException("need 0 <= wins <= trades, got " + wins + " of " + trades);
        }
        if (signals < 0 || signalHits < 0 || signalHits > signals) {
            throw new IllegalArgumentException("need 0 <= signal hits <= signals, got " + signalHits + " of "
                    + signals);
        }
    }

    /** wins / trades; NaN without trades. */
    public double winRate() {
        return trades == 0 ? Double.NaN : (double) wins / trades;
    }

    /**
     * The payoff ratio b = average win / average loss: +∞ with wins and no (or only zero) losses, 0 with losses
     * and no wins, NaN without trades.
     */
    public double payoffRatio() {
        if (trades == 0) {
            return Double.NaN;
        }
        if (wins == 0) {
            return 0.0;
        }
        if (wins == trades || !(averageLoss > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        return averageWin / averageLoss;
    }

    /** signalHits / signals; NaN without scored signals. */
    public double signalHitRate() {
        return signals == 0 ? Double.NaN : (double) signalHits / signals;
    }
}
