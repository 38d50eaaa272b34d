package dev.kairos.analytics.sentiment;

import static dev.kairos.analytics.sentiment.VaderRules.AFTER_BUT;
import static dev.kairos.analytics.sentiment.VaderRules.ALPHA;
import static dev.kairos.analytics.sentiment.VaderRules.BEFORE_BUT;
import static dev.kairos.analytics.sentiment.VaderRules.CAPS;
import static dev.kairos.analytics.sentiment.VaderRules.DISTANCE_2;
import static dev.kairos.analytics.sentiment.VaderRules.DISTANCE_3;
import static dev.kairos.analytics.sentiment.VaderRules.EXCLAMATION;
import static dev.kairos.analytics.sentiment.VaderRules.MANY_QUESTIONS;
import static dev.kairos.analytics.sentiment.VaderRules.MAX_EXCLAMATIONS;
import static dev.kairos.analytics.sentiment.VaderRules.MODIFIERS;
import static dev.kairos.analytics.sentiment.VaderRules.NEGATION;
import static dev.kairos.analytics.sentiment.VaderRules.NEVER_SO;
import static dev.kairos.analytics.sentiment.VaderRules.QUESTION;
import static dev.kairos.analytics.sentiment.VaderRules.SPECIAL_CASES;

import java.util.List;
import java.util.Locale;

/**
 * Lexicon- and rule-based sentiment of short texts by the VADER method (Hutto &amp; Gilbert, "VADER: A
 * Parsimonious Rule-based Model for Sentiment Analysis of Social Media Text", ICWSM 2014). Written for Kairos
 * from the paper and the reference project's documentation; on the example sentences of the reference's README it
 * gives the published scores (all but the emoji example, whose figure depends on the reference's emoji table).
 *
 * <p>A text is scored in these steps:
 * <ol>
 * <li>Emoji are spelled out as their Unicode names; the text is split on whitespace and each token loses
 *     surrounding punctuation (unless that leaves at most 2 characters, which keeps emoticons such as {@code :)});
 *     one-character tokens are dropped.
 * <li>Each token found in the lexicon (lower-cased) gets its valence; every other token counts as neutral (0).
 *     Degree modifiers themselves and the "kind" of "kind of" are neutral.
 * <li>The valence of a sentiment word is then adjusted:
 *   <ul>
 *   <li>"no": a "no" directly before another lexicon word is neutral itself, and a word one or two places after
 *       "no" (or three places, with "or"/"nor" just before it) is negated, ×{@value VaderRules#NEGATION};
 *   <li>ALL CAPS, when the text mixes capitals and lower case: ±{@value VaderRules#CAPS} away from zero;
 *   <li>each of the three preceding words that is not itself a lexicon word, nearest first: a booster adds
 *       {@value VaderRules#BOOSTER} of intensity (a dampener removes it; ±{@value VaderRules#CAPS} more when the
 *       modifier is in capitals), scaled ×0.95 at distance 2 and ×0.9 at distance 3; a negation word (or any
 *       "n't" word) multiplies by {@value VaderRules#NEGATION}, except "never so"/"never this" (×1.25) and
 *       "without doubt" (unchanged);
 *   <li>after the third word back: multi-word special cases ("the bomb", "yeah right", "to die for", ...) replace
 *       the valence, and the two-word dampeners "kind of", "sort of", "just enough" just before the word lower
 *       it by {@value VaderRules#BOOSTER};
 *   <li>"least" just before the word negates it, unless preceded by "at" or "very".
 *   </ul>
 * <li>"but" (the first one): valences before it are halved, those after it ×1.5.
 * <li>The valences are summed; exclamation marks (0.292 each, at most 4) and question marks (2-3: 0.18 each,
 *     4 or more: 0.96) push the sum away from zero; {@code compound = s / sqrt(s² + 15)}.
 * <li>Proportions: positive tokens weigh {@code 1 + v}, negative ones {@code 1 + |v|}, neutral ones 1; the
 *     punctuation emphasis is added to the larger of the positive and negative sides.
 * </ol>
 *
 * <p>Where the reference's code does something its documentation does not describe, this class follows the
 * description: the "never so/this" emphasis needs "never" three words back (the reference also applies it to any
 * word right after "so"/"this"); "but" scales each token by its position (the reference looks tokens up by value
 * and can scale the wrong one of two equal valences); an emoji is padded with spaces on both sides.
 *
 * <p>Immutable and thread-safe; allocates per text (tokens), so it belongs where texts arrive, not in a per-bar
 * loop.
 */
