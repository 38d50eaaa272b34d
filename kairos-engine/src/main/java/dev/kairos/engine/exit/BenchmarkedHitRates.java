package dev.kairos.engine.exit;

import dev.kairos.engine.performance.PerformanceBenchmarker;

/**
 * The exit brain's hit rates kept in the run's {@link PerformanceBenchmarker}: each closed plan records, per
 * take-profit leg ({@code tp1}, {@code tp2}, ...), whether it was reached, and under {@code stop} whether the
 * plan was stopped out before any take-profit. The adaptive levels read the rates back from the same rolling
 * windows that reports and sizing see. Engine thread only.
 */
public final class BenchmarkedHitRates implements HitRates {
    /** The leg under which stop-outs before any take-profit are recorded. */
    public static final String STOP_LEG = "stop";

    private final PerformanceBenchmarker benchmarker;
    private final String[] legs;

    /**
     * @param benchmarker where the outcomes are kept
     * @param takeProfits the number of take-profit legs of the ladder
     */
    public BenchmarkedHitRates(PerformanceBenchmarker benchmarker, int takeProfits) {
        if (takeProfits < 1) {
            throw new IllegalArgumentException("a ladder has at least one take-profit, got " + takeProfits);
        }
        this.benchmarker = benchmarker;
        this.legs = new String[takeProfits];
        for (int i = 0; i < takeProfits; i++) {
            legs[i] = ExitReason.takeProfit(i).label();
        }
    }

    @Override
    public void record(int takeProfitsHit, boolean stoppedOut) {
        for (int i = 0; i < legs.length; i++) {
            benchmarker.onLegOutcome(legs[i], takeProfitsHit > i);
        }
        benchmarker.onLegOutcome(STOP_LEG, stoppedOut);
    }

    @Override
    public int samples() {
        return benchmarker.samples(STOP_LEG);
    }

    @Override
    public double takeProfitRate(int leg) {
        return leg < legs.length ? benchmarker.hitRate(legs[leg]) : Double.NaN;
    }

    @Override
    public double stopOutRate() {
        return benchmarker.hitRate(STOP_LEG);
    }
}
