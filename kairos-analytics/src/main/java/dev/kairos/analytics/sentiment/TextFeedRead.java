package dev.kairos.analytics.sentiment;

import java.util.List;

/**
 * A text feed read from a file, with an account of every data row:
 * {@code parsed == accepted + skipped + malformed}. A row is skipped when it is well formed but has no text
 * (a blank text field); malformed when it cannot be read (wrong number of fields, a timestamp that is not a
 * time, a broken quote, a time before the previous row's).
 *
 * @param texts    the accepted texts in file order (times never decrease)
 * @param problems the first {@link #MAX_PROBLEMS} skipped or malformed rows, as {@code line N: why} (1-based
 *                 file lines; the header is line 1)
 */
public record TextFeedRead(List<TimedText> texts, int parsed, int accepted, int skipped, int malformed,
                           List<String> problems) {
    /** How many problem rows are described; the counts cover all of them. */
    public static final int MAX_PROBLEMS = 20;

    public TextFeedRead {
        if (texts == null || problems == null) {
            throw new IllegalArgumentException("texts and problems are required");
        }
        if (parsed != accepted + skipped + malformed || accepted != texts.size() || skipped < 0 || malformed < 0) {
            throw new IllegalArgumentException("row counts do not add up: parsed " + parsed + ", accepted " + accepted
                    + ", skipped " + skipped + ", malformed " + malformed + ", texts " + texts.size());
        }
        texts = List.copyOf(texts);
        problems = List.copyOf(problems);
    }

    /** {@code 12 parsed, 10 accepted, 1 skipped, 1 malformed}. */
    public String counts() {
        return parsed + " parsed, " + accepted + " accepted, " + skipped + " skipped, " + malformed + " malformed";
    }
}
