package dev.kairos.analytics.regime;

/**
 * The percentile rank of a value among the last {@code window} values pushed, in O(log bins) per push and per
 * query, allocation-free after construction.
 *
 * <p>Values are binned linearly over {@code [min, max]} (values outside are clamped to the end bins; NaN is
 * refused) and the bin counts are kept in a Fenwick tree; a ring of bin numbers remembers which bin leaves the
 * window. The rank of {@code x} is {@code (count below x's bin + half the count in x's bin) / count}, so it is
 * exact up to the bin width: with the defaults used for log-volatility (4096 bins over 17 natural-log units)
 * the resolution is about 0.4 % of the volatility.
 */
final class RollingPercentile {
    private final double min;
    private final double scale;
    private final int bins;
    /** Fenwick tree over bin counts, 1-based. */
    private final int[] tree;
    private final int[] ring;
    private int next;
    private int count;

    /**
     * @param window values remembered, at least 1
     * @param min    lower end of the binned range
     * @param max    upper end, above {@code min}
     * @param bins   number of bins, at least 2
     */
    RollingPercentile(int window, double min, double max, int bins) {
        if (window < 1) {
            throw new IllegalArgumentException("percentile window must be >= 1, got " + window);
        }
        if (!(max > min) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("percentile range must be finite with max > min: [" + min + ", " + max + "]");
        }
        if (bins < 2) {
            throw new IllegalArgumentException("percentile bins must be >= 2, got " + bins);
        }
        this.min = min;
        this.bins = bins;
        this.scale = bins / (max - min);
        this.tree = new int[bins + 1];
        this.ring = new int[window];
    }

    /** A log-volatility distribution: natural logs from about 4e-8 to 2.7 per bar. */
    static RollingPercentile ofLogVolatility(int window) {
        return new RollingPercentile(window, -17.0, 1.0, 4096);
    }

    /** Pushes {@code x}; the oldest value leaves once the window is full. */
    void push(double x) {
        int bin = bin(x);
        if (count == ring.length) {
            add(ring[next], -1);
        } else {
            count++;
        }
        ring[next] = bin;
        add(bin, 1);
        if (++next == ring.length) {
            next = 0;
        }
    }

    /** The share of remembered values below {@code x} (ties count half), in [0, 1]; 0.5 when empty. */
    double rank(double x) {
        if (count == 0) {
            return 0.5;
        }
        int bin = bin(x);
        int below = prefix(bin);
        int at = prefix(bin + 1) - below;
        return (below + 0.5 * at) / count;
    }

    /**
     * The {@code q}-quantile of the remembered values, to the bin: the centre of the bin holding the value of rank
     * {@code ceil(q · count)} (at least the first). NaN when empty. O(log bins) by binary lifting on the tree.
     */
    double quantile(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        int target = Math.max(1, (int) Math.ceil(q * count));
        int position = 0;
        int remaining = target;
        for (int step = Integer.highestOneBit(bins); step > 0; step >>= 1) {
            int nextPosition = position + step;
            if (nextPosition <= bins && tree[nextPosition] < remaining) {
                position = nextPosition;
                remaining -= tree[nextPosition];
            }
        }
        // position is the number of bins whose cumulative count is below target: the answer is bin `position`
        return min + (position + 0.5) / scale;
    }

    /** Values remembered (up to the window). */
    int count() {
        return count;
    }

    int window() {
        return ring.length;
    }

    void clear() {
        java.util.Arrays.fill(tree, 0);
        next = 0;
        count = 0;
    }

    private int bin(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("cannot rank NaN");
        }
        double b = (x - min) * scale;
        if (b <= 0) {
            return 0;
        }
        return b >= bins ? bins - 1 : (int) b;
    }

    /** Adds {@code delta} to the count of bin {@code bin} (0-based). */
    private void add(int bin, int delta) {
        for (int k = bin + 1; k <= bins; k += k & -k) {
            tree[k] += delta;
        }
    }

    /** Count of bins {@code 0 .. end - 1}. */
    private int prefix(int end) {
        int s = 0;
        for (int k = end; k > 0; k -= k & -k) {
            s += tree[k];
        }
        return s;
    }
}
