package dev.kairos.engine.venue;

import dev.kairos.model.event.Event;

/**
 * Receives the venue's order events synchronously, in order. The engine applies fills to the portfolio
 * before the venue continues, so reduce-only orders later in the same bar see the new position.
 */
public interface VenueListener {
    void onVenueEvent(Event event, int instrumentIndex);
}
