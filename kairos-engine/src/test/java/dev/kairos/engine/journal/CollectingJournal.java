package dev.kairos.engine.journal;

import dev.kairos.model.event.Event;
import java.util.ArrayList;
import java.util.List;

/** A journal for tests: keeps the manifest and every event in a list. */
public final class CollectingJournal implements RunJournal {
    private final List<Event> events = new ArrayList<>();
    private RunManifest manifest;
    private boolean closed;

    @Override
    public void begin(RunManifest m) {
        if (manifest != null) {
            throw new IllegalStateException("begin called twice");
        }
        manifest = m;
    }

    @Override
    public void record(Event event) {
        if (manifest == null) {
            throw new IllegalStateException("event recorded before the manifest: " + event);
        }
        events.add(event);
    }

    @Override
    public boolean isEnabled() {
        return true;
    }

    @Override
    public String headHash() {
        return Integer.toHexString(events.hashCode());
    }

    @Override
    public void close() {
        closed = true;
    }

    public List<Event> events() {
        return List.copyOf(events);
    }

    public RunManifest manifest() {
        return manifest;
    }

    public boolean isClosed() {
        return closed;
    }
}
