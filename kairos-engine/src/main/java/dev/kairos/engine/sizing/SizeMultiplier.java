package dev.kairos.engine.sizing;

/**
 * Scales a base size: a factor &gt;= 0 where 1 is neutral. A factor that is not a number makes the composed
 * size zero (fail closed).
 */
public interface SizeMultiplier {

    /** The factor for {@code request}; 1 when the multiplier has nothing to say. */
    double factor(SizingRequest request);
}
