package dev.kairos.analytics.sentiment;

/**
 * One text of a feed.
 *
 * @param time   when the text became known, epoch milliseconds UTC
 * @param text   the text, not blank
 * @param source where it came from (a site, an account, a channel); empty when the feed does not say
 * @param line   the 1-based line of the feed file where its row starts (0 when it did not come from a file)
 */
public record TimedText(long time, String text, String source, int line) {
    public TimedText {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
        if (source == null) {
            throw new IllegalArgumentException("source is required (use \"\" for none)");
        }
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, got " + line);
        }
    }

    /** A text without source or file line. */
    public static TimedText of(long time, String text) {
        return new TimedText(time, text, "", 0);
    }
}
