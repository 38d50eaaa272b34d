package dev.kairos.engine.regime;

import dev.kairos.model.InstrumentId;
import java.util.Arrays;

/**
 * An instrument's published regime over a run, as change points: from {@code changeTime[j]} (a bar close,
 * epoch ms UTC) on, the regime was {@code regime[j]} (an ordinal), until the next change. Empty when regimes
 * were not tracked or never became ready.
 */
public record RegimeHistory(InstrumentId instrument, long[] changeTime, int[] regime) {

    public RegimeHistory {
        if (changeTime.length != regime.length) {
            throw new IllegalArgumentException("one regime per change time is needed: " + changeTime.length + " vs "
                    + regime.length);
        }
        changeTime = changeTime.clone();
        regime = regime.clone();
    }

    /** Number of change points. */
    public int size() {
        return changeTime.length;
    }

    /** The regime ordinal in force at {@code time}; -1 before the first change point. */
    public int regimeAt(long time) {
        int j = Arrays.binarySearch(changeTime, time);
        if (j < 0) {
            j = -j - 2;
        } else {
            while (j + 1 < changeTime.length && changeTime[j + 1] == time) {
                j++;
            }
        }
        return j < 0 ? -1 : regime[j];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegimeHistory h && h.instrument.equals(instrument)
                && Arrays.equals(h.changeTime, changeTime) && Arrays.equals(h.regime, regime);
    }

    @Override
    public int hashCode() {
        return instrument.hashCode() * 31 + Arrays.hashCode(changeTime) * 17 + Arrays.hashCode(regime);
    }

    @Override
    public String toString() {
        return "RegimeHistory[" + instrument + ", " + changeTime.length + " changes]";
    }
}
