package dev.kairos.engine.performance;

/**
 * The last {@code capacity} outcomes, each a hit or a miss with a value (e.g. a trade's return): a ring
 * buffer with a running hit count. {@link #add} is O(1) and allocation-free; the means are summed over the
 * window when read (O(capacity)), so they carry no rounding of values that have left it.
 */
public final class OutcomeWindow {
    private final boolean[] hit;
    private final double[] value;
    /** Slot of the next write: the oldest outcome once the window is full. */
    private int next;
    private int samples;
    private int hits;
    private long total;

    /** @throws IllegalArgumentException when {@code capacity < 1} */
    public OutcomeWindow(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("outcome window capacity must be >= 1, got " + capacity);
        }
        this.hit = new boolean[capacity];
        this.value = new double[capacity];
    }

    /** Records one outcome; once the window is full it replaces the oldest. */
    public void add(boolean isHit, double outcomeValue) {
        int slot = next;
        if (samples == hit.length) {
            if (hit[slot]) {
                hits--;
            }
        } else {
            samples++;
        }
        hit[slot] = isHit;
        value[slot] = outcomeValue;
        if (isHit) {
            hits++;
        }
        next = slot + 1 == hit.length ? 0 : slot + 1;
        total++;
    }

    public int capacity() {
        return hit.length;
    }

    /** Outcomes in the window (at most the capacity). */
    public int samples() {
        return samples;
    }

    /** Hits in the window. */
    public int hits() {
        return hits;
    }

    /** Outcomes ever added, including those that have left the window. */
    public long total() {
        return total;
    }

    /** Hits / samples in the window; NaN when empty. */
    public double hitRate() {
        return samples == 0 ? Double.NaN : (double) hits / samples;
    }

    /** The mean value of every outcome in the window; NaN when empty. */
    public double meanValue() {
        double sum = 0;
        for (int j = 0; j < samples; j++) {
            sum += value[j];
        }
        return samples == 0 ? Double.NaN : sum / samples;
    }

    /** The mean value of the hits ({@code true}) or of the misses ({@code false}) in the window; NaN when none. */
    public double meanValue(boolean ofHits) {
        double sum = 0;
        int n = 0;
        for (int j = 0; j < samples; j++) {
            if (hit[j] == ofHits) {
                sum += value[j];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
