package dev.kairos.analytics.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each VADER rule on its own, over a tiny lexicon so that every expected value is computed by hand: the sum of
 * the adjusted valences {@code s} (checked through {@code compound = s / sqrt(s² + 15)}) and the proportions.
 */
class VaderRulesTest {
    private static final SentimentLexicon LEXICON = SentimentLexicon.parse(List.of(
            "good\t2.0", "bad\t-2.0", "great\t3.0", "kind\t2.4", "no\t-1.2", "bomb\t-2.2", "yeah\t1.2", ":)\t2.0",
            "doubt\t-1.5"), "test lexicon");
    private static final double TOL = 1e-12;

    private final VaderScorer vader = new VaderScorer(LEXICON);

    /** The compound of a valence sum. */
    private static double c(double sum) {
        return sum / Math.sqrt(sum * sum + 15.0);
    }

    private double[] valences(String text) {
        return vader.analyse(text).valences();
    }

    private void assertSum(String text, double sum) {
        assertThat(vader.score(text).compound()).as("compound of '%s'", text).isCloseTo(c(sum), within(TOL));
    }

    @Nested
    class LexiconAndTokens {
        @Test
        void aLexiconWordScoresItsValenceAndUnknownWordsAreNeutral() {
            assertSum("good", 2.0);
            SentimentScores s = vader.score("the good movie");
            // positive side 1 + 2.0 = 3, two neutral tokens
            assertThat(s.compound()).isCloseTo(c(2.0), within(TOL));
            assertThat(s.positive()).isCloseTo(3.0 / 5.0, within(TOL));
            assertThat(s.neutral()).isCloseTo(2.0 / 5.0, within(TOL));
            assertThat(s.negative()).isZero();
        }

        @Test
        void aTextWithoutSentimentIsAllNeutralAndAnEmptyTextHasNoScores() {
            SentimentScores s = vader.score("the movie was on tuesday");
            assertThat(s).isEqualTo(new SentimentScores(0.0, 0.0, 1.0, 0.0));
            assertThat(vader.score("")).isEqualTo(SentimentScores.EMPTY);
            assertThat(vader.score("  \t\n ")).isEqualTo(SentimentScores.EMPTY);
            assertThat(vader.score("a I 5 !")).as("only one-character tokens").isEqualTo(SentimentScores.EMPTY);
        }

        @Test
        void mixedTextSplitsIntoProportions() {
            SentimentScores s = vader.score("good bad movie");
            // positive 1 + 2 = 3, negative 1 + 2 = 3, neutral 1
            assertThat(s.compound()).isZero();
            assertThat(s.positive()).isCloseTo(3.0 / 7.0, within(TOL));
            assertThat(s.negative()).isCloseTo(3.0 / 7.0, within(TOL));
            assertThat(s.neutral()).isCloseTo(1.0 / 7.0, within(TOL));
            assertThat(s.polarity()).isEqualTo(SentimentScores.Polarity.NEUTRAL);
        }

        @Test
        void matchingIsCaseInsensitiveAndSurroundingPunctuationIsStripped() {
            assertThat(vader.analyse("(Good), \"good\"... good?!").tokens()).containsExactly("Good", "good", "good");
            assertSum("GOOD good", 2.0 + 0.733 + 2.0); // caps emphasis, see CapsEmphasis
        }

        @Test
        void shortTokensKeepTheirPunctuationSoEmoticonsSurvive() {
            assertThat(vader.analyse("nice :) ok! a").tokens()).containsExactly("nice", ":)", "ok!");
            assertSum("nice :)", 2.0);
        }

        @Test
        void oneCharacterTokensAreDropped() {
            assertThat(vader.analyse("I had a good day , 5 stars").tokens())
                    .containsExactly("had", "good", "day", "stars");
            assertThat(vader.score("a good").positive()).isEqualTo(1.0);
        }
    }

