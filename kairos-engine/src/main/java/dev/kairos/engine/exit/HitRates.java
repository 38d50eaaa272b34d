package dev.kairos.engine.exit;

/**
 * Measured outcomes of closed exit plans: how often each take-profit was reached and how often a plan was
 * stopped out before any. {@link RollingHitRates} keeps its own small window; a performance benchmarker may
 * implement this instead.
 */
public interface HitRates {

    /** Records a closed plan: how many take-profits it reached and whether a stop closed it before any. */
    void record(int takeProfitsHit, boolean stoppedOut);

    /** Plans the rates are measured on. */
    int samples();

    /** Share of the measured plans that reached take-profit {@code leg} (0-based); NaN without samples. */
    double takeProfitRate(int leg);

    /** Share of the measured plans stopped out before any take-profit; NaN without samples. */
    double stopOutRate();
}
