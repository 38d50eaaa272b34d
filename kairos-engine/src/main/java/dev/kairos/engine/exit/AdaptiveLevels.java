package dev.kairos.engine.exit;

/**
 * Scales of the take-profit levels and of the stop distance R, adapted to measured hit rates. Both start at
 * 1. Once the rates rest on {@link ExitConfig.Adaptive#minSample()} closed plans, each {@link #update} moves:
 *
 * <ul>
 *   <li>the take-profit scale down by {@link #STEP} when TP1 is reached by fewer than {@link #TP1_LOW} of the
 *       plans (targets too far) and up when by more than {@link #TP1_HIGH} (targets too near);</li>
 *   <li>the stop scale up by {@link #STEP} when more than {@link #STOP_OUT_HIGH} of the plans are stopped out
 *       before any take-profit (stop too tight for the noise) and down when fewer than {@link #STOP_OUT_LOW}
 *       are (room to risk less per trade).</li>
 * </ul>
 * Each scale stays within its configured bounds. Nothing moves while adaptation is off or while health is
 * below {@link ExitConfig.Adaptive#minHealth()}. A plan keeps the levels it was opened with. Engine thread only.
 */
public final class AdaptiveLevels {
    /** How far one update moves a scale. */
    public static final double STEP = 0.05;
    /** Target band of the TP1 hit rate. */
    public static final double TP1_LOW = 0.4;
    public static final double TP1_HIGH = 0.6;
    /** Target band of the stop-out rate. */
    public static final double STOP_OUT_LOW = 0.2;
    public static final double STOP_OUT_HIGH = 0.45;

    private final ExitConfig.Adaptive config;
    private double tpScale = 1.0;
    private double stopScale = 1.0;
    private long adjustments;

    public AdaptiveLevels(ExitConfig.Adaptive config) {
        this.config = config;
    }

    /** Adjusts the scales after a plan closed; returns whether either moved. */
    public boolean update(HitRates rates, double health) {
        if (!config.enabled() || rates.samples() < config.minSample() || !(health >= config.minHealth())) {
            return false;
        }
        double tp = tpScale;
        double st = stopScale;
        double tp1 = rates.takeProfitRate(0);
        if (tp1 < TP1_LOW) {
            tpScale = Math.max(config.tpScaleMin(), tpScale - STEP);
        } else if (tp1 > TP1_HIGH) {
            tpScale = Math.min(config.tpScaleMax(), tpScale + STEP);
        }
        double out = rates.stopOutRate();
        if (out > STOP_OUT_HIGH) {
            stopScale = Math.min(config.stopScaleMax(), stopScale + STEP);
        } else if (out < STOP_OUT_LOW) {
            stopScale = Math.max(config.stopScaleMin(), stopScale - STEP);
        }
        boolean moved = tp != tpScale || st != stopScale;
        if (moved) {
            adjustments++;
        }
        return moved;
    }

    /** Multiplies the configured take-profit levels (in R). */
    public double tpScale() {
        return tpScale;
    }

    /** Multiplies the configured initial stop distance. */
    public double stopScale() {
        return stopScale;
    }

    /** Updates that moved a scale. */
    public long adjustments() {
        return adjustments;
    }
}
