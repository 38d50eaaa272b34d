package dev.kairos.engine.journal;

import dev.kairos.model.event.Event;

/**
 * Records a run: its manifest first, then every event in order. Implementations must be append-only
 * and may batch writes; {@link #close()} flushes. Not thread-safe: the engine thread calls it.
 */
public interface RunJournal extends AutoCloseable {

    /** Records the manifest; called once, before any event. */
    void begin(RunManifest manifest);

    /** Records one event. */
    void record(Event event);

    /** Whether events are kept at all; the engine skips building optional events when not. */
    boolean isEnabled();

    /** Hex SHA-256 of the newest row of the hash chain (flushes pending rows first). */
    String headHash();

    /** Flushes and releases resources. */
    @Override
    void close();

    /** A journal that keeps nothing (benchmarks, optimisation sweeps). */
    static RunJournal none() {
        return NoJournal.INSTANCE;
    }
}
