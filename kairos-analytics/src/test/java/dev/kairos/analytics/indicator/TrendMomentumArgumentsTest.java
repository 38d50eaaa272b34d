package dev.kairos.analytics.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Argument validation of the trend and momentum indicators: broken arguments are exceptions. */
class TrendMomentumArgumentsTest {
    private static final double[] THREE = {1, 2, 3};
    private static final double[] TWO = {1, 2};

    @Test
    void periodsBelowTheMinimumAreRejected() {
        rejects("WMA period must be >= 1, got 0", () -> new Wma(0), () -> Wma.batch(THREE, 0));
        rejects("DEMA period must be >= 1, got 0", () -> new Dema(0), () -> Dema.batch(THREE, 0));
        rejects("TEMA period must be >= 1, got 0", () -> new Tema(0), () -> Tema.batch(THREE, 0));
        rejects("TRIX period must be >= 1, got -1", () -> new Trix(-1), () -> Trix.batch(THREE, -1));
        rejects("KAMA periods must be >= 1, got 0, fast 2, slow 30", () -> new Kama(0), () -> Kama.batch(THREE, 0));
        rejects("KAMA periods must be >= 1, got 10, fast 0, slow 30", () -> new Kama(10, 0, 30),
                () -> Kama.batch(THREE, 10, 0, 30));
        rejects("ROC period must be >= 1, got 0", () -> new Roc(0), () -> Roc.batch(THREE, 0));
        rejects("MOM period must be >= 1, got 0", () -> new Momentum(0), () -> Momentum.batch(THREE, 0));
        rejects("MIN period must be >= 1, got 0", () -> new RollingMin(0), () -> RollingMin.batch(THREE, 0));
        rejects("MAX period must be >= 1, got 0", () -> new RollingMax(0), () -> RollingMax.batch(THREE, 0));
        rejects("LINEARREG_SLOPE period must be >= 2, got 1", () -> new LinearRegressionSlope(1),
                () -> LinearRegressionSlope.batch(THREE, 1));
        rejects("z-score period must be >= 2, got 1", () -> new ZScore(1), () -> ZScore.batch(THREE, 1));
        rejects("WILLR period must be >= 1, got 0", () -> new WilliamsR(0),
                () -> WilliamsR.batch(THREE, THREE, THREE, 0));
        rejects("CCI period must be >= 2, got 1", () -> new Cci(1), () -> Cci.batch(THREE, THREE, THREE, 1));
        rejects("AROON period must be >= 1, got 0", () -> new Aroon(0), () -> Aroon.batch(THREE, THREE, 0));
        rejects("stochastic periods must be >= 1, got [14, 0, 3]", () -> new Stochastic(14, 0, 3),
                () -> Stochastic.batch(THREE, THREE, THREE, 14, 0, 3));
        rejects("stochastic periods must be >= 1, got [0, 3]", () -> new StochasticFast(0, 3),
                () -> StochasticFast.batch(THREE, THREE, THREE, 0, 3));
        rejects("STOCHRSI periods must be >= 1, got RSI 14, %K 5, %D 0", () -> new StochasticRsi(14, 5, 0),
                () -> StochasticRsi.batch(THREE, 14, 5, 0));
    }

    @Test
    void periodsInTheWrongOrderAreRejected() {
        rejects("MACD needs 1 <= fast < slow and signal >= 1, got fast 26, slow 12, signal 9",
                () -> new Macd(26, 12, 9), () -> Macd.batch(THREE, 26, 12, 9));
        rejects("MACD needs 1 <= fast < slow and signal >= 1, got fast 12, slow 12, signal 9",
                () -> new Macd(12, 12, 9), () -> Macd.batch(THREE, 12, 12, 9));
        rejects("MACD needs 1 <= fast < slow and signal >= 1, got fast 12, slow 26, signal 0",
                () -> new Macd(12, 26, 0), () -> Macd.batch(THREE, 12, 26, 0));
        rejects("ULTOSC needs 1 <= short <= medium <= long, got 28, 14, 7", () -> new UltimateOscillator(28, 14, 7),
                () -> UltimateOscillator.batch(THREE, THREE, THREE, 28, 14, 7));
        rejects("ULTOSC needs 1 <= short <= medium <= long, got 0, 14, 28", () -> new UltimateOscillator(0, 14, 28),
                () -> UltimateOscillator.batch(THREE, THREE, THREE, 0, 14, 28));
    }

    @Test
    void columnsOfDifferentLengthsAreRejected() {
        List<ThrowingCallable> calls = List.of(
                () -> WilliamsR.batch(THREE, TWO, THREE, 2),
                () -> Cci.batch(THREE, THREE, TWO, 2),
                () -> Stochastic.batch(TWO, THREE, THREE, 2, 1, 1),
                () -> StochasticFast.batch(THREE, TWO, THREE, 2, 1),
                () -> Aroon.batch(THREE, TWO, 2),
                () -> Aroon.batch(THREE, THREE, TWO, 2),
                () -> UltimateOscillator.batch(THREE, THREE, TWO, 1, 2, 3));
        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
        }
    }

    @Test
    void outputIndicesOutsideTheOutputsAreRejected() {
        List<Supplier<Indicator>> indicators = List.of(() -> new Wma(3), () -> new Macd(2, 3, 2),
                () -> new Stochastic(3, 2, 2), () -> new StochasticFast(3, 2), () -> new StochasticRsi(3, 3, 2),
                () -> new Aroon(3), () -> new ZScore(3));
        for (Supplier<Indicator> supplier : indicators) {
            Indicator indicator = supplier.get();
            int count = indicator.outputCount();
            assertThatThrownBy(() -> indicator.output(count)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> indicator.output(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        }
        assertThat(new Macd(12, 26, 9).outputCount()).isEqualTo(3);
        assertThat(new Aroon(14).outputCount()).isEqualTo(3);
        assertThat(new Stochastic(14, 3, 3).outputCount()).isEqualTo(2);
        assertThat(new StochasticFast(14, 3).outputCount()).isEqualTo(2);
        assertThat(new StochasticRsi(14, 5, 3).outputCount()).isEqualTo(2);
    }

    @Test
    void emptyAndShortInputsAreAllWarmUp() {
        double[] empty = {};
        assertThat(Macd.batch(empty, 12, 26, 9).macd()).isEmpty();
        assertThat(Tema.batch(TWO, 5)).containsOnly(Double.NaN);
        assertThat(Kama.batch(THREE, 3)).containsOnly(Double.NaN);
        assertThat(StochasticRsi.batch(THREE, 2, 2, 2).d()).containsOnly(Double.NaN);
        assertThat(UltimateOscillator.batch(THREE, THREE, THREE, 1, 2, 3)).containsOnly(Double.NaN);
        assertThat(Aroon.batch(THREE, THREE, 3).oscillator()).containsOnly(Double.NaN);
    }

    private static void rejects(String message, ThrowingCallable... calls) {
        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        }
    }
}
