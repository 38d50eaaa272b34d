package dev.kairos.analytics.performance;

/**
 * Streaming statistics of an equity curve: feed the equity at every bar close with {@link #add}; read the
 * statistics at any time. O(1) and allocation-free per bar; the curve itself is not stored.
 *
 * <p>Bar {@code i} (from 1) has the simple return {@code r_i = equity_i / equity_{i-1} - 1}, where
 * {@code equity_0} is the initial equity, so {@code n} bars give {@code n} returns. Their mean and variance
 * are accumulated with Welford's algorithm. Elapsed time is {@code n * barIntervalMs}, and a year is
 * {@value #MILLIS_PER_YEAR} ms (365.25 days).
 *
 * <p>Equity must stay positive: an account at or below zero has no defined return, so {@code add} rejects
 * it, and the engine must end or flag such a run before reporting.
 */
public final class EquityStats {
    /** Milliseconds in a year of 365.25 days: crypto trades every day. */
    public static final long MILLIS_PER_YEAR = 31_557_600_000L;

    private final double initialEquity;
    private final long barIntervalMs;
    private final double barsPerYear;

    private long bars;
    private long inMarketBars;
    private double lastEquity;
    /** Welford running mean and sum of squared deviations of the returns. */
    private double meanReturn;
    private double squaredDeviations;
    /** Sum of {@code min(r, 0)^2} over all returns. */
    private double downsideSquares;
    private double peak;
    private double maxDrawdown;
    private long drawdownBars;
    private long maxDrawdownBars;

    /**
     * @param initialEquity equity before the first bar, quote currency; positive and finite. It counts as
     *                      the first peak.
     * @param barIntervalMs the bar interval in ms, positive
     * @throws IllegalArgumentException on a non-positive or non-finite argument
     */
    public EquityStats(double initialEquity, long barIntervalMs) {
        if (!(initialEquity > 0) || initialEquity == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("initial equity must be positive and finite, got " + initialEquity);
        }
        if (barIntervalMs <= 0) {
            throw new IllegalArgumentException("bar interval must be positive, got " + barIntervalMs + " ms");
        }
        this.initialEquity = initialEquity;
        this.barIntervalMs = barIntervalMs;
        this.barsPerYear = (double) MILLIS_PER_YEAR / barIntervalMs;
        this.lastEquity = initialEquity;
        this.peak = initialEquity;
    }

    /**
     * Adds one bar close.
     *
     * <p>Equity may reach zero or below (a leveraged or short account that is wiped out): that bar's return
     * is {@code equity / previous − 1} (≤ −100%), and returns after it are 0, since a return on nothing is
     * undefined.
     *
     * @param equity   equity marked to market at the bar close, quote currency; finite
     * @param inMarket whether a position was held during the bar
     * @throws IllegalArgumentException when the equity is not finite
     */
    public void add(double equity, boolean inMarket) {
        if (!Double.isFinite(equity)) {
            throw new IllegalArgumentException("equity must be finite, got " + equity + " at bar " + (bars + 1));
        }
        bars++;
        if (inMarket) {
            inMarketBars++;
        }
        double r = lastEquity > 0 ? equity / lastEquity - 1.0 : 0.0;
        lastEquity = equity;
        double delta = r - meanReturn;
        meanReturn += delta / bars;
        squaredDeviations += delta * (r - meanReturn);
        if (r < 0) {
            downsideSquares += r * r;
        }
        if (equity >= peak) {
            peak = equity;
            drawdownBars = 0;
        } else {
            double drawdown = (peak - equity) / peak;
            if (drawdown > maxDrawdown) {
                maxDrawdown = drawdown;
            }
            if (++drawdownBars > maxDrawdownBars) {
                maxDrawdownBars = drawdownBars;
            }
        }
    }

    /** Bars added so far (= number of returns). */
    public long bars() {
        return bars;
    }

    public double initialEquity() {
        return initialEquity;
    }

