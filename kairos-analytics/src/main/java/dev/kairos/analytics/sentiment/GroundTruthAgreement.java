package dev.kairos.analytics.sentiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How well a scorer agrees with human ratings: the Pearson correlation of its compound score with the mean
 * rating of each text, over a file in the format of VADER's ground truth ({@code id<TAB>mean rating<TAB>text}
 * per line; blank lines skipped).
 *
 * @param texts       texts scored
 * @param correlation Pearson r of compound score and human rating
 */
public record GroundTruthAgreement(int texts, double correlation) {

    /**
     * Scores every text of {@code file} with {@code scorer}.
     *
     * @throws IllegalArgumentException naming the line when one is not {@code id<TAB>rating<TAB>text}
     */
    public static GroundTruthAgreement of(Path file, VaderScorer scorer) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        double[] human = new double[lines.size()];
        double[] ours = new double[lines.size()];
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", 3);
            if (f.length != 3) {
                throw new IllegalArgumentException(file + ": line " + (i + 1) + ": expected id<TAB>rating<TAB>text");
            }
            try {
                human[n] = Double.parseDouble(f[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ": line " + (i + 1) + ": rating is not a number: '" + f[1]
                        + "'");
            }
            ours[n] = scorer.compound(f[2].strip());
            n++;
        }
        return new GroundTruthAgreement(n, pearson(human, ours, n));
    }

    /** Pearson correlation of the first {@code n} values of {@code x} and {@code y}; NaN with no variation. */
    public static double pearson(double[] x, double[] y, int n) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
