package dev.kairos.analytics.regime;

import dev.kairos.model.regime.Regime;

/**
 * What a regime timeline looked like: the share of time in each regime, its segments (maximal runs of
 * consecutive bars in one regime) and their mean length, the bar-to-bar transition matrix and the mean
 * confidence. Bars without a regime (warm-up) are counted apart and left out of everything else; a
 * warm-up bar ends a segment.
 *
 * @param bars           bars in the timeline, warm-up included
 * @param unknownBars    bars with no regime yet
 * @param share          per regime ({@link Regime#ordinal()}), its share of the bars that had a regime
 * @param segments       per regime, the number of segments
 * @param meanSegmentBars per regime, the mean segment length in bars (0 with no segment)
 * @param transitions    {@code transitions[a][b]}: of the bars in regime {@code a} followed by a bar with a
 *                       regime, the share followed by regime {@code b}; a row of zeros when there were none
 * @param meanConfidence mean confidence over the bars that had a regime (NaN confidences skipped); 0 if none
 */
public record RegimeTimelineSummary(int bars, int unknownBars, double[] share, int[] segments,
                                    double[] meanSegmentBars, double[][] transitions, double meanConfidence) {

    /**
     * @param regime     the regime ordinal at each bar, {@code -1} for none
     * @param confidence the confidence at each bar, same length
     */
    public static RegimeTimelineSummary of(int[] regime, double[] confidence) {
        if (regime.length != confidence.length) {
            throw new IllegalArgumentException("one confidence per bar is needed: " + regime.length + " regimes, "
                    + confidence.length + " confidences");
        }
        int n = regime.length;
        int[] count = new int[Regime.COUNT];
        int[] segments = new int[Regime.COUNT];
        long[][] moves = new long[Regime.COUNT][Regime.COUNT];
        int unknown = 0;
        double confidenceSum = 0;
        int confidenceCount = 0;
        for (int i = 0; i < n; i++) {
            int r = regime[i];
            if (r < -1 || r >= Regime.COUNT) {
                throw new IllegalArgumentException("regime ordinal must be -1 (none) or 0.." + (Regime.COUNT - 1)
                        + ", got " + r + " at bar " + i);
            }
            if (r < 0) {
                unknown++;
                continue;
            }
            count[r]++;
            if (i == 0 || regime[i - 1] != r) {
                segments[r]++;
            }
            if (i + 1 < n && regime[i + 1] >= 0) {
                moves[r][regime[i + 1]]++;
            }
            if (!Double.isNaN(confidence[i])) {
                confidenceSum += confidence[i];
                confidenceCount++;
            }
        }
        int known = n - unknown;
        double[] share = new double[Regime.COUNT];
        double[] meanSegment = new double[Regime.COUNT];
        double[][] transitions = new double[Regime.COUNT][Regime.COUNT];
        for (int r = 0; r < Regime.COUNT; r++) {
            share[r] = known == 0 ? 0.0 : (double) count[r] / known;
            meanSegment[r] = segments[r] == 0 ? 0.0 : (double) count[r] / segments[r];
            long rowTotal = 0;
            for (long m : moves[r]) {
                rowTotal += m;
            }
            for (int b = 0; b < Regime.COUNT; b++) {
                transitions[r][b] = rowTotal == 0 ? 0.0 : (double) moves[r][b] / rowTotal;
            }
        }
        return new RegimeTimelineSummary(n, unknown, share, segments, meanSegment, transitions,
                confidenceCount == 0 ? 0.0 : confidenceSum / confidenceCount);
    }

    /** Total number of segments over all regimes. */
    public int totalSegments() {
        int total = 0;
        for (int s : segments) {
            total += s;
        }
        return total;
    }
}
