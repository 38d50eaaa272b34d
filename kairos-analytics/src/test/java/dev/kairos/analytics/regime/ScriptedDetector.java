package dev.kairos.analytics.regime;

import dev.kairos.model.market.BarSeries;
import dev.kairos.model.regime.Regime;

/** A test detector whose probabilities are set by the test before each update; ready when told so. */
final class ScriptedDetector implements RegimeDetector {
    private final String name;
    private final double[] next = {0.25, 0.25, 0.25, 0.25};
    private final double[] current = {0.25, 0.25, 0.25, 0.25};
    private boolean ready = true;

    ScriptedDetector(String name) {
        this.name = name;
    }

    /** The probabilities the next update will publish (not checked: NaN is allowed, to test the ensemble). */
    ScriptedDetector next(double bull, double bear, double volatileRange, double quiet) {
        next[0] = bull;
        next[1] = bear;
        next[2] = volatileRange;
        next[3] = quiet;
        return this;
    }

    /** Puts all mass on {@code r} except {@code rest} spread evenly. */
    ScriptedDetector favour(Regime r, double p) {
        double rest = (1 - p) / 3;
        for (int k = 0; k < Regime.COUNT; k++) {
            next[k] = k == r.ordinal() ? p : rest;
        }
        return this;
    }

    ScriptedDetector ready(boolean ready) {
        this.ready = ready;
        return this;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void update(BarSeries bars, int i) {
        System.arraycopy(next, 0, current, 0, Regime.COUNT);
    }

    @Override
    public boolean isReady() {
        return ready;
    }

    @Override
    public double probability(Regime regime) {
        return current[regime.ordinal()];
    }

    @Override
    public double confidence() {
        return ready ? 0.5 : 0.0;
    }
}
