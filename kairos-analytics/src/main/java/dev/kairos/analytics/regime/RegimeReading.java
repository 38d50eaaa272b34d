package dev.kairos.analytics.regime;

import dev.kairos.model.regime.Regime;

/**
 * A read-only view of an instrument's current regime, for strategies and sizing: what the engine's
 * ensemble published at the close of the current bar (after hysteresis), how sure it is, and its
 * probabilities. Reading never allocates.
 */
public interface RegimeReading {

    /** The reading of an instrument whose regime is not tracked: never ready. */
    RegimeReading NONE = new RegimeReading() {
        @Override
        public boolean isReady() {
            return false;
        }

        @Override
        public int regimeOrdinal() {
            return -1;
        }

        @Override
        public double probability(Regime regime) {
            return 0.25;
        }

        @Override
        public double confidence() {
            return 0.0;
        }

        @Override
        public String toString() {
            return "RegimeReading.NONE";
        }
    };

    /** Whether a regime has been published. */
    boolean isReady();

    /** Ordinal ({@link Regime#ordinal()}) of the published regime; -1 before ready. */
    int regimeOrdinal();

    /** The probability of {@code regime} this bar (uniform before ready). */
    double probability(Regime regime);

    /** Confidence of the call in [0, 1]; 0 before ready. */
    double confidence();
}
