/**
 * The journal port: where a run records its manifest and every event. Implemented by
 * {@code kairos-persistence} (SQLite, hash-chained). Called from the engine thread only.
 */
package dev.kairos.engine.journal;
