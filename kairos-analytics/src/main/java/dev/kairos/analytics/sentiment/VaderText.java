package dev.kairos.analytics.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text side of VADER: emoji spelled out as words, whitespace tokens with surrounding punctuation
 * removed, and the shape tests (ALL CAPS) the rules need.
 */
final class VaderText {
    /** ASCII punctuation, the set stripped from both ends of a token. */
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private VaderText() {
    }

    /**
     * Replaces each emoji by its lower-case Unicode character name between spaces ("😁" → " grinning face with
     * smiling eyes "), so that its words can carry sentiment. Emoji components that name no feeling are dropped:
     * skin-tone modifiers, variation selectors, the zero-width joiner, keycap and tag marks and regional-indicator
     * letters (flags). The
     * reference does the same with its own emoji→description table (CLDR short names, which differ from the
     * Unicode names for some emoji).
     */
    static String spellEmoji(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean dropped = cp >= 0x80 && (Character.isEmojiComponent(cp) || (cp >= 0xFE00 && cp <= 0xFE0F));
            boolean emoji = !dropped && cp >= 0x80 && Character.isEmoji(cp);
            if (emoji || dropped) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 32).append(text, 0, i);
                }
                if (!dropped) {
                    String name = Character.getName(cp);
                    if (name != null) {
                        out.append(' ').append(name.toLowerCase(Locale.ROOT)).append(' ');
                    }
                }
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /**
     * The tokens of a text: split on whitespace, then each token loses leading and trailing ASCII punctuation
     * unless what remains would be at most 2 characters long (so emoticons such as {@code :)} and {@code :D}
     * and short words with their punctuation, such as {@code ok!}, stay whole). Tokens of a single character
     * ("a", "I", "5", a lone "!") are left out: they carry no sentiment and would only dilute the proportions. The
     * reference's README figures were produced that way ("At least it isn't a horrible book." has 5 neutral
     * tokens there); its 3.3 releases keep such tokens, which changes the proportions of texts containing them
     * and, through the three-word windows, rarely the compound.
     */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            boolean space = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
            if (space && start >= 0) {
                String token = stripPunctuation(text.substring(start, i));
                if (token.codePointCount(0, token.length()) > 1) {
                    tokens.add(token);
                }
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        return tokens;
    }

    static String stripPunctuation(String token) {
        int a = 0;
        int b = token.length();
        while (a < b && PUNCTUATION.indexOf(token.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && PUNCTUATION.indexOf(token.charAt(b - 1)) >= 0) {
            b--;
        }
        return token.codePointCount(a, b) <= 2 ? token : token.substring(a, b);
    }

    /**
     * Whether a token is in capitals: it has at least one cased letter and no lower-case or title-case one
     * ("SUX", ":D" and "I" are; "Sux" and "123" are not).
     */
    static boolean isAllCaps(String token) {
        boolean cased = false;
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            cased |= Character.isUpperCase(cp);
            i += Character.charCount(cp);
        }
        return cased;
    }

    /** Whether some but not all tokens are in capitals: only then do capitals mark emphasis. */
    static boolean mixedCase(List<String> tokens) {
        int caps = 0;
        for (String t : tokens) {
            if (isAllCaps(t)) {
                caps++;
            }
        }
        return caps > 0 && caps < tokens.size();
    }

    /** Occurrences of {@code c} in {@code text}. */
    static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
