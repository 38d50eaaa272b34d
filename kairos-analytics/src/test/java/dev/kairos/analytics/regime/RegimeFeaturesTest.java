package dev.kairos.analytics.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.analytics.testsupport.Allocation;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.regime.Regime;
import org.junit.jupiter.api.Test;

class RegimeFeaturesTest {

    @Test
    void featuresMatchADirectComputationFromTheCloses() {
        BarSeries bars = RegimeSeries.randomWalk(5, 3000, 0.01);
        RegimeFeaturesConfig config = new RegimeFeaturesConfig(7, 12, 1.0);
        RegimeFeatures features = new RegimeFeatures(config);
        double[] out = new double[3];
        for (int i = 0; i < bars.size(); i++) {
            boolean ready = features.update(bars.close(i), out);
            assertThat(ready).as("bar %d", i).isEqualTo(i >= config.warmUpBars() - 1);
            if (!ready) {
                continue;
            }
            double c = bars.close(i);
            assertThat(out[RegimeFeatures.RETURN]).isCloseTo(Math.log(c / bars.close(i - 1)), within(1e-15));
            double sumSq = 0;
            for (int k = i - 6; k <= i; k++) {
                double r = Math.log(bars.close(k) / bars.close(k - 1));
                sumSq += r * r;
            }
            assertThat(out[RegimeFeatures.LOG_VOLATILITY]).isCloseTo(Math.log(Math.sqrt(sumSq / 7)), within(1e-9));
            assertThat(out[RegimeFeatures.TREND]).isCloseTo(Math.log(c / bars.close(i - 12)) / 12, within(1e-15));
        }
    }

    @Test
    void unchangedClosesGiveTheVolatilityFloorNotInfinity() {
        RegimeFeatures features = new RegimeFeatures(new RegimeFeaturesConfig(3, 3, 1.0));
        double[] out = new double[3];
        boolean ready = false;
        for (int i = 0; i < 6; i++) {
            ready = features.update(100.0, out);
        }
        assertThat(ready).isTrue();
        assertThat(out).containsExactly(0.0, Math.log(RegimeFeatures.VOLATILITY_FLOOR), 0.0);
        assertThatThrownBy(() -> features.update(0.0, out)).hasMessageContaining("positive finite price, got 0.0");
    }

    @Test
    void standardisationUsesTheTrainingWindowOnly() {
        BarSeries bars = RegimeSeries.twoRegimes(9, 400, 400);
        RegimeFeaturesConfig config = RegimeFeaturesConfig.defaults();
        int w = 150;
        RegimeFeaturesWindow window = new RegimeFeaturesWindow(config, w);
        RegimeFeatures reference = new RegimeFeatures(config);
        double[][] raw = new double[bars.size()][];
        double[] training = new double[w * 3];
        for (int i = 0; i < bars.size(); i++) {
            double[] v = new double[3];
            raw[i] = reference.update(bars.close(i), v) ? v : null;
            window.update(bars, i);
            if (i == 500) {
                assertThat(window.standardiseTraining(training)).isEqualTo(w);
                for (int j = 0; j < 3; j++) {
                    double sum = 0;
                    for (int k = i - w + 1; k <= i; k++) {
                        sum += raw[k][j];
                    }
                    double mean = sum / w;
                    double ss = 0;
                    for (int k = i - w + 1; k <= i; k++) {
                        ss += (raw[k][j] - mean) * (raw[k][j] - mean);
                    }
                    double sd = Math.sqrt(ss / w);
                    assertThat(window.mean(j)).isCloseTo(mean, within(1e-12 * (1 + Math.abs(mean))));
                    assertThat(window.scale(j)).isCloseTo(sd, within(1e-9 * sd));
                    for (int r = 0; r < w; r++) {
                        double z = Math.max(-5, Math.min(5, (raw[i - w + 1 + r][j] - mean) / sd));
                        assertThat(training[r * 3 + j]).isCloseTo(z, within(1e-9));
                    }
                }
            }
            if (i == 520) {
                double[] z = new double[3];
                window.standardiseLatest(z);
                for (int j = 0; j < 3; j++) {
                    double expected = Math.max(-5, Math.min(5, (raw[i][j] - window.mean(j)) / window.scale(j)));
                    assertThat(z[j]).isCloseTo(expected, within(1e-12));
                }
            }
        }
    }

