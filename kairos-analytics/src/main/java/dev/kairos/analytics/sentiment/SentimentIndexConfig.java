package dev.kairos.analytics.sentiment;

/**
 * Settings of a {@link SentimentIndex}.
 *
 * @param halfLife        how fast old texts fade
 * @param bands           the five states, their cuts and the hysteresis margin
 * @param staleAfterMillis a reading more than this long after the last text is stale, not a value (> 0)
 */
public record SentimentIndexConfig(HalfLife halfLife, SentimentBands bands, long staleAfterMillis) {
    /** Half-life 6 hours, {@link SentimentBands#DEFAULT}, stale after 24 hours without a text. */
    public static final SentimentIndexConfig DEFAULT = new SentimentIndexConfig(new HalfLife.Time(6 * 3_600_000L),
            SentimentBands.DEFAULT, 24 * 3_600_000L);

    public SentimentIndexConfig {
        if (halfLife == null || bands == null) {
            throw new IllegalArgumentException("halfLife and bands are required");
        }
        if (staleAfterMillis <= 0) {
            throw new IllegalArgumentException("staleAfterMillis must be > 0, got " + staleAfterMillis);
        }
    }

    /** The same settings with another half-life. */
    public SentimentIndexConfig withHalfLife(HalfLife h) {
        return new SentimentIndexConfig(h, bands, staleAfterMillis);
    }
}
