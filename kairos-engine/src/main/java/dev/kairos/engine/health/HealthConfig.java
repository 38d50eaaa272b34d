package dev.kairos.engine.health;

/**
 * How health is scored and gated.
 *
 * @param minScore          the health gate: no new exposure while the overall score is below this (0..100;
 *                          0 = gate off)
 * @param windowBars        bars (and venue responses, fills, evaluated signals) each score looks back over
 * @param signalHorizonBars a signal is right when the close {@code signalHorizonBars} bars later has moved its way
 * @param minSignals        evaluated signals needed before the signal score counts
 * @param latencyBudgetMs   mean fill latency up to which the venue is fully healthy
 * @param maxErrors         errors within the window that bring the error score to 0
 */
public record HealthConfig(double minScore, int windowBars, int signalHorizonBars, int minSignals,
                           long latencyBudgetMs, int maxErrors) {

    public HealthConfig {
        if (!(minScore >= 0 && minScore <= 100)) {
            throw new IllegalArgumentException("health gate score must be in [0, 100] (0 = off), got " + minScore);
        }
        if (windowBars < 1) {
            throw new IllegalArgumentException("health window must be >= 1 bar, got " + windowBars);
        }
        if (signalHorizonBars < 1) {
            throw new IllegalArgumentException("signal horizon must be >= 1 bar, got " + signalHorizonBars);
        }
        if (minSignals < 1 || minSignals > windowBars) {
            throw new IllegalArgumentException("min signals must be in [1, window " + windowBars + "], got "
                    + minSignals);
        }
        if (latencyBudgetMs < 1) {
            throw new IllegalArgumentException("latency budget must be >= 1 ms, got " + latencyBudgetMs);
        }
        if (maxErrors < 1) {
            throw new IllegalArgumentException("max errors must be >= 1, got " + maxErrors);
        }
    }

    /**
     * Gate at 10 (only a badly broken part stops new exposure), 50-bar windows, 6-bar signal horizon, 10 signals
     * before they count, 1 day latency budget, 5 errors.
     */
    public static HealthConfig defaults() {
        return new HealthConfig(10, 50, 6, 10, 86_400_000L, 5);
    }

    /** Scores as {@link #defaults()}, with the gate off. */
    public static HealthConfig ungated() {
        return new HealthConfig(0, 50, 6, 10, 86_400_000L, 5);
    }
}