    @Test
    void refitScheduleIsTheFirstFullWindowThenEveryInterval() {
        BarSeries bars = RegimeSeries.randomWalk(1, 400, 0.01);
        RegimeFeaturesConfig config = new RegimeFeaturesConfig(5, 10, 1.0);
        RegimeFeaturesWindow window = new RegimeFeaturesWindow(config, 60);
        StringBuilder due = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            window.update(bars, i);
            if (window.isRefitDue(25)) {
                due.append(i).append(' ');
            }
        }
        // first vector at bar 10 (warm-up 11 closes); window of 60 full at bar 69
        assertThat(due.toString()).isEqualTo("69 94 119 144 169 194 ");
        assertThatThrownBy(() -> window.update(bars, 201))
                .hasMessage("regime detector: bar 201 fed after bar 199; feed every bar once, in order");
    }

    @Test
    void statesAreNamedByTrendAgainstTheirOwnVolatilityThenByVolatility() {
        RegimeFeaturesConfig config = new RegimeFeaturesConfig(20, 16, 1.0);
        double vol = 0.02;
        double logVol = Math.log(vol);
        // one standard error of a 16-bar mean return at 2% per bar is 0.02 / 4 = 0.005 per bar
        assertThat(RegimeFeatures.regimeOf(0.0051, logVol, logVol, config)).isEqualTo(Regime.BULL_TREND);
        assertThat(RegimeFeatures.regimeOf(-0.0051, logVol, logVol, config)).isEqualTo(Regime.BEAR_TREND);
        assertThat(RegimeFeatures.regimeOf(0.0049, logVol, logVol - 0.1, config)).isEqualTo(Regime.VOLATILE_RANGE);
        assertThat(RegimeFeatures.regimeOf(-0.0049, logVol, logVol + 0.1, config)).isEqualTo(Regime.QUIET_RANGE);
        // the same drift is a trend in a calm state and a range in a wild one
        assertThat(RegimeFeatures.regimeOf(0.003, Math.log(0.01), logVol, config)).isEqualTo(Regime.BULL_TREND);
        assertThat(RegimeFeatures.regimeOf(0.003, Math.log(0.04), logVol, config)).isEqualTo(Regime.VOLATILE_RANGE);
    }

    @Test
    void sharpnessIsOneForCertaintyAndZeroForUniform() {
        assertThat(RegimeFeatures.sharpness(new double[] {0.25, 0.25, 0.25, 0.25})).isCloseTo(0.0, within(1e-15));
        assertThat(RegimeFeatures.sharpness(new double[] {0, 1, 0, 0})).isEqualTo(1.0);
        // H(0.5, 0.5) = ln 2 = half of ln 4
        assertThat(RegimeFeatures.sharpness(new double[] {0.5, 0, 0.5, 0})).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void updatesAllocateNothing() {
        BarSeries bars = RegimeSeries.randomWalk(2, 20_000, 0.01);
        RegimeFeaturesWindow window = new RegimeFeaturesWindow(RegimeFeaturesConfig.defaults(), 500);
        double[] z = new double[3];
        double[] training = new double[500 * 3];
        for (int i = 0; i < 1000; i++) {
            window.update(bars, i);
        }
        window.standardiseTraining(training);
        long bytes = Allocation.bytesAllocatedBy(() -> {
            for (int i = 1000; i < bars.size(); i++) {
                window.update(bars, i);
                window.standardiseLatest(z);
            }
        });
        assertThat(bytes).isLessThan(1024);
    }

    @Test
    void badConfigIsRejectedWithClearMessages() {
        assertThatThrownBy(() -> new RegimeFeaturesConfig(1, 20, 1.0))
                .hasMessage("regime features: volatility window must be >= 2 bars, got 1");
        assertThatThrownBy(() -> new RegimeFeaturesConfig(20, 0, 1.0)).hasMessageContaining("trend window");
        assertThatThrownBy(() -> new RegimeFeaturesConfig(20, 20, 0.0)).hasMessageContaining("trend threshold");
        assertThatThrownBy(() -> new RegimeFeaturesWindow(RegimeFeaturesConfig.defaults(), 1))
                .hasMessageContaining("window must be >= 2 bars, got 1");
    }
}
