package dev.kairos.model.regime;

/**
 * How sure a regime call is, with the factors it was built from (each in [0, 1]).
 *
 * @param score              the combined confidence in [0, 1]
 * @param level              {@link ConfidenceLevel#of(double)} of the score
 * @param agreement          how far the detectors agree on the regime
 * @param historicalAccuracy the detectors' measured accuracy against realised outcomes
 * @param dataQuality        1 for complete, fresh inputs; lower with gaps, stale or missing inputs
 * @param boundaryDistance   1 far from a regime switch, 0 on the boundary between two regimes
 * @param volatilityModifier a multiplier in [0, 1] that lowers confidence in extreme volatility
 */
public record RegimeConfidence(double score, ConfidenceLevel level, double agreement, double historicalAccuracy,
                               double dataQuality, double boundaryDistance, double volatilityModifier) {

    public RegimeConfidence {
        check("score", score);
        check("agreement", agreement);
        check("historicalAccuracy", historicalAccuracy);
        check("dataQuality", dataQuality);
        check("boundaryDistance", boundaryDistance);
        check("volatilityModifier", volatilityModifier);
        if (level == null) {
            throw new IllegalArgumentException("confidence level is required");
        }
    }

    private static void check(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1]: " + v);
        }
    }
}
