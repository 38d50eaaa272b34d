package dev.kairos.analytics.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The example sentences of the VADER project's README with the scores it publishes (compound printed to 4
 * decimals, the proportions to 3): ours round to the same digits. The README's emoji example is not here: its
 * score depends on the reference's own emoji description table (its published figure changed between releases);
 * {@link #emojiAreScoredByTheirNames()} checks what this implementation does instead.
 */
class ReferenceExamplesTest {
    private final VaderScorer vader = VaderScorer.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // text | compound | pos | neu | neg
            "VADER is smart, handsome, and funny.                         |  0.8316 | 0.746 | 0.254 | 0.0",
            "VADER is smart, handsome, and funny!                         |  0.8439 | 0.752 | 0.248 | 0.0",
            "VADER is very smart, handsome, and funny.                    |  0.8545 | 0.701 | 0.299 | 0.0",
            "VADER is VERY SMART, handsome, and FUNNY.                    |  0.9227 | 0.754 | 0.246 | 0.0",
            "VADER is VERY SMART, handsome, and FUNNY!!!                  |  0.9342 | 0.767 | 0.233 | 0.0",
            "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!     |  0.9469 | 0.706 | 0.294 | 0.0",
            "VADER is not smart, handsome, nor funny.                     | -0.7424 | 0.0   | 0.354 | 0.646",
            "The book was good.                                           |  0.4404 | 0.492 | 0.508 | 0.0",
            "At least it isn't a horrible book.                           |  0.431  | 0.363 | 0.637 | 0.0",
            "The book was only kind of good.                              |  0.3832 | 0.303 | 0.697 | 0.0",
            "The plot was good, but the characters are uncompelling and the dialog is not great. "
                    + "                                                   | -0.7042 | 0.094 | 0.579 | 0.327",
            "Today SUX!                                                   | -0.5461 | 0.0   | 0.221 | 0.779",
            "Today only kinda sux! But I'll get by, lol                   |  0.5249 | 0.317 | 0.556 | 0.127",
            "Make sure you :) or :D today!                                |  0.8633 | 0.706 | 0.294 | 0.0",
            "Not bad at all                                               |  0.431  | 0.487 | 0.513 | 0.0",
    })
    void readmeExamplesGiveThePublishedScores(String text, double compound, double pos, double neu, double neg) {
        SentimentScores s = vader.score(text.strip());

        assertThat(s.compound()).as("compound").isCloseTo(compound, within(0.00005 + 1e-12));
        assertThat(s.positive()).as("positive").isCloseTo(pos, within(0.0005 + 1e-12));
        assertThat(s.neutral()).as("neutral").isCloseTo(neu, within(0.0005 + 1e-12));
        assertThat(s.negative()).as("negative").isCloseTo(neg, within(0.0005 + 1e-12));
    }

    @Test
    void emojiAreScoredByTheirNames() {
        // U+1F498 HEART WITH ARROW, U+1F48B KISS MARK, U+1F601 GRINNING FACE WITH SMILING EYES
        SentimentScores withEmoji = vader.score("Catch utf-8 emoji such as such as \uD83D\uDC98 and \uD83D\uDC8B and "
                + "\uD83D\uDE01");
        SentimentScores spelled = vader.score("Catch utf-8 emoji such as such as heart with arrow and kiss mark and "
                + "grinning face with smiling eyes");

        assertThat(withEmoji).isEqualTo(spelled);
        // heart 3.2 + kiss 1.8 + grinning 1.5 + smiling 2.0 = 8.5
        assertThat(withEmoji.compound()).isCloseTo(8.5 / Math.sqrt(8.5 * 8.5 + 15), within(1e-12));
    }
}
