package dev.kairos.engine.exit;

/**
 * How healthy the trading system is, in [0, 1] (1 = healthy). The health monitor is built elsewhere; the exit
 * brain only reads it to freeze its adaptive levels while health is low.
 */
@FunctionalInterface
public interface HealthSignal {
    /** Always healthy: the default until a health monitor is plugged in. */
    HealthSignal HEALTHY = () -> 1.0;

    /** The current health, in [0, 1]. */
    double health();
}
