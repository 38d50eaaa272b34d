package dev.kairos.engine.clock;

/** Wall-clock time: the only reader of the system time in Kairos (paper and live modes, run ids). */
public final class LiveClock implements Clock {
    @Override
    public long now() {
        return System.currentTimeMillis();
    }
}
