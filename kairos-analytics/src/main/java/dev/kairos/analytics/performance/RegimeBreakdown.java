package dev.kairos.analytics.performance;

import dev.kairos.model.portfolio.ClosedTrade;
import dev.kairos.model.regime.Regime;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's performance split by market regime: for each regime, how many bars were spent in it, how the
 * equity did over those bars, and the trades entered in it.
 *
 * <p>Bar {@code i} of the equity curve has the simple return {@code equity[i] / equity[i-1] − 1}
 * ({@code equity[-1]} is the initial equity) and belongs to the regime in force at its close. A regime's
 * {@code return} compounds the returns of its bars ({@code Π(1 + r) − 1}); its Sharpe ratio is
 * {@code mean / sample stdev × sqrt(bars per year)} over those bars (0 with fewer than two bars or no
 * variation), as {@link EquityStats#sharpe()} does for the whole run. A trade counts in the regime in force
 * on its instrument when it was entered; its win rate is the share of those trades with {@code pnl > 0}.
 * Bars and trades with no regime yet (detectors warming up) form the row {@link Row#UNKNOWN}.
 */
public final class RegimeBreakdown {

    /**
     * One regime's figures.
     *
     * @param regime      the regime's key ({@link Regime#key()}) or {@code unknown}
     * @param bars        equity bars closed in the regime
     * @param trades      trades entered in the regime
     * @param totalReturn compounded return of the equity over those bars, a fraction
     * @param sharpe      annualised Sharpe ratio of those bars' returns
     * @param winRate     share of those trades with positive PnL; 0 with no trades
     */
    public record Row(String regime, long bars, int trades, double totalReturn, double sharpe, double winRate) {
        /** The key of bars and trades that had no regime. */
        public static final String UNKNOWN = "unknown";
    }

    private static final int SLOTS = Regime.COUNT + 1; // the last slot is "unknown"

    private final double barsPerYear;
    private final long[] bars = new long[SLOTS];
    private final double[] growth = new double[SLOTS];
    private final double[] mean = new double[SLOTS];
    private final double[] m2 = new double[SLOTS];
    private double previous;

    /**
     * An empty breakdown, fed bar by bar with {@link #add} (O(1), allocation-free).
     *
     * @param initialEquity equity before the first bar, positive
     * @param barIntervalMs bar interval, for annualising the Sharpe ratio
     */
    public RegimeBreakdown(double initialEquity, long barIntervalMs) {
        if (!(initialEquity > 0)) {
            throw new IllegalArgumentException("initial equity must be positive, got " + initialEquity);
        }
        if (barIntervalMs <= 0) {
            throw new IllegalArgumentException("bar interval must be positive, got " + barIntervalMs + " ms");
        }
        this.barsPerYear = (double) EquityStats.MILLIS_PER_YEAR / barIntervalMs;
        this.previous = initialEquity;
        java.util.Arrays.fill(growth, 1.0);
    }

    /** Adds the equity at a bar close and the regime ordinal in force then ({@code -1}: none). */
    public void add(double equity, int regime) {
        int s = slot(regime);
        double r = previous > 0 ? equity / previous - 1.0 : 0.0;
        previous = equity;
        growth[s] *= 1.0 + r;
        long n = ++bars[s];
        double delta = r - mean[s];
        mean[s] += delta / n;
        m2[s] += delta * (r - mean[s]);
    }

    /**
     * The rows so far, with {@code trades} attributed by {@code tradeRegime} (the regime ordinal at each trade's
     * entry, {@code -1}: none).
     *
     * @return a row per regime in {@link Regime} order, then {@code unknown} when any bar or trade had none
     */
    public List<Row> rows(List<ClosedTrade> trades, int[] tradeRegime) {
        if (trades.size() != tradeRegime.length) {
            throw new IllegalArgumentException("one regime per trade is needed: " + trades.size() + " trades, "
                    + tradeRegime.length + " regimes");
        }
        int[] tradeCount = new int[SLOTS];
        int[] wins = new int[SLOTS];
        for (int t = 0; t < tradeRegime.length; t++) {
            int s = slot(tradeRegime[t]);
            tradeCount[s]++;
            if (trades.get(t).pnl() > 0) {
                wins[s]++;
            }
        }
        List<Row> rows = new ArrayList<>(SLOTS);
        for (int s = 0; s < SLOTS; s++) {
            boolean unknown = s == Regime.COUNT;
            if (unknown && bars[s] == 0 && tradeCount[s] == 0) {
                continue;
            }
            double stdev = bars[s] > 1 ? Math.sqrt(m2[s] / (bars[s] - 1)) : 0.0;
            double sharpe = stdev > 0 ? mean[s] / stdev * Math.sqrt(barsPerYear) : 0.0;
            rows.add(new Row(unknown ? Row.UNKNOWN : Regime.of(s).key(), bars[s], tradeCount[s], growth[s] - 1.0,
                    sharpe, tradeCount[s] == 0 ? 0.0 : (double) wins[s] / tradeCount[s]));
        }
        return List.copyOf(rows);
    }

    /**
     * The breakdown of a whole curve at once.
     *
     * @param initialEquity equity before the first bar, positive
     * @param equity        equity at each bar close, in time order
     * @param barRegime     the regime ordinal in force at each bar close, {@code -1} when none yet; same length
     * @param barIntervalMs bar interval, for annualising the Sharpe ratio
     * @param trades        closed trades
     * @param tradeRegime   the regime ordinal at each trade's entry ({@code -1}: none), same order as trades
     * @return a row per regime in {@link Regime} order, then {@code unknown} when any bar or trade had none
     */
    public static List<Row> of(double initialEquity, double[] equity, int[] barRegime, long barIntervalMs,
                               List<ClosedTrade> trades, int[] tradeRegime) {
        if (equity.length != barRegime.length) {
            throw new IllegalArgumentException("one regime per equity bar is needed: " + equity.length + " bars, "
                    + barRegime.length + " regimes");
        }
        RegimeBreakdown b = new RegimeBreakdown(initialEquity, barIntervalMs);
        for (int i = 0; i < equity.length; i++) {
            b.add(equity[i], barRegime[i]);
        }
        return b.rows(trades, tradeRegime);
    }

    private static int slot(int regime) {
        if (regime < -1 || regime >= Regime.COUNT) {
            throw new IllegalArgumentException("regime ordinal must be -1 (none) or 0.." + (Regime.COUNT - 1)
                    + ", got " + regime);
        }
        return regime < 0 ? Regime.COUNT : regime;
    }
}
