package dev.kairos.engine.sizing;

import static dev.kairos.engine.sizing.Requests.regime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.model.regime.Regime;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Stop and target distances from ATR, confidence and regime, on hand-computed cases and seeded invariants. */
class AdaptiveStopsTest {
    private static final AdaptiveStops STOPS = AdaptiveStops.DEFAULTS;

    @Test
    void atrMultiplesScaledByConfidenceAndRegime() {
        // ATR 2 at price 100, confidence 0.5, no regime: stop 2 × 2 = 4, target 2 × 3 × 1 = 6 (1.5 R)
        StopDistances d = STOPS.distances(2, 100, 0.5, Optional.empty());
        assertThat(d.stop()).isCloseTo(4, within(1e-12));
        assertThat(d.r()).isEqualTo(d.stop());
        assertThat(d.target()).isCloseTo(6, within(1e-12));
        assertThat(d.rewardToRisk()).isCloseTo(1.5, within(1e-12));
        // confidence 1: target × 1.5 = 9; confidence 0: × 0.5 = 3; the stop does not move
        assertThat(STOPS.distances(2, 100, 1.0, Optional.empty()).target()).isCloseTo(9, within(1e-12));
        assertThat(STOPS.distances(2, 100, 0.0, Optional.empty()).target()).isCloseTo(3, within(1e-12));
        assertThat(STOPS.distances(2, 100, 0.0, Optional.empty()).stop()).isCloseTo(4, within(1e-12));
        // a certain volatile range stretches both by 1.5; at confidence 0.5 by 1 + 0.5 × 0.5 = 1.25
        StopDistances v = STOPS.distances(2, 100, 0.5, regime(Regime.VOLATILE_RANGE, 1.0));
        assertThat(v.stop()).isCloseTo(6, within(1e-12));
        assertThat(v.target()).isCloseTo(9, within(1e-12));
        assertThat(STOPS.distances(2, 100, 0.5, regime(Regime.VOLATILE_RANGE, 0.5)).stop()).isCloseTo(5,
                within(1e-12));
        // a quiet range tightens: 0.75
        assertThat(STOPS.distances(2, 100, 0.5, regime(Regime.QUIET_RANGE, 1.0)).stop()).isCloseTo(3,
                within(1e-12));
        // at most half the price: ATR 40 → stop min(80, 50)
        assertThat(STOPS.distances(40, 100, 0.5, Optional.empty()).stop()).isEqualTo(50);
        // unknown inputs
        assertThat(STOPS.distances(Double.NaN, 100, 0.5, Optional.empty())).isEqualTo(StopDistances.UNKNOWN);
        assertThat(STOPS.distances(0, 100, 0.5, Optional.empty()).isKnown()).isFalse();
        assertThat(STOPS.distances(2, Double.NaN, 0.5, Optional.empty()).isKnown()).isFalse();
        // from a request
        SizingRequest r = Requests.withConfidence(1.0, 100, 10_000).withAtr(2);
        assertThat(STOPS.distancesFor(r)).isEqualTo(new StopDistances(4, 9));
        assertThatThrownBy(() -> new StopDistances(4, Double.NaN)).hasMessageContaining("both");
        assertThatThrownBy(() -> new StopDistances(-1, 2)).hasMessageContaining("> 0");
        assertThatThrownBy(() -> AdaptiveStops.of(0, 3)).hasMessageContaining("stop ATR multiple");
    }

    @Test
    void seededInvariants() {
        SplittableRandom rnd = new SplittableRandom(20240501);
        for (int n = 0; n < 20_000; n++) {
            AdaptiveStops s = new AdaptiveStops(0.1 + 5 * rnd.nextDouble(), 0.1 + 8 * rnd.nextDouble(),
                    new PerRegime(0.2 + 2 * rnd.nextDouble(), 0.2 + 2 * rnd.nextDouble(), 0.2 + 2 * rnd.nextDouble(),
                            0.2 + 2 * rnd.nextDouble()), 0.05 + 0.95 * rnd.nextDouble());
            double price = Math.exp(rnd.nextDouble(-5, 12));
            double atr = price * rnd.nextDouble(0.0001, 0.3);
            Optional<RegimeCall> reg = rnd.nextBoolean() ? Optional.empty()
                    : regime(Regime.of(rnd.nextInt(Regime.COUNT)), rnd.nextDouble());
            double c1 = rnd.nextDouble();
            double c2 = rnd.nextDouble();
            StopDistances a = s.distances(atr, price, Math.min(c1, c2), reg);
            StopDistances b = s.distances(atr, price, Math.max(c1, c2), reg);
            assertThat(a.isKnown()).isTrue();
            assertThat(a.stop()).isEqualTo(b.stop());
            assertThat(b.target()).as("higher confidence, target at least as far").isGreaterThanOrEqualTo(a.target());
            assertThat(a.stop()).isLessThanOrEqualTo(s.maxFractionOfPrice() * price);
            assertThat(b.target()).isLessThanOrEqualTo(s.maxFractionOfPrice() * price);
            assertThat(a.stop()).isGreaterThan(0);
        }
    }
}
