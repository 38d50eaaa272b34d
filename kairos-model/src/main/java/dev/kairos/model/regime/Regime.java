package dev.kairos.model.regime;

import java.util.Locale;

/**
 * The one closed set of market regimes. Every detector maps its own states onto these four; arrays of
 * probabilities over the regimes are indexed by {@link #ordinal()}.
 */
public enum Regime {
    /** Rising prices with persistent direction. */
    BULL_TREND,
    /** Falling prices with persistent direction. */
    BEAR_TREND,
    /** No persistent direction, high volatility. */
    VOLATILE_RANGE,
    /** No persistent direction, low volatility. */
    QUIET_RANGE;

    /** The number of regimes (length of probability arrays). */
    public static final int COUNT = 4;

    private static final Regime[] ALL = values();

    /** The regime at {@code ordinal} without allocating (unlike {@code values()}). */
    public static Regime of(int ordinal) {
        return ALL[ordinal];
    }

    /** Lower-case snake name used in CSV columns and JSON, e.g. {@code bull_trend}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the two trend regimes. */
    public boolean isTrend() {
        return this == BULL_TREND || this == BEAR_TREND;
    }

    /** Parses a name in either case, e.g. {@code bull_trend} or {@code BULL_TREND}. */
    public static Regime parse(String text) {
        for (Regime r : ALL) {
            if (r.name().equalsIgnoreCase(text.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown regime '" + text + "'; expected one of bull_trend, bear_trend,"
                + " volatile_range, quiet_range");
    }
}
