package dev.kairos.engine.health;

/** The parts of the system the monitor scores. */
public enum HealthComponent {
    /**
     * Market data. Per instrument, completeness over its last window of bars: {@code 100 × received / (received
     * + missing)}, missing bars counted from gaps between bar open times; and the feed's freshness: the newest
     * bar close over all instruments, 100 while at most one interval old, falling linearly to 0 at three
     * intervals. The score is the minimum of these. (A single instrument's stale price is the stale-data
     * check's business.)
     */
    DATA,
    /**
     * The venue: {@code 100 × (1 − rejected / responses)} over the last window of order responses (accepted or
     * rejected), and {@code 100 × min(1, budget / mean latency)} over the last window of fills; the minimum of
     * those measured. Not scored before the first response or fill.
     */
    VENUE,
    /**
     * Errors: {@code 100 × max(0, 1 − errors / maxErrors)} over the last window of bars. Errors are invalid bars
     * (by {@link dev.kairos.model.market.BarCheck}), bars whose open time is not after the instrument's previous
     * one (a replayed or out-of-order bar), and faults reported by other parts.
     */
    ERRORS,
    /**
     * Signal accuracy: {@code 100 × hits / evaluated} over the last window of LONG/SHORT signals whose horizon has
     * passed; a hit is a close {@code h} bars later strictly beyond the signal bar's close in the signal's
     * direction. FLAT signals are not scored. Not scored before {@code minSignals} evaluations.
     */
    SIGNALS
}
