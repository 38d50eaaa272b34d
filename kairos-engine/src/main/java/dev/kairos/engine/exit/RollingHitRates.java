package dev.kairos.engine.exit;

/**
 * {@link HitRates} over the last {@code window} closed plans (a ring buffer): O(1) per record and per query,
 * no allocation after construction. Engine thread only.
 */
public final class RollingHitRates implements HitRates {
    private final int[] tps;
    private final boolean[] stopped;
    private final int[] reached = new int[ExitReason.MAX_TAKE_PROFITS];
    private int stoppedCount;
    private int next;
    private int size;

    /** @param window how many of the latest plans the rates are measured on, &gt;= 1 */
    public RollingHitRates(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("hit-rate window must be >= 1, got " + window);
        }
        this.tps = new int[window];
        this.stopped = new boolean[window];
    }

    @Override
    public void record(int takeProfitsHit, boolean stoppedOut) {
        if (takeProfitsHit < 0 || takeProfitsHit > ExitReason.MAX_TAKE_PROFITS) {
            throw new IllegalArgumentException("take-profits hit must be 0.." + ExitReason.MAX_TAKE_PROFITS + ", got "
                    + takeProfitsHit);
        }
        if (size == tps.length) {
            forget(tps[next], stopped[next]);
        } else {
            size++;
        }
        tps[next] = takeProfitsHit;
        stopped[next] = stoppedOut;
        for (int j = 0; j < takeProfitsHit; j++) {
            reached[j]++;
        }
        if (stoppedOut) {
            stoppedCount++;
        }
        next = (next + 1) % tps.length;
    }

    private void forget(int takeProfitsHit, boolean stoppedOut) {
        for (int j = 0; j < takeProfitsHit; j++) {
            reached[j]--;
        }
        if (stoppedOut) {
            stoppedCount--;
        }
    }

    @Override
    public int samples() {
        return size;
    }

    @Override
    public double takeProfitRate(int leg) {
        if (leg < 0 || leg >= ExitReason.MAX_TAKE_PROFITS) {
            throw new IllegalArgumentException("take-profit leg must be 0.." + (ExitReason.MAX_TAKE_PROFITS - 1)
                    + ", got " + leg);
        }
        return size == 0 ? Double.NaN : (double) reached[leg] / size;
    }

    @Override
    public double stopOutRate() {
        return size == 0 ? Double.NaN : (double) stoppedCount / size;
    }
}
