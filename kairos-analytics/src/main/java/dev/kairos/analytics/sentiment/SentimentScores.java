package dev.kairos.analytics.sentiment;

/**
 * The VADER scores of one text.
 *
 * <p>{@code compound} is the normalised sum of the rule-adjusted valences, {@code s / sqrt(s² + 15)}, in
 * [−1, 1]. {@code positive}, {@code neutral} and {@code negative} are the proportions of the text's tokens
 * falling in each class (each positive token weighted {@code 1 + valence}, each negative one
 * {@code 1 + |valence|}, each neutral one 1; punctuation emphasis added to the larger side); they sum to 1, or
 * are all 0 for a text with no tokens ({@link #EMPTY}). Values are unrounded (the reference rounds compound
 * to 4 decimals and the proportions to 3 when it prints them).
 */
public record SentimentScores(double compound, double positive, double neutral, double negative) {
    /** The scores of a text without tokens: all 0. */
    public static final SentimentScores EMPTY = new SentimentScores(0.0, 0.0, 0.0, 0.0);

    /** Customary cut for calling a text positive ({@code compound >= 0.05}) or negative ({@code <= -0.05}). */
    public static final double POLARITY_CUT = 0.05;

    public SentimentScores {
        if (!(compound >= -1.0 && compound <= 1.0)) {
            throw new IllegalArgumentException("compound must be within -1..1, got " + compound);
        }
        checkProportion("positive", positive);
        checkProportion("neutral", neutral);
        checkProportion("negative", negative);
        double sum = positive + neutral + negative;
        if (sum != 0.0 && Math.abs(sum - 1.0) > 1e-9) {
            throw new IllegalArgumentException("positive + neutral + negative must be 1 (or all 0), got " + positive
                    + " + " + neutral + " + " + negative + " = " + sum);
        }
    }

    /** The text's polarity by the customary ±{@value #POLARITY_CUT} cut on {@link #compound()}. */
    public Polarity polarity() {
        if (compound >= POLARITY_CUT) {
            return Polarity.POSITIVE;
        }
        return compound <= -POLARITY_CUT ? Polarity.NEGATIVE : Polarity.NEUTRAL;
    }

    /** Positive, neutral or negative overall. */
    public enum Polarity {
        NEGATIVE, NEUTRAL, POSITIVE;

        /** Lower-case name used in CSV and JSON. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static void checkProportion(String name, double v) {
        if (!(v >= 0.0 && v <= 1.0)) {
            throw new IllegalArgumentException(name + " must be a proportion within 0..1, got " + v);
        }
    }
}
