package dev.kairos.engine.journal;

import dev.kairos.model.event.Event;

/** The journal that keeps nothing. */
enum NoJournal implements RunJournal {
    INSTANCE;

    @Override
    public void begin(RunManifest manifest) {
    }

    @Override
    public void record(Event event) {
    }

    @Override
    public boolean isEnabled() {
        return false;
    }

    @Override
    public String headHash() {
        return "";
    }

    @Override
    public void close() {
    }
}
