package dev.kairos.engine.clock;

/** A clock moved by the backtest feed; never goes backwards. */
public final class SimulatedClock implements Clock {
    private long now;

    public SimulatedClock(long start) {
        this.now = start;
    }

    @Override
    public long now() {
        return now;
    }

    /** Moves time forward to {@code t}; throws when asked to move backwards. */
    public void advanceTo(long t) {
        if (t < now) {
            throw new IllegalStateException("simulated clock cannot go back from " + now + " to " + t);
        }
        now = t;
    }
}
