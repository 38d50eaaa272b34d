package dev.kairos.analytics.risk;

/**
 * VaR and Expected Shortfall of one return series by every method, at one confidence and horizon, e.g. over
 * the per-bar portfolio returns of a backtest.
 *
 * @param returns number of one-period returns the figures rest on
 */
public record RiskFigures(double confidence, int horizon, int returns, TailEstimate historical,
                          TailEstimate parametric, TailEstimate monteCarlo) {

    public RiskFigures {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be >= 1, got " + horizon);
        }
        if (historical == null || parametric == null || monteCarlo == null) {
            throw new IllegalArgumentException("estimates must not be null (use TailEstimate.UNKNOWN)");
        }
    }

    /** The figures of {@code returns}; Monte Carlo seeded with {@code seed}. */
    public static RiskFigures of(double[] returns, double confidence, int horizon, long seed) {
        return new RiskFigures(confidence, horizon, returns.length,
                ValueAtRisk.of(VarMethod.HISTORICAL, returns, confidence, horizon, seed),
                ValueAtRisk.of(VarMethod.PARAMETRIC, returns, confidence, horizon, seed),
                ValueAtRisk.of(VarMethod.MONTE_CARLO, returns, confidence, horizon, seed));
    }

    /** The estimate of {@code method}. */
    public TailEstimate by(VarMethod method) {
        return switch (method) {
            case HISTORICAL -> historical;
            case PARAMETRIC -> parametric;
            case MONTE_CARLO -> monteCarlo;
        };
    }
}
