package dev.kairos.analytics.regime;

import dev.kairos.model.regime.Regime;

/**
 * The raw per-bar features the fitted detectors cluster, computed incrementally from closes fed in time
 * order, O(1) per bar and without allocating: each vector is written into a caller's reused {@code double[]}.
 * Only the closes fed so far are used, never a later one.
 *
 * <ol start="0">
 *   <li>{@link #RETURN}: the log return of the bar, {@code ln(close / previousClose)}.</li>
 *   <li>{@link #LOG_VOLATILITY}: the natural log of the realised volatility of the last {@code volatilityWindow}
 *       log returns (their root mean square, a fraction per bar; floored at {@value #VOLATILITY_FLOOR} so that a
 *       run of unchanged closes stays finite). The log makes the feature roughly Gaussian.</li>
 *   <li>{@link #TREND}: the mean log return per bar over the last {@code trendWindow} bars,
 *       {@code ln(close / close[trendWindow bars ago]) / trendWindow}.</li>
 * </ol>
 *
 * <p>The first vector comes with close number {@link RegimeFeaturesConfig#warmUpBars()}. The running sum of
 * squared returns is summed afresh once every {@code volatilityWindow} bars so that rounding does not drift.
 * Standardisation is not done here: {@link RegimeFeaturesWindow} takes its statistics from a training window.
 * {@link #regimeOf} turns a fitted state's feature means into a regime. Not thread-safe.
 */
public final class RegimeFeatures {
    /** Number of features. */
    public static final int DIMENSIONS = 3;
    /** Index of the one-bar log return. */
    public static final int RETURN = 0;
    /** Index of the log realised volatility. */
    public static final int LOG_VOLATILITY = 1;
    /** Index of the trend (mean log return per bar over the trend window). */
    public static final int TREND = 2;
    /** Smallest realised volatility (fraction per bar) before taking the log. */
    public static final double VOLATILITY_FLOOR = 1e-8;

    private final RegimeFeaturesConfig config;
    /** The last {@code trendWindow + 1} closes; {@code closes[head]} is the oldest once full. */
    private final double[] closes;
    /** The last {@code volatilityWindow} squared log returns; {@code squares[squareHead]} is the oldest once full. */
    private final double[] squares;
    private int closeCount;
    private int head;
    private int squareCount;
    private int squareHead;
    private int sinceResum;
    private double sumSquares;

    /** @param config windows of the features (not null) */
    public RegimeFeatures(RegimeFeaturesConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("regime features: config is required");
        }
        this.config = config;
        this.closes = new double[config.trendWindow() + 1];
        this.squares = new double[config.volatilityWindow()];
    }

    public RegimeFeaturesConfig config() {
        return config;
    }

    /**
     * Consumes the next close and, once warmed up, writes the bar's three features into {@code out[0..2]}.
     *
     * @return true when {@code out} now holds the features of this bar; false during warm-up ({@code out}
     *         untouched)
     * @throws IllegalArgumentException when {@code close} is not a positive finite price
     */
    public boolean update(double close, double[] out) {
        if (!(close > 0.0) || Double.isInfinite(close)) {
            throw new IllegalArgumentException("regime features: close must be a positive finite price, got " + close);
        }
        int size = closes.length;
        double previous = closeCount == 0 ? close : closes[(head + closeCount - 1) % size];
        double r = Math.log(close / previous);
        if (closeCount > 0) {
            pushSquare(r * r);
        }
        double oldest;
        if (closeCount < size) {
            closes[(head + closeCount) % size] = close;
            closeCount++;
            oldest = closes[head];
        } else {
            closes[head] = close;
            head = head + 1 == size ? 0 : head + 1;
            oldest = closes[head];
        }
        if (closeCount < size || squareCount < squares.length) {
            return false;
        }
        double volatility = Math.sqrt(Math.max(0.0, sumSquares) / squares.length);
        out[RETURN] = r;
        out[LOG_VOLATILITY] = Math.log(Math.max(volatility, VOLATILITY_FLOOR));
        out[TREND] = Math.log(close / oldest) / config.trendWindow();
        return true;
    }

    private void pushSquare(double square) {
        int n = squares.length;
        if (squareCount < n) {
            squares[squareCount++] = square;
            sumSquares += square;
            return;
        }
        sumSquares += square - squares[squareHead];
        squares[squareHead] = square;
        squareHead = squareHead + 1 == n ? 0 : squareHead + 1;
        if (++sinceResum == n) {
            sinceResum = 0;
            double s = 0.0;
            for (double v : squares) {
                s += v;
            }
            sumSquares = s;
        }
    }

    /** True once a feature vector has been produced. */
    public boolean isReady() {
        return closeCount == closes.length && squareCount == squares.length;
    }

    /** Forgets every close fed. */
    public void reset() {
        closeCount = 0;
        head = 0;
        squareCount = 0;
        squareHead = 0;
        sinceResum = 0;
        sumSquares = 0.0;
    }

    /**
     * The regime a fitted state stands for, from its mean features in raw units.
     *
     * <p>Trend test first: the state's mean trend in standard errors of a {@code trendWindow}-bar mean return
     * at the state's volatility, {@code z = trend * sqrt(trendWindow) / exp(logVolatility)}; {@code z >= threshold}
     * is {@link Regime#BULL_TREND}, {@code z <= -threshold} {@link Regime#BEAR_TREND}. Otherwise a range:
     * {@link Regime#VOLATILE_RANGE} when the state's log volatility is above {@code referenceLogVolatility}
     * (the training window's mean), else {@link Regime#QUIET_RANGE}.
     *
     * @param trend                  the state's mean of {@link #TREND} (log return per bar)
     * @param logVolatility          the state's mean of {@link #LOG_VOLATILITY}
     * @param referenceLogVolatility the mean of {@link #LOG_VOLATILITY} over the training window
     */
    public static Regime regimeOf(double trend, double logVolatility, double referenceLogVolatility,
                                  RegimeFeaturesConfig config) {
        double z = trend * Math.sqrt(config.trendWindow()) / Math.exp(logVolatility);
        if (z >= config.trendThreshold()) {
            return Regime.BULL_TREND;
        }
        if (z <= -config.trendThreshold()) {
            return Regime.BEAR_TREND;
        }
        return logVolatility > referenceLogVolatility ? Regime.VOLATILE_RANGE : Regime.QUIET_RANGE;
    }

    /**
     * The sharpness of probabilities over the regimes, {@code 1 - H(p) / ln(Regime.COUNT)}: 1 for a certain
     * regime, 0 for the uniform distribution.
     */
    public static double sharpness(double[] p) {
        double h = 0.0;
        for (double q : p) {
            if (q > 0.0) {
                h -= q * Math.log(q);
            }
        }
        return Math.max(0.0, Math.min(1.0, 1.0 - h / Math.log(Regime.COUNT)));
    }
}