public final class VaderScorer {
    private final SentimentLexicon lexicon;

    public VaderScorer(SentimentLexicon lexicon) {
        if (lexicon == null) {
            throw new IllegalArgumentException("a lexicon is required");
        }
        this.lexicon = lexicon;
    }

    /** A scorer over the bundled VADER lexicon. */
    public static VaderScorer standard() {
        return Standard.SCORER;
    }

    /** Holder: the standard scorer (and the bundled lexicon) is built when first asked for. */
    private static final class Standard {
        static final VaderScorer SCORER = new VaderScorer(SentimentLexicon.bundled());
    }

    /** The scores of {@code text}; {@link SentimentScores#EMPTY} when it has no tokens. */
    public SentimentScores score(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text is required (use \"\" for none)");
        }
        Analysis a = analyse(text);
        return combine(a.valences(), a.text());
    }

    /** The compound score of {@code text}, in [−1, 1]. */
    public double compound(String text) {
        return score(text).compound();
    }

    /** The tokens of a text (after emoji spelling) and their final valences, for tests and explanations. */
    record Analysis(String text, List<String> tokens, double[] valences) {
    }

    Analysis analyse(String text) {
        String spelled = VaderText.spellEmoji(text);
        List<String> tokens = VaderText.tokens(spelled);

        int n = tokens.size();
        String[] lower = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = tokens.get(i).toLowerCase(Locale.ROOT);
        }
        boolean mixedCase = VaderText.mixedCase(tokens);
        double[] valences = new double[n];
        for (int i = 0; i < n; i++) {
            boolean modifier = MODIFIERS.containsKey(lower[i]);
            boolean kindOf = i < n - 1 && lower[i].equals("kind") && lower[i + 1].equals("of");
            if (!modifier && !kindOf && lexicon.contains(lower[i])) {
                valences[i] = valence(tokens, lower, i, mixedCase);
            }
        }
        shiftAroundBut(lower, valences);
        return new Analysis(spelled, tokens, valences);
    }

    private double valence(List<String> tokens, String[] lower, int i, boolean mixedCase) {
        double base = lexicon.valenceOf(lower[i]);
        double v = base;
        if (lower[i].equals("no") && i < lower.length - 1 && lexicon.contains(lower[i + 1])) {
            v = 0.0; // "no" negating the next word, not a sentiment of its own
        }
        if ((i > 0 && lower[i - 1].equals("no")) || (i > 1 && lower[i - 2].equals("no"))
                || (i > 2 && lower[i - 3].equals("no") && (lower[i - 1].equals("or") || lower[i - 1].equals("nor")))) {
            v = base * NEGATION;
        }
        if (mixedCase && VaderText.isAllCaps(tokens.get(i))) {
            v += v > 0 ? CAPS : -CAPS;
        }
        for (int distance = 1; distance <= 3 && distance <= i; distance++) {
            int j = i - distance;
            if (lexicon.contains(lower[j])) {
                continue;
            }
            double s = modifierScalar(tokens.get(j), lower[j], v, mixedCase);
            if (distance == 2) {
                s *= DISTANCE_2;
            } else if (distance == 3) {
                s *= DISTANCE_3;
            }
            v = negated(v + s, lower, i, distance);
            if (distance == 3) {
                v = specialCases(v, lower, i);
            }
        }
        return least(v, lower, i);
    }

    /** The scalar a degree modifier adds to valence {@code v}: towards larger magnitude for a booster. */
    private static double modifierScalar(String token, String lowerToken, double v, boolean mixedCase) {
        Double scalar = MODIFIERS.get(lowerToken);
        if (scalar == null) {
            return 0.0;
        }
        double s = v < 0 ? -scalar : scalar;
        if (mixedCase && VaderText.isAllCaps(token)) {
            s += v > 0 ? CAPS : -CAPS;
        }
        return s;
    }

    /** The negation rule for the word {@code distance} places before word {@code i}. */
    private static double negated(double v, String[] lower, int i, int distance) {
        String w = lower[i - distance];
        switch (distance) {
            case 1 -> {
                return VaderRules.negates(w) ? v * NEGATION : v;
            }
            case 2 -> {
                if (w.equals("never") && soOrThis(lower[i - 1])) {
                    return v * NEVER_SO;
                }
                if (w.equals("without") && lower[i - 1].equals("doubt")) {
                    return v;
                }
                return VaderRules.negates(w) ? v * NEGATION : v;
            }
            default -> {
                if (w.equals("never") && (soOrThis(lower[i - 2]) || soOrThis(lower[i - 1]))) {
                    return v * NEVER_SO;
                }
                if (w.equals("without") && (lower[i - 2].equals("doubt") || lower[i - 1].equals("doubt"))) {
                    return v;
                }
                return VaderRules.negates(w) ? v * NEGATION : v;
            }
        }
    }

    private static boolean soOrThis(String w) {
        return w.equals("so") || w.equals("this");
    }

    /** Special multi-word cases around word {@code i} (needs {@code i >= 3}), then the two-word dampeners. */
    private static double specialCases(double v, String[] lower, int i) {
        String oneZero = lower[i - 1] + " " + lower[i];
        String twoOneZero = lower[i - 2] + " " + oneZero;
        String twoOne = lower[i - 2] + " " + lower[i - 1];
        String threeTwoOne = lower[i - 3] + " " + twoOne;
        String threeTwo = lower[i - 3] + " " + lower[i - 2];
        for (String seq : new String[] {oneZero, twoOneZero, twoOne, threeTwoOne, threeTwo}) {
            Double special = SPECIAL_CASES.get(seq);
            if (special != null) {
                v = special;
                break;
            }
        }
        if (i + 1 < lower.length) {
            Double special = SPECIAL_CASES.get(lower[i] + " " + lower[i + 1]);
            if (special != null) {
                v = special;
            }
        }
        if (i + 2 < lower.length) {
            Double special = SPECIAL_CASES.get(lower[i] + " " + lower[i + 1] + " " + lower[i + 2]);
            if (special != null) {
                v = special;
            }
        }
        for (String seq : new String[] {threeTwoOne, threeTwo, twoOne}) {
            Double scalar = MODIFIERS.get(seq);
            if (scalar != null) {
                v += scalar;
            }
        }
        return v;
    }

    /** "least good" negates; "at least good" and "very least good" do not. */
    private double least(double v, String[] lower, int i) {
        if (i == 0 || !lower[i - 1].equals("least") || lexicon.contains("least")) {
            return v;
        }
        if (i > 1 && (lower[i - 2].equals("at") || lower[i - 2].equals("very"))) {
            return v;
        }
        return v * NEGATION;
    }

    private static void shiftAroundBut(String[] lower, double[] valences) {
        int but = -1;
        for (int i = 0; i < lower.length && but < 0; i++) {
            if (lower[i].equals("but")) {
                but = i;
            }
        }
        if (but < 0) {
            return;
        }
        for (int i = 0; i < valences.length; i++) {
            if (i < but) {
                valences[i] *= BEFORE_BUT;
            } else if (i > but) {
                valences[i] *= AFTER_BUT;
            }
        }
    }

    /** Sum, punctuation emphasis, normalisation and proportions. */
    static SentimentScores combine(double[] valences, String text) {
        if (valences.length == 0) {
            return SentimentScores.EMPTY;
        }
        double sum = 0.0;
        double positive = 0.0;
        double negative = 0.0;
        int neutral = 0;
        for (double v : valences) {
            sum += v;
            if (v > 0) {
                positive += v + 1.0;
            } else if (v < 0) {
                negative += v - 1.0;
            } else {
                neutral++;
            }
        }
        double emphasis = punctuationEmphasis(text);
        if (sum > 0) {
            sum += emphasis;
        } else if (sum < 0) {
            sum -= emphasis;
        }
        double compound = Math.max(-1.0, Math.min(1.0, sum / Math.sqrt(sum * sum + ALPHA)));
        if (positive > -negative) {
            positive += emphasis;
        } else if (positive < -negative) {
            negative -= emphasis;
        }
        double total = positive - negative + neutral;
        return new SentimentScores(compound, Math.abs(positive / total), Math.abs(neutral / total),
                Math.abs(negative / total));
    }

    /** Intensity from "!" (0.292 each, up to 4) and from two or more "?". */
    static double punctuationEmphasis(String text) {
        int exclamations = Math.min(VaderText.count(text, '!'), MAX_EXCLAMATIONS);
        int questions = VaderText.count(text, '?');
        double q = questions <= 1 ? 0.0 : questions <= 3 ? questions * QUESTION : MANY_QUESTIONS;
        return exclamations * EXCLAMATION + q;
    }
}