    /** Equity at the latest bar close; the initial equity before any bar. */
    public double finalEquity() {
        return lastEquity;
    }

    public long barIntervalMs() {
        return barIntervalMs;
    }

    /** {@code MILLIS_PER_YEAR / barIntervalMs}: the annualisation factor of per-bar statistics. */
    public double barsPerYear() {
        return barsPerYear;
    }

    /** Elapsed years: {@code bars * barIntervalMs / MILLIS_PER_YEAR}. */
    public double years() {
        return bars / barsPerYear;
    }

    /** {@code final / initial - 1}; 0 before any bar. */
    public double totalReturn() {
        return lastEquity / initialEquity - 1.0;
    }

    /**
     * Compound annual growth rate {@code (final / initial)^(1 / years) - 1}; 0 before any bar. Over spans
     * much shorter than a year it extrapolates wildly (and may overflow to infinity), as the definition
     * implies.
     */
    public double cagr() {
        if (bars == 0) {
            return 0.0;
        }
        return lastEquity <= 0 ? -1.0 : Math.pow(lastEquity / initialEquity, 1.0 / years()) - 1.0;
    }

    /** Arithmetic mean of the per-bar simple returns; 0 before any bar. */
    public double meanReturn() {
        return meanReturn;
    }

    /** Sample (n − 1) standard deviation of the per-bar returns; 0 with fewer than 2 returns. */
    public double returnStdev() {
        return bars < 2 ? 0.0 : Math.sqrt(squaredDeviations / (bars - 1));
    }

    /**
     * Annualised Sharpe ratio with a risk-free rate of 0: {@code mean(r) / stdev(r) * sqrt(barsPerYear)},
     * with the sample standard deviation. 0 with fewer than 2 returns or a standard deviation of 0.
     */
    public double sharpe() {
        double stdev = returnStdev();
        return stdev == 0.0 ? 0.0 : meanReturn / stdev * Math.sqrt(barsPerYear);
    }

    /**
     * Downside deviation with a target of 0: {@code sqrt(sum(min(r, 0)^2) / n)}, the mean taken over all
     * {@code n} returns, not only the negative ones. 0 before any bar.
     */
    public double downsideDeviation() {
        return bars == 0 ? 0.0 : Math.sqrt(downsideSquares / bars);
    }

    /**
     * Annualised Sortino ratio with a target of 0: {@code mean(r) / downsideDeviation * sqrt(barsPerYear)}.
     * 0 when no return is negative.
     */
    public double sortino() {
        return downsideSquares == 0.0 ? 0.0 : meanReturn / downsideDeviation() * Math.sqrt(barsPerYear);
    }

    /** {@code cagr / maxDrawdown}; 0 when the maximum drawdown is 0. */
    public double calmar() {
        return maxDrawdown == 0.0 ? 0.0 : cagr() / maxDrawdown;
    }

    /**
     * Largest peak-to-trough fall as a positive fraction of the peak, {@code max((peak - equity) / peak)},
     * where the peak is the highest equity so far, the initial equity included. 0 when equity never falls
     * below a peak.
     */
    public double maxDrawdown() {
        return maxDrawdown;
    }

    /**
     * Longest run of consecutive bars whose equity is strictly below the peak so far (the initial equity
     * included). A bar at or above the peak ends the run and is not counted; a run still open at the end
     * counts. E.g. initial 100, then 90, 95, 100, 98: runs of 2 and 1, so 2.
     */
    public long maxDrawdownDurationBars() {
        return maxDrawdownBars;
    }

    /** Fraction of bars added with {@code inMarket = true}; 0 before any bar. */
    public double exposure() {
        return bars == 0 ? 0.0 : (double) inMarketBars / bars;
    }

    @Override
    public String toString() {
        return "EquityStats[bars=" + bars + ", initial=" + initialEquity + ", final=" + lastEquity + "]";
    }
}