    @Nested
    class DegreeModifiers {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "very good,              2.293",
                "slightly good,          1.707",
                "very bad,              -2.293",
                "slightly bad,          -1.707",
                "very much good,         2.27835",  // 2 + 0.293 * 0.95
                "very much much good,    2.2637",   // 2 + 0.293 * 0.9
                "very much much more good, 2.293",  // "very" is 4 away; "more" 1 away: 2 + 0.293
        })
        void boostersAndDampenersShiftTheIntensityByDistance(String text, double sum) {
            assertSum(text, sum);
        }

        @Test
        void aModifierIsNeutralItself() {
            assertThat(valences("very movie")).containsExactly(0.0, 0.0);
            SentimentScores s = vader.score("very good");
            assertThat(s.positive()).isCloseTo(3.293 / 4.293, within(TOL));
        }

        @Test
        void aModifierBehindAnotherSentimentWordIsSkippedForThatDistance() {
            // great: +0.293 ("very" 1 away); good: "great" 1 away is a lexicon word (skipped), "very" 2 away
            assertThat(valences("very great good")).containsExactly(0.0, 3.293, 2.0 + 0.293 * 0.95);
        }

        @Test
        void kindOfAndSortOfDampenTheWordRightAfterThem() {
            // "kind" of "kind of" is neutral (it is a lexicon word on its own), "of" is neutral; the two-word
            // dampener is recognised three words back from the sentiment word
            assertThat(valences("it's kind of good")).containsExactly(0.0, 0.0, 0.0, 2.0 - 0.293);
            assertThat(valences("it's sort of good")).containsExactly(0.0, 0.0, 0.0, 2.0 - 0.293);
            assertThat(valences("kind people")).containsExactly(2.4, 0.0);
        }
    }

    @Nested
    class CapsEmphasis {
        @Test
        void capitalsAddEmphasisWhenTheTextMixesCases() {
            assertSum("GOOD movie", 2.733);
            assertSum("BAD movie", -2.733);
        }

        @Test
        void allCapitalTextHasNoEmphasis() {
            assertSum("GOOD MOVIE", 2.0);
        }

        @Test
        void aCapitalBoosterAddsEmphasisToo() {
            assertSum("VERY good movie", 2.0 + 0.293 + 0.733);
            assertSum("VERY bad movie", -2.0 - 0.293 - 0.733);
        }

        @Test
        void capitalsFollowTheShapeOfTheToken() {
            assertThat(VaderText.isAllCaps("SUX")).isTrue();
            assertThat(VaderText.isAllCaps(":D")).isTrue();
            assertThat(VaderText.isAllCaps("Sux")).isFalse();
            assertThat(VaderText.isAllCaps("123")).isFalse();
            assertThat(VaderText.isAllCaps("ÉTÉ")).isTrue();
        }
    }

    @Nested
    class Negation {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "not good,             -1.48",
                "not the good,         -1.48",
                "not the old good,     -1.48",
                "not the very old good, 2.27835", // "not" is 4 away; "very" 2 away: 2 + 0.293 * 0.95
                "isn't good,           -1.48",
                "doesnt good,          -1.48",
                "never bad,             1.48",
                "without good,         -1.48",
        })
        void aNegationUpToThreeWordsBackFlipsAndDampens(String text, double sum) {
            assertSum(text, sum);
        }

        @Test
        void twoNegationsFlipTwice() {
            assertSum("not never good", 2.0 * 0.74 * 0.74);
        }

        @Test
        void neverSoAndNeverThisEmphasise() {
            assertSum("never so good", (2.0 + 0.293) * 1.25);
            assertSum("never this good", 2.0 * 1.25);
            assertSum("never was so good", (2.0 + 0.293) * 1.25);
            // "so" right before the word without "never" is only a booster
            assertSum("it was so good", 2.0 + 0.293);
        }

        @Test
        void withoutDoubtIsNotANegation() {
            // "doubt" itself is negated by "without"; "great" is left as it is
            assertThat(valences("without doubt great")).containsExactly(0.0, -1.5 * -0.74, 3.0);
            assertSum("without any great", 3.0 * -0.74);
        }

        @Test
        void noNegatesTheNextWordsAndIsNeutralBeforeASentimentWord() {
            assertThat(valences("no good")).containsExactly(0.0, -1.48);
            assertThat(valences("no way")).containsExactly(-1.2, 0.0);
            assertThat(valences("no the good")).containsExactly(-1.2, 0.0, -1.48);
            // three back only with "or"/"nor" just before: "no bad or good"
            assertThat(valences("no bad or good")).containsExactly(0.0, 1.48, 0.0, -1.48);
        }

        @Test
        void leastNegatesUnlessAtLeastOrVeryLeast() {
            assertSum("least good", -1.48);
            assertSum("the least good", -1.48);
            assertSum("at least good", 2.0);
        }
    }

    @Nested
    class ContrastAndPunctuation {
        @Test
        void butHalvesWhatPrecedesAndStrengthensWhatFollows() {
            assertThat(valences("good but bad")).containsExactly(1.0, 0.0, -3.0);
            assertSum("good but bad", -2.0);
            // only the first "but" counts
            assertThat(valences("good but bad but good")).containsExactly(1.0, 0.0, -3.0, 0.0, 3.0);
            // equal valences on both sides are each scaled by their own position
            assertThat(valences("bad great but bad great")).containsExactly(-1.0, 1.5, 0.0, -3.0, 4.5);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "good!,           2.292",
                "good!!,          2.584",
                "good!!!!,        3.168",
                "good!!!!!!!!,    3.168",
                "bad!,           -2.292",
                "good?,           2.0",
                "good??,          2.36",
                "good???,         2.54",
                "good????,        2.96",
                "good?????????,   2.96",
                "good!! bad?? no, -2.144", // 2 - 2 - 1.2, then two "!" and two "?": -0.584 - 0.36
        })
        void exclamationAndQuestionMarksPushAwayFromZero(String text, double sum) {
            assertSum(text, sum);
        }

        @Test
        void punctuationDoesNothingToANeutralText() {
            assertThat(vader.score("hello there!!!").compound()).isZero();
        }

        @Test
        void punctuationEmphasisGoesToTheLargerSideOfTheProportions() {
            SentimentScores s = vader.score("the good!");
            double pos = 3.0 + 0.292;
            assertThat(s.positive()).isCloseTo(pos / (pos + 1.0), within(TOL));
            assertThat(s.neutral()).isCloseTo(1.0 / (pos + 1.0), within(TOL));
        }
    }

    @Nested
    class SpecialCases {
        @Test
        void anIdiomReplacesTheValenceOfTheWordInIt() {
            // "bomb" is 3 words or more into the text: "the bomb" is checked and is positive
            assertThat(valences("this is the bomb")).containsExactly(0.0, 0.0, 0.0, 3.0);
            // the window is the reference's: too near the start of the text, the plain valence stays
            assertThat(valences("the bomb")).containsExactly(0.0, -2.2);
        }

        @Test
        void anIdiomAfterTheWordCountsToo() {
            assertThat(valences("oh well um yeah right")).containsExactly(0.0, 0.0, 0.0, -2.0, 0.0);
        }
    }

    @Test
    void emojiAreSpelledOutAsTheirNames() {
        assertThat(VaderText.spellEmoji("ok\uD83D\uDE01!")).isEqualTo("ok grinning face with smiling eyes !");
        // skin tone, variation selector, joiner and flag letters carry no words
        assertThat(VaderText.spellEmoji("\uD83D\uDC4D\uD83C\uDFFD")).isEqualTo(" thumbs up sign ");
        assertThat(VaderText.spellEmoji("\u2764\uFE0F")).isEqualTo(" heavy black heart ");
        assertThat(VaderText.spellEmoji("\uD83C\uDDFA\uD83C\uDDF8")).isEmpty();
        assertThat(VaderText.spellEmoji("plain text, 100% #1 *")).isEqualTo("plain text, 100% #1 *");
    }
}
