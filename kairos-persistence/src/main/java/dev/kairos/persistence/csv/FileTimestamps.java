package dev.kairos.persistence.csv;

import java.util.EnumSet;

/**
 * The timestamps of one file as a reader meets them: the first one offered fixes the file's
 * {@link TimestampScale} ({@link TimestampScale#detect(long)}); each later one is admitted when it has the
 * magnitude of that unit, or refused and its own unit remembered for the defect's description. Shared by the
 * bar, funding and trade readers. Mutable, one per file, single-threaded.
 */
public final class FileTimestamps {
    private final EnumSet<TimestampUnit> wrongUnits = EnumSet.noneOf(TimestampUnit.class);
    private TimestampScale scale = TimestampScale.UNDETECTED;

    /**
     * Whether {@code t}, a timestamp of a row that passed every other check, is in the file's unit; the first
     * one fixes the unit. A {@code false} row is malformed (wrong timestamp unit).
     */
    public boolean admit(long t) {
        if (scale.admits(t)) {
            return true;
        }
        if (scale == TimestampScale.UNDETECTED) {
            scale = TimestampScale.detect(t);
            return true;
        }
        wrongUnits.add(TimestampUnit.ofMagnitude(t));
        return false;
    }

    /** {@code t}, admitted, in epoch milliseconds. */
    public long toMillis(long t) {
        return scale.toMillis(t);
    }

    /** The file's unit (milliseconds until a timestamp has been admitted). */
    public TimestampUnit unit() {
        return scale.unit();
    }

    /** What was wrong with the refused rows, e.g. {@code timestamp in seconds in a file of milliseconds}. */
    public String mismatch() {
        return scale.mismatch(wrongUnits);
    }
}
