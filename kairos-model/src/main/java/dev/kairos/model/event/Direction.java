package dev.kairos.model.event;

/** What a signal asks for: be long, be short, or be flat. */
public enum Direction {
    LONG,
    SHORT,
    FLAT
}
