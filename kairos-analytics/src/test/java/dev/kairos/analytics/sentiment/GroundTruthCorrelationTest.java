package dev.kairos.analytics.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.analytics.testsupport.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The quality target: on the 4,200 tweet-like texts that the VADER paper rated by at least 20 people each
 * ({@code shared/data/sentiment/vader_tweets_GroundTruth.txt}, {@code id<TAB>mean rating<TAB>text}), the Pearson
 * correlation of our compound with the mean human rating is at least 0.85 (the paper reports 0.881 for its
 * implementation of the time; this implementation gives 0.871). Skips when the shared file is absent.
 */
class GroundTruthCorrelationTest {
    private static final String FILE = "sentiment/vader_tweets_GroundTruth.txt";

    @Test
    void compoundCorrelatesWithHumanRatings() throws IOException {
        Path file = SharedData.require(FILE);
        GroundTruthAgreement agreement = GroundTruthAgreement.of(file, VaderScorer.standard());
        assertThat(agreement.texts()).isEqualTo(4200);
        double r = agreement.correlation();
        System.out.printf(Locale.ROOT, "VADER compound vs human rating on %d tweets: Pearson r = %.4f%n",
                agreement.texts(), r);
        assertThat(r).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void pearsonIsRightOnAHandComputedCase() {
        // x = 1,2,3,4; y = 2,4,5,9: mean 2.5 / 5; sxy = 11.0, sxx = 5, syy = 26 -> 11 / sqrt(130)
        assertThat(GroundTruthAgreement.pearson(new double[] {1, 2, 3, 4}, new double[] {2, 4, 5, 9}, 4))
                .isCloseTo(11.0 / Math.sqrt(130.0), org.assertj.core.api.Assertions.within(1e-12));
    }
}
