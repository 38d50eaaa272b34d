package dev.kairos.analytics.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.Test;

class NormalTest {

    @Test
    void knownQuantilesAndDensity() {
        // textbook values of the standard normal quantile
        assertThat(Normal.quantile(0.5)).isEqualTo(0.0);
        assertThat(Normal.quantile(0.95)).isCloseTo(1.6448536269514722, within(1e-14));
        assertThat(Normal.quantile(0.975)).isCloseTo(1.959963984540054, within(1e-14));
        assertThat(Normal.quantile(0.99)).isCloseTo(2.3263478740408408, within(1e-14));
        assertThat(Normal.quantile(0.999)).isCloseTo(3.090232306167813, within(1e-13));
        assertThat(Normal.quantile(0.01)).isCloseTo(-2.3263478740408408, within(1e-14));
        assertThat(Normal.quantile(1e-10)).isCloseTo(-6.361340902404056, within(1e-12));
        assertThat(Normal.density(0)).isCloseTo(1 / Math.sqrt(2 * Math.PI), within(1e-16));
        assertThat(Normal.density(1)).isCloseTo(Math.exp(-0.5) / Math.sqrt(2 * Math.PI), within(1e-16));
    }

    @Test
    void agreesWithHipparchusOverTheWholeRange() {
        NormalDistribution reference = new NormalDistribution(0, 1);
        for (int i = 1; i < 2000; i++) {
            double p = i / 2000.0;
            assertThat(Normal.quantile(p)).as("p = %s", p)
                    .isCloseTo(reference.inverseCumulativeProbability(p), within(1e-12));
            assertThat(Normal.quantile(1 - p)).isCloseTo(-Normal.quantile(p), within(1e-12));
        }
        for (double p : new double[] {1e-8, 1e-5, 1e-3}) {
            assertThat(Normal.quantile(p)).as("tail p = %s", p)
                    .isCloseTo(reference.inverseCumulativeProbability(p), within(1e-9));
        }
        // further out Hipparchus' inverse error function loses digits (-7.94144 at 1e-15); these are
        // -√2 · erfinv(1 − 2p) to 30 digits (mpmath)
        assertThat(Normal.quantile(1e-12)).isCloseTo(-7.03448382530113192980915241853, within(1e-12));
        assertThat(Normal.quantile(1e-15)).isCloseTo(-7.94134532617099678355892555338, within(1e-12));
    }

    @Test
    void rejectsProbabilitiesOutsideTheOpenInterval() {
        for (double p : new double[] {0, 1, -0.1, 1.5, Double.NaN}) {
            assertThatThrownBy(() -> Normal.quantile(p)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("(0, 1)");
        }
    }
}
