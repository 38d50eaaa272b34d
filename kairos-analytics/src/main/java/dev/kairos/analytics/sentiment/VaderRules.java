package dev.kairos.analytics.sentiment;

import java.util.Map;
import java.util.Set;

/**
 * The constants and word lists of the VADER rules (Hutto &amp; Gilbert, ICWSM 2014, and the reference
 * implementation's documented behaviour). The empirical constants are the paper's mean rating differences on
 * its 1..4 intensity scale.
 */
final class VaderRules {
    /** Intensity added by a booster ("very good"), subtracted by a dampener ("slightly good"). */
    static final double BOOSTER = 0.293;
    /** Intensity added by writing a sentiment word in ALL CAPS when the rest of the text is not. */
    static final double CAPS = 0.733;
    /** Factor applied to a negated valence ("not good" = −0.74 × good). */
    static final double NEGATION = -0.74;
    /** Factor for the "never so/this" construction ("never so good" is emphatic, not negated). */
    static final double NEVER_SO = 1.25;
    /** Booster weight one word further away (at distance 2) and two words further (at distance 3). */
    static final double DISTANCE_2 = 0.95;
    static final double DISTANCE_3 = 0.9;
    /** "but" halves what precedes it and strengthens what follows it by half. */
    static final double BEFORE_BUT = 0.5;
    static final double AFTER_BUT = 1.5;
    /** Per exclamation mark, counted up to {@link #MAX_EXCLAMATIONS}. */
    static final double EXCLAMATION = 0.292;
    static final int MAX_EXCLAMATIONS = 4;
    /** Per question mark when there are 2 or 3; {@link #MANY_QUESTIONS} for 4 or more; nothing for one. */
    static final double QUESTION = 0.18;
    static final double MANY_QUESTIONS = 0.96;
    /** The α of {@code compound = s / sqrt(s² + α)}, approximating the largest expected sum. */
    static final double ALPHA = 15.0;

    /** Words that negate a sentiment word up to three words after them (any word with "n't" does too). */
    static final Set<String> NEGATIONS = Set.of("aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt",
            "doesnt", "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt",
            "havent", "isnt", "mightnt", "mustnt", "neither", "don't", "hadn't", "hasn't", "haven't", "isn't",
            "mightn't", "mustn't", "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
            "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent", "oughtn't", "shan't", "shouldn't", "uh-uh",
            "wasn't", "weren't", "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite");

    private static final String[] BOOSTERS = {"absolutely", "amazingly", "awfully", "completely", "considerable",
        "considerably", "decidedly", "deeply", "effing", "enormous", "enormously", "entirely", "especially",
        "exceptional", "exceptionally", "extreme", "extremely", "fabulously", "flipping", "flippin", "frackin",
        "fracking", "fricking", "frickin", "frigging", "friggin", "fully", "fuckin", "fucking", "fuggin", "fugging",
        "greatly", "hella", "highly", "hugely", "incredible", "incredibly", "intensely", "major", "majorly", "more",
        "most", "particularly", "purely", "quite", "really", "remarkably", "so", "substantially", "thoroughly",
        "total", "totally", "tremendous", "tremendously", "uber", "unbelievably", "unusually", "utter", "utterly",
        "very"};
    private static final String[] DAMPENERS = {"almost", "barely", "hardly", "just enough", "kind of", "kinda",
        "kindof", "kind-of", "less", "little", "marginal", "marginally", "occasional", "occasionally", "partly",
        "scarce", "scarcely", "slight", "slightly", "somewhat", "sort of", "sorta", "sortof", "sort-of"};

    /** Degree modifiers (lower case) and their scalar: +{@link #BOOSTER} or −{@link #BOOSTER}. */
    static final Map<String, Double> MODIFIERS = modifiers();

    /**
     * Multi-word expressions whose valence replaces that of the sentiment word they contain or neighbour
     * ("the bomb" is good, "bus stop" is neutral, "yeah right" is sarcastic).
     */
    static final Map<String, Double> SPECIAL_CASES = Map.of("the shit", 3.0, "the bomb", 3.0, "bad ass", 1.5,
            "badass", 1.5, "bus stop", 0.0, "yeah right", -2.0, "kiss of death", -1.5, "to die for", 3.0,
            "beating heart", 3.1, "broken heart", -2.9);

    private VaderRules() {
    }

    /** Whether a lower-case word negates: a listed negation or any word containing "n't". */
    static boolean negates(String lowerWord) {
        return NEGATIONS.contains(lowerWord) || lowerWord.contains("n't");
    }

    private static Map<String, Double> modifiers() {
        java.util.HashMap<String, Double> m = new java.util.HashMap<>();
        for (String w : BOOSTERS) {
            m.put(w, BOOSTER);
        }
        for (String w : DAMPENERS) {
            m.put(w, -BOOSTER);
        }
        return Map.copyOf(m);
    }
}
