package dev.kairos.analytics.regime;

/**
 * Checks the detector contract that bars come in order, each once: the first index may be any, every later
 * one must be the previous plus one.
 */
final class BarSequence {
    private final String owner;
    private int last = Integer.MIN_VALUE;

    BarSequence(String owner) {
        this.owner = owner;
    }

    /** Accepts bar {@code i}. @throws IllegalArgumentException when it is not the bar after the last one */
    void advance(int i) {
        if (last != Integer.MIN_VALUE && i != last + 1) {
            throw new IllegalArgumentException(owner + ": bar " + i + " fed after bar " + last
                    + "; bars must be fed in order, each once (expected " + (last + 1) + ")");
        }
        if (i < 0) {
            throw new IllegalArgumentException(owner + ": bar index must be >= 0, got " + i);
        }
        last = i;
    }

    /** The last bar accepted; {@link Integer#MIN_VALUE} before the first. */
    int last() {
        return last;
    }
}
