package dev.kairos.engine.clock;

/** The engine's notion of now, epoch ms UTC. */
public interface Clock {
    long now();
}
