package dev.kairos.analytics.catalog;

import dev.kairos.analytics.indicator.Cci;
import dev.kairos.analytics.indicator.Momentum;
import dev.kairos.analytics.indicator.Roc;
import dev.kairos.analytics.indicator.RollingMax;
import dev.kairos.analytics.indicator.RollingMin;
import dev.kairos.analytics.indicator.Rsi;
import dev.kairos.analytics.indicator.Stochastic;
import dev.kairos.analytics.indicator.StochasticFast;
import dev.kairos.analytics.indicator.StochasticRsi;
import dev.kairos.analytics.indicator.UltimateOscillator;
import dev.kairos.analytics.indicator.WilliamsR;
import dev.kairos.analytics.indicator.ZScore;
import java.util.List;

/** Oscillators and momentum indicators of the catalogue. */
final class MomentumDefinitions {
    private MomentumDefinitions() {
    }

    static List<IndicatorDefinition> all() {
        return List.of(
                Definitions.ofClose("rsi", "relative strength index, Wilder smoothing (TA-Lib RSI)",
                        List.of(IndicatorArg.period("period", 14)), (c, a) -> Rsi.batch(c, (int) a[0])),
                Definitions.ofClose("roc", "rate of change of the close, in percent (TA-Lib ROC)",
                        List.of(IndicatorArg.period("period", 10)), (c, a) -> Roc.batch(c, (int) a[0])),
                Definitions.ofClose("mom", "momentum, close minus the close n bars ago (TA-Lib MOM)",
                        List.of(IndicatorArg.period("period", 10)), (c, a) -> Momentum.batch(c, (int) a[0])),
                Definitions.of("willr", "Williams %R, 0 to -100 (TA-Lib WILLR)",
                        List.of(IndicatorArg.period("period", 14)), List.of("willr"),
                        (b, a) -> List.of(WilliamsR.batch(b.highs(), b.lows(), b.closes(), (int) a[0]))),
                Definitions.of("cci", "commodity channel index of the typical price (TA-Lib CCI)",
                        List.of(new IndicatorArg("period", 20, 2, 100_000, true)), List.of("cci"),
                        (b, a) -> List.of(Cci.batch(b.highs(), b.lows(), b.closes(), (int) a[0]))),
                Definitions.of("stoch", "slow stochastic %K and %D, SMA smoothing (TA-Lib STOCH)",
                        List.of(IndicatorArg.period("fastk", 14), IndicatorArg.period("slowk", 3),
                                IndicatorArg.period("slowd", 3)),
                        List.of("stoch_slowk", "stoch_slowd"), (b, a) -> {
                            Stochastic.Batch s = Stochastic.batch(b.highs(), b.lows(), b.closes(), (int) a[0],
                                    (int) a[1], (int) a[2]);
                            return List.of(s.k(), s.d());
                        }),
                Definitions.of("stochf", "fast stochastic %K and %D, SMA smoothing (TA-Lib STOCHF)",
                        List.of(IndicatorArg.period("fastk", 14), IndicatorArg.period("fastd", 3)),
                        List.of("stochf_fastk", "stochf_fastd"), (b, a) -> {
                            StochasticFast.Batch s = StochasticFast.batch(b.highs(), b.lows(), b.closes(),
                                    (int) a[0], (int) a[1]);
                            return List.of(s.k(), s.d());
                        }),
                Definitions.of("stochrsi", "fast stochastic of the RSI, %K and SMA %D (TA-Lib STOCHRSI)",
                        List.of(IndicatorArg.period("period", 14), IndicatorArg.period("fastk", 5),
                                IndicatorArg.period("fastd", 3)),
                        List.of("stochrsi_fastk", "stochrsi_fastd"), (b, a) -> {
                            StochasticRsi.Batch s = StochasticRsi.batch(b.closes(), (int) a[0], (int) a[1],
                                    (int) a[2]);
                            return List.of(s.k(), s.d());
                        }),
                Definitions.of("ultosc", "ultimate oscillator, 4:2:1 weights, periods ascending (TA-Lib ULTOSC)",
                        List.of(IndicatorArg.period("short", 7), IndicatorArg.period("medium", 14),
                                IndicatorArg.period("long", 28)),
                        List.of("ultosc"), (b, a) -> List.of(UltimateOscillator.batch(b.highs(), b.lows(),
                                b.closes(), (int) a[0], (int) a[1], (int) a[2]))),
                Definitions.ofClose("zscore",
                        "rolling z-score of the close, population standard deviation (no TA-Lib equivalent)",
                        List.of(new IndicatorArg("period", 20, 2, 100_000, true)),
                        (c, a) -> ZScore.batch(c, (int) a[0])),
                Definitions.ofClose("min", "lowest close of the window (TA-Lib MIN)",
                        List.of(IndicatorArg.period("period", 20)), (c, a) -> RollingMin.batch(c, (int) a[0])),
                Definitions.ofClose("max", "highest close of the window (TA-Lib MAX)",
                        List.of(IndicatorArg.period("period", 20)), (c, a) -> RollingMax.batch(c, (int) a[0])));
    }
}
