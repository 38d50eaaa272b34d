/**
 * Lexicon sentiment of short texts and a smoothed sentiment index over a timestamped text feed.
 *
 * <ul>
 * <li>{@link dev.kairos.analytics.sentiment.VaderScorer} scores one text by the VADER method (Hutto &amp; Gilbert,
 *     ICWSM 2014) over a {@link dev.kairos.analytics.sentiment.SentimentLexicon} (the VADER lexicon, MIT, is
 *     bundled as a resource of this package with its licence beside it) into
 *     {@link dev.kairos.analytics.sentiment.SentimentScores}.
 * <li>{@link dev.kairos.analytics.sentiment.TextFeedCsv} reads a {@code timestamp,text[,source]} feed, accounting
 *     for every row in a {@link dev.kairos.analytics.sentiment.TextFeedRead}.
 * <li>{@link dev.kairos.analytics.sentiment.SentimentIndex} smooths compound scores exponentially (half-life in
 *     time or in texts) and maps the smoothed value to a {@link dev.kairos.model.regime.SentimentState} with
 *     hysteresis; {@link dev.kairos.analytics.sentiment.SentimentTimeline} runs it over a whole feed and answers
 *     point-in-time queries. Readings are {@link dev.kairos.analytics.sentiment.SentimentReading}s: known, stale
 *     or missing, never a silent neutral.
 * </ul>
 *
 * <p>Units: valences on VADER's −4..+4 scale; compound and the smoothed index in [−1, 1]; proportions in [0, 1];
 * timestamps epoch milliseconds UTC; half-lives in milliseconds or in texts.
 *
 * <p>Threading: the lexicon, scorer, scores, readings and timelines are immutable and thread-safe; a
 * {@code SentimentIndex} is mutable and single-threaded (one per feed, owned by the thread that feeds it).
 */
package dev.kairos.analytics.sentiment;
