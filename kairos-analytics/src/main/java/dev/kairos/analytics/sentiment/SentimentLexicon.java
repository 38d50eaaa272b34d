package dev.kairos.analytics.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A valence lexicon: token → mean valence on the VADER scale, −4 (extremely negative) to +4 (extremely
 * positive). Tokens are matched exactly as stored; {@link VaderScorer} looks up lower-cased words, so an
 * entry with capitals (such as {@code :D}) is only reached through its lower-case twin ({@code :d}), as in
 * the reference implementation.
 *
 * <p>The text format is VADER's: one entry a line, tab-separated, {@code token<TAB>mean[<TAB>...]}; fields after
 * the mean (standard deviation, raw ratings) are ignored. Blank lines are ignored. When a token appears twice
 * the later line wins (the bundled lexicon has 14 such tokens, e.g. {@code lol} at 2.9 and again at 1.8; the reference
 * keeps the later value, and its published example scores depend on that).
 *
 * <p>Immutable and thread-safe. The lexicon shipped with Kairos ({@link #bundled()}) is read once per class
 * loader, on first use.
 */
public final class SentimentLexicon {
    /** The classpath resource of the bundled lexicon (MIT, see the {@code .LICENSE.txt} beside it). */
    public static final String BUNDLED_RESOURCE = "/dev/kairos/analytics/sentiment/vader_lexicon.txt";
    /** Valences outside this magnitude are rejected: the scale is −4 .. +4. */
    public static final double MAX_VALENCE = 4.0;

    private final Map<String, Double> valences;
    private final int duplicates;

    private SentimentLexicon(Map<String, Double> valences, int duplicates) {
        this.valences = Map.copyOf(valences);
        this.duplicates = duplicates;
    }

    /** The VADER lexicon shipped in this module (7,520 lines, 7,506 distinct tokens). */
    public static SentimentLexicon bundled() {
        return Bundled.LEXICON;
    }

    /**
     * Parses lexicon lines.
     *
     * @param source a name for error messages (a file or resource name)
     * @throws IllegalArgumentException naming the source and the 1-based line of the first bad entry: a missing
     *                                  tab, an empty token, a mean that is not a finite number within ±4; or no
     *                                  entry at all
     */
    public static SentimentLexicon parse(List<String> lines, String source) {
        Map<String, Double> map = new HashMap<>(lines.size() * 2);
        int duplicates = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            String where = source + " line " + (i + 1) + ": ";
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(where + "expected token<TAB>mean valence, found no tab in '"
                        + abbreviate(line) + "'");
            }
            String token = line.substring(0, tab);
            if (token.isEmpty()) {
                throw new IllegalArgumentException(where + "the token (first field) is empty");
            }
            int end = line.indexOf('\t', tab + 1);
            String meanText = (end < 0 ? line.substring(tab + 1) : line.substring(tab + 1, end)).strip();
            double mean;
            try {
                mean = Double.parseDouble(meanText);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + "the mean valence of '" + token + "' is not a number: '"
                        + abbreviate(meanText) + "'", e);
            }
            if (!Double.isFinite(mean) || Math.abs(mean) > MAX_VALENCE) {
                throw new IllegalArgumentException(where + "the mean valence of '" + token + "' must be a finite "
                        + "number within -4..4, got " + meanText);
            }
            if (map.put(token, mean) != null) {
                duplicates++;
            }
        }
        if (map.isEmpty()) {
            throw new IllegalArgumentException(source + ": no lexicon entries (expected token<TAB>mean lines)");
        }
        return new SentimentLexicon(map, duplicates);
    }

    /**
     * Reads a UTF-8 lexicon from a stream (not closed here).
     *
     * @throws IllegalArgumentException for a bad entry or bytes that are not UTF-8
     * @throws UncheckedIOException     when the stream cannot be read
     */
    public static SentimentLexicon read(InputStream in, String source) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(source + ": not UTF-8 text after line " + lines.size(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
        return parse(lines, source);
    }

    /** The mean valence of {@code token} (exact match), if it is in the lexicon. */
    public OptionalDouble valence(String token) {
        Double v = valences.get(token);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** Whether {@code token} (exact match) is in the lexicon. */
    public boolean contains(String token) {
        return valences.containsKey(token);
    }

    /** Distinct tokens. */
    public int size() {
        return valences.size();
    }

    /** Lines whose token had appeared before (the later value was kept). */
    public int duplicates() {
        return duplicates;
    }

    /** The value for a token known to be present ({@link #contains}); package use on the scoring path. */
    double valenceOf(String token) {
        return valences.get(token);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /** Holder: the bundled lexicon is parsed when first asked for, once. */
    private static final class Bundled {
        static final SentimentLexicon LEXICON = load();

        private static SentimentLexicon load() {
            try (InputStream in = SentimentLexicon.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled sentiment lexicon " + BUNDLED_RESOURCE
                            + " is not on the class path (is the kairos-analytics jar complete?)");
                }
                return read(in, BUNDLED_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE + ": " + e.getMessage(), e);
            }
        }
    }
}
