package dev.kairos.analytics.regime;

/**
 * How {@link RegimeFeatures} measures a bar and how a fitted state's statistics name a regime.
 *
 * @param volatilityWindow log returns in the realised-volatility window, at least 2 (default 20)
 * @param trendWindow      bars over which the trend (mean log return per bar) is measured, at least 2 (default 20)
 * @param trendThreshold   a state is a trend when its mean trend, in units of the standard error of a
 *                         {@code trendWindow}-bar mean return at the state's own volatility
 *                         ({@code |trend| * sqrt(trendWindow) / volatility}), reaches this; positive (default 1.0)
 */
public record RegimeFeaturesConfig(int volatilityWindow, int trendWindow, double trendThreshold) {

    /** Default volatility window (bars). */
    public static final int DEFAULT_VOLATILITY_WINDOW = 20;
    /** Default trend window (bars). */
    public static final int DEFAULT_TREND_WINDOW = 20;
    /** Default trend threshold (standard errors). */
    public static final double DEFAULT_TREND_THRESHOLD = 1.0;

    /** @throws IllegalArgumentException when a value is out of range */
    public RegimeFeaturesConfig {
        if (volatilityWindow < 2) {
            throw new IllegalArgumentException("regime features: volatility window must be >= 2 bars, got "
                    + volatilityWindow);
        }
        if (trendWindow < 2) {
            throw new IllegalArgumentException("regime features: trend window must be >= 2 bars, got " + trendWindow);
        }
        if (!(trendThreshold > 0.0) || Double.isInfinite(trendThreshold)) {
            throw new IllegalArgumentException("regime features: trend threshold must be positive and finite, got "
                    + trendThreshold);
        }
    }

    /** Windows of 20 bars, trend threshold 1 standard error. */
    public static RegimeFeaturesConfig defaults() {
        return new RegimeFeaturesConfig(DEFAULT_VOLATILITY_WINDOW, DEFAULT_TREND_WINDOW, DEFAULT_TREND_THRESHOLD);
    }

    /** Closes needed for the first feature vector: the longer of the two windows plus one. */
    public int warmUpBars() {
        return Math.max(volatilityWindow, trendWindow) + 1;
    }
}
